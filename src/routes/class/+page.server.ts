// "My class": the signed-in learner's class, their assignments with due dates, and for each what
// the server verified (done or not, best stars and score). Only this learner's rows are read.
// Signing out also lives here: the session ends on the server, then the cookie goes.
import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as auth from '$lib/server/auth/service';
import { clearSessionCookie, readSessionCookie } from '$lib/server/auth/cookies';
import { getDatabase } from '$lib/server/db';
import { myClass } from '$lib/server/learner/my-class';
import { authContext, requireLearner } from '$lib/server/learner/request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const learner = requireLearner(locals);
	const { db } = await getDatabase();
	const view = await myClass(db, learner.learnerId);
	// The session was valid a moment ago; a learner deleted since then has no class to show.
	if (!view) error(404, 'Not found');
	return { view };
};

export const actions: Actions = {
	signout: async (event) => {
		requireLearner(event.locals);
		await auth.logOut(await authContext(event), readSessionCookie(event.cookies));
		clearSessionCookie(event.cookies);
		redirect(303, `${localizeHref('/signin')}?signed-out`);
	}
};
