// Where a page's language comes from when the URL does not say it.
// Paraglide reads the locale from the URL (`/ko/...` is Korean, no prefix is English); this module decides
// when a request for an unprefixed page should be sent to its Korean twin: the learner chose Korean
// before (cookie), or, on a first visit, their browser prefers it. Pure, so it is unit-tested.

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'PARAGLIDE_LOCALE';
/** A query parameter set by the language switcher's links, so switching works without JavaScript. */
export const SWITCH_PARAM = 'lang';

export function isLocale(value: string | null | undefined): value is Locale {
	return value === 'en' || value === 'ko';
}

/** The locale a URL path names by its prefix, or null when it has none (then it is English). */
export function localeOfPath(pathname: string): Locale | null {
	const first = pathname.split('/')[1];
	return isLocale(first) && first !== BASE_LOCALE ? first : null;
}

/** The first supported language in an Accept-Language header, by its q weights. */
export function preferredLocale(acceptLanguage: string | null): Locale | null {
	if (!acceptLanguage) return null;
	const ranked = acceptLanguage
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
		})
		.filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const { tag } of ranked) {
		const primary = tag.split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return null;
}

/**
 * For an unprefixed (English) URL: the locale the learner should see instead, or null to stay.
 * A saved choice wins over the browser's preference; a first visit follows the browser.
 */
export function redirectLocale(
	cookie: string | undefined,
	acceptLanguage: string | null
): Locale | null {
	const wanted = isLocale(cookie) ? cookie : preferredLocale(acceptLanguage);
	return wanted && wanted !== BASE_LOCALE ? wanted : null;
}

/** The path of the same page in another language. */
export function pathInLocale(pathname: string, locale: Locale): string {
	const current = localeOfPath(pathname);
	const bare = current ? pathname.slice(current.length + 1) || '/' : pathname;
	return locale === BASE_LOCALE ? bare : `/${locale}${bare === '/' ? '' : bare}`;
}
