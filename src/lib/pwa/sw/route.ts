// What the service worker does with a request: serve a kept file, play a page network-first, or
// stay out of the way. Pure, so every rule is tested without a browser.
import { localeOfPath } from '../../i18n/locale-choice';

export type Route = 'asset' | 'page' | 'pass';

export interface RequestLike {
	method: string;
	url: string;
	mode: string;
}

/** The path without its /ko prefix, so /ko/teacher is judged as /teacher. */
export function barePath(pathname: string): string {
	const locale = localeOfPath(pathname);
	return locale ? pathname.slice(locale.length + 1) || '/' : pathname;
}

/** Paths the service worker never caches nor answers: the API, the teachers' pages, load data. */
export function isPrivate(pathname: string): boolean {
	const bare = barePath(pathname);
	return (
		bare === '/api' ||
		bare.startsWith('/api/') ||
		bare === '/teacher' ||
		bare.startsWith('/teacher/') ||
		bare.endsWith('/__data.json') ||
		bare.startsWith('/_app/version.json')
	);
}

/**
 * `assets` are the pathnames kept at install (built files, static files, manifests). Anything else
 * under /_app/immutable/ is a built file too (a legacy font format): kept the first time it is used.
 */
export function route(request: RequestLike, origin: string, assets: ReadonlySet<string>): Route {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass';
	if (request.mode === 'navigate') return 'page';
	if (isPrivate(url.pathname)) return 'pass';
	if (assets.has(url.pathname) || url.pathname.startsWith('/_app/immutable/')) return 'asset';
	return 'pass';
}

/** Built files the precache leaves out: KaTeX's .woff and .ttf, which only browsers without WOFF2 load. */
export function isLegacyFont(path: string): boolean {
	return /\.(woff|ttf)$/.test(path);
}
