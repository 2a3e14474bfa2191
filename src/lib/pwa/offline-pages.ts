// Which pages Downhill keeps for offline play, and where the service worker and the pages meet:
// the message types between them and the few fixed addresses. Pure: the service worker bundles it.
import { pathInLocale, type Locale } from '../i18n/locale-choice';
import { barePath } from './sw/route';

/** The list of pages to keep, made by the server from the built-in levels and puzzles. */
export const PAGES_ENDPOINT = '/offline/pages.json';
/** The page shown for a navigation that has neither the network nor a saved copy. */
export const OFFLINE_PATH = '/offline';
/** The offline page's parameter: the address the learner asked for, tried again when online. */
export const FROM_PARAM = 'from';
/** One manifest per language (src/routes/manifest.webmanifest). */
export const MANIFEST_PATH = '/manifest.webmanifest';
/** A page whose HTML came from the service worker's cache says so in this Server-Timing entry. */
export const FROM_CACHE_TIMING = 'sw-cache';

/** The pages (English paths) that make every built-in level, puzzle tier and quiz playable. */
export function offlinePaths(levelIds: readonly string[], puzzleIds: readonly string[]): string[] {
	return [
		'/',
		'/play',
		'/play/sandbox',
		...levelIds.map((id) => `/play/${encodeURIComponent(id)}`),
		'/puzzles',
		...puzzleIds.map((id) => `/puzzles/${encodeURIComponent(id)}`),
		'/puzzles/which-derivative',
		'/quiz',
		'/quiz/round',
		'/guide',
		'/lab'
	];
}

/** The same pages in one language, plus that language's offline page and manifest. */
export function pagesIn(paths: readonly string[], locale: Locale): string[] {
	return [...paths, OFFLINE_PATH, MANIFEST_PATH].map((path) => pathInLocale(path, locale));
}

/** What a page may ask of the service worker. */
export type PageMessage =
	/** The learner accepted the update: the waiting worker takes over. */
	| { type: 'SKIP_WAITING' }
	/**
	 * A page in `locale` is open: keep that language's pages too. `preferred` is the language the
	 * learner chose (the server's cookie), which an unprefixed address opens in while offline.
	 */
	| { type: 'KEEP_PAGES'; locale: Locale; preferred: Locale | null };

export function isPageMessage(data: unknown): data is PageMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Record<string, unknown>;
	if (message.type === 'SKIP_WAITING') return true;
	return (
		message.type === 'KEEP_PAGES' &&
		(message.locale === 'en' || message.locale === 'ko') &&
		(message.preferred === null || message.preferred === 'en' || message.preferred === 'ko')
	);
}

/** The address to try again, if `from` is a path on this site (never another site's address). */
export function retryTarget(from: string | null, origin: string): string | null {
	if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\'))
		return null;
	const url = new URL(from, origin);
	if (url.origin !== origin) return null;
	return barePath(url.pathname) === OFFLINE_PATH ? null : url.pathname + url.search;
}
