// Log out (a POST): the session ends in the database, so the cookie is useless even if a copy
// survives somewhere, and the browser is told to forget it.
import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as auth from '$lib/server/auth/service';
import { clearSessionCookie, readSessionCookie } from '$lib/server/auth/cookies';
import * as classroom from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	classroom.requireTeacher(locals.principal);
};

export const actions: Actions = {
	default: async (event) => {
		await auth.logOut(await classroom.contextOf(event), readSessionCookie(event.cookies));
		clearSessionCookie(event.cookies);
		redirect(303, localizeHref('/teacher/login?out'));
	}
};
