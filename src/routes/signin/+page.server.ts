// Learners sign in with the four words of their card alone (read leniently: any case, spaces or
// dashes). Right words → a fresh session and off to "my class". Too many wrong guesses from this
// address → 429 with Retry-After. A learner still waiting for approval is told so.
import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as auth from '$lib/server/auth/service';
import { readSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { authContext, failWith, textOf } from '$lib/server/learner/request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => ({
	signedOut: url.searchParams.has('signed-out'),
	signedInAs: locals.principal?.kind === 'learner' ? locals.principal.displayName : null
});

export const actions: Actions = {
	signin: async (event) => {
		const data = await event.request.formData();
		const values = { code: textOf(data, 'code') };
		const ctx = await authContext(event);
		const result = await auth.signInLearner(ctx, values, readSessionCookie(event.cookies));
		if (!result.ok) return failWith(event, result, values, 'code');
		setSessionCookie(event.cookies, result.session);
		redirect(303, localizeHref('/class'));
	}
};
