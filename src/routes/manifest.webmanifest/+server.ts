// The web app manifest in the request's language: /manifest.webmanifest in English,
// /ko/manifest.webmanifest in Korean (hooks.ts reroutes /ko/… here).
import { localeOfPath } from '$lib/i18n/locale-choice';
import { m } from '$lib/paraglide/messages';
import { buildManifest } from '$lib/pwa/manifest';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	const locale = localeOfPath(url.pathname) ?? 'en';
	const text = (message: (inputs: object, options: { locale: 'en' | 'ko' }) => string) =>
		message({}, { locale });
	const manifest = buildManifest(locale, {
		name: text(m.pwa_app_name),
		shortName: text(m.pwa_app_short_name),
		description: text(m.pwa_app_description),
		shortcuts: [
			{ name: text(m.nav_play), path: '/play' },
			{ name: text(m.nav_puzzles), path: '/puzzles' },
			{ name: text(m.nav_quiz), path: '/quiz' }
		]
	});
	return new Response(JSON.stringify(manifest), {
		headers: {
			'Content-Type': 'application/manifest+json; charset=utf-8',
			'Cache-Control': 'no-cache'
		}
	});
};
