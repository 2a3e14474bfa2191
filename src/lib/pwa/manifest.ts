// The web app manifest for one language (W3C Web Application Manifest). Colours are app.css's
// light --bg (the pages' theme-color metas give the dark one).
import { pathInLocale, type Locale } from '../i18n/locale-choice';

export const THEME_COLOR = '#f7f8f6';
export const BACKGROUND_COLOR = '#f7f8f6';

export interface ManifestText {
	name: string;
	shortName: string;
	description: string;
	shortcuts: { name: string; path: string }[];
}

export interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose: 'any' | 'maskable';
}

export const MANIFEST_ICONS: readonly ManifestIcon[] = [
	{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
	{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
	{ src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
	{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
];

export function buildManifest(locale: Locale, text: ManifestText) {
	return {
		// One app whatever language it was installed in: the id does not depend on the locale.
		id: '/',
		name: text.name,
		short_name: text.shortName,
		description: text.description,
		lang: locale,
		dir: 'ltr',
		start_url: pathInLocale('/play', locale),
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		background_color: BACKGROUND_COLOR,
		theme_color: THEME_COLOR,
		categories: ['education', 'games'],
		icons: MANIFEST_ICONS,
		shortcuts: text.shortcuts.map((s) => ({
			name: s.name,
			url: pathInLocale(s.path, locale),
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		}))
	};
}
