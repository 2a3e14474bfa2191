// Joining a class: the class code, then a display name; nothing else is asked. Approved at once →
// signed in, and the page shows the four sign-in words once. Waiting for the teacher → the words
// and a page that says so. Wrong, expired or locked code, a name in use → a message beside the
// field. Too many guesses from this address → 429 with Retry-After.
import * as v from 'valibot';
import * as auth from '$lib/server/auth/service';
import { readSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { authContext, failWith, textOf } from '$lib/server/learner/request';
import type { Actions, PageServerLoad } from './$types';

/** A code in the link (`/join?code=ABCD-EFGH`, e.g. from the teacher's slide) fills the field. */
const CodeParam = v.pipe(v.string(), v.trim(), v.maxLength(20));

export const load: PageServerLoad = ({ url, locals }) => {
	const code = v.safeParse(CodeParam, url.searchParams.get('code') ?? '');
	return {
		code: code.success ? code.output : '',
		signedInAs: locals.principal?.kind === 'learner' ? locals.principal.displayName : null
	};
};

export const actions: Actions = {
	join: async (event) => {
		const data = await event.request.formData();
		const values = { code: textOf(data, 'code'), displayName: textOf(data, 'displayName') };
		const ctx = await authContext(event);
		const joined = await auth.joinClass(ctx, values, readSessionCookie(event.cookies));
		if (!joined.ok) return failWith(event, joined, values, 'code');
		if (joined.session) setSessionCookie(event.cookies, joined.session);
		return {
			joined: {
				displayName: joined.learner.displayName,
				signInCode: joined.signInCode,
				approved: joined.session !== null
			}
		};
	}
};
