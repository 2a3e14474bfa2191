// Server hooks: the database at start-up, who is asking (the session cookie), language choice (saved in a cookie, carried by the URL),
// <html lang>, security headers, gzip.
import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { closeDatabase, getDatabase } from '$lib/server/db';
import { sessionHandle } from '$lib/server/auth/session-handle';
import { compressResponse } from '$lib/server/http/compress';
import {
	LOCALE_COOKIE,
	SWITCH_PARAM,
	isLocale,
	localeOfPath,
	pathInLocale,
	redirectLocale
} from '$lib/i18n/locale-choice';

const YEAR = 60 * 60 * 24 * 365;

/** Opens the database and runs pending migrations before the first request; a failure stops the start. */
export const init: ServerInit = async () => {
	const { description, migration } = await getDatabase();
	const applied = migration?.applied.length ? `, applied ${migration.applied.join(', ')}` : '';
	console.log(`Downhill: ${description}${applied}`);
	process.once('sveltekit:shutdown', () => void closeDatabase());
};

/** The language switcher links to `?lang=xx`: remember the choice and drop the parameter. */
const languageChoice: Handle = ({ event, resolve }) => {
	const { url, request, cookies } = event;
	const chosen = url.searchParams.get(SWITCH_PARAM);
	if (request.method === 'GET' && isLocale(chosen)) {
		cookies.set(LOCALE_COOKIE, chosen, {
			path: '/',
			maxAge: YEAR,
			httpOnly: false,
			sameSite: 'lax'
		});
		url.searchParams.delete(SWITCH_PARAM);
		redirect(303, pathInLocale(url.pathname, chosen) + url.search);
	}
	const isDocument = request.headers.get('sec-fetch-dest') === 'document';
	if (request.method === 'GET' && isDocument && !localeOfPath(url.pathname)) {
		const target = redirectLocale(
			cookies.get(LOCALE_COOKIE),
			request.headers.get('accept-language')
		);
		if (target) redirect(307, pathInLocale(url.pathname, target) + url.search);
	}
	return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

/** Pages, load data, JSON and CSV leave gzipped (built files are served precompressed already). */
const compression: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));

export const handle = sequence(compression, securityHeaders, languageChoice, sessionHandle, i18n);
