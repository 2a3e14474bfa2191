// Who is asking, settled before any page, action or endpoint runs: the teacher or learner of the
// session cookie, or nobody. Every route then checks `event.locals.principal` first (DESIGN.md 7).
import type { Handle } from '@sveltejs/kit';
import { getDatabase } from '../db';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './cookies';
import { validateSession } from './tokens';

export const sessionHandle: Handle = async ({ event, resolve }) => {
	event.locals.principal = null;
	const token = readSessionCookie(event.cookies);
	if (token) {
		const { db } = await getDatabase();
		const live = await validateSession(db, token);
		if (!live) clearSessionCookie(event.cookies);
		else {
			event.locals.principal = live.principal;
			// A sliding expiry moved: send the cookie again so the browser keeps it as long.
			if (live.extended) setSessionCookie(event.cookies, { token, expiresAt: live.expiresAt });
		}
	}
	return resolve(event);
};
