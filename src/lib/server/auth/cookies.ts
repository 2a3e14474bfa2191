// The session cookie. `__Host-` makes the browser insist on Secure, Path=/ and no Domain, so no
// sub-domain or plain-HTTP page can set or overwrite it; HttpOnly keeps scripts away from it;
// SameSite=Lax keeps it off cross-site form posts while a link from elsewhere still arrives
// signed in. Browsers accept Secure cookies from http://localhost, so development works too.
import type { Cookies } from '@sveltejs/kit';
import { isWellFormedToken, type IssuedSession } from './tokens';

export const SESSION_COOKIE = '__Host-downhill_session';

export interface SessionCookieOptions {
	path: '/';
	httpOnly: true;
	secure: true;
	sameSite: 'lax';
	maxAge: number;
}

export function sessionCookieOptions(maxAgeSeconds: number): SessionCookieOptions {
	return {
		path: '/',
		httpOnly: true,
		secure: true,
		sameSite: 'lax',
		maxAge: Math.max(0, Math.floor(maxAgeSeconds))
	};
}

type CookieJar = Pick<Cookies, 'get' | 'set' | 'delete'>;

/** The token the browser sent, when it looks like one of ours. */
export function readSessionCookie(cookies: CookieJar): string | undefined {
	const token = cookies.get(SESSION_COOKIE);
	return isWellFormedToken(token) ? token : undefined;
}

/** Sends the session's token; the cookie lasts as long as the session does. */
export function setSessionCookie(
	cookies: CookieJar,
	session: IssuedSession,
	now = new Date()
): void {
	const seconds = (session.expiresAt.getTime() - now.getTime()) / 1000;
	cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(seconds));
}

/** Removes the cookie (with the same attributes, or the browser would keep it). */
export function clearSessionCookie(cookies: CookieJar): void {
	const { maxAge: _, ...options } = sessionCookieOptions(0);
	cookies.delete(SESSION_COOKIE, options);
}
