// Log in. Every failure gets the same words (wrong login, wrong password, too many tries), so the
// page never tells whether an account exists; when the throttle holds back, the answer is a 429
// with Retry-After. The session is new at every login (the browser's old one ends).
import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as auth from '$lib/server/auth/service';
import { readSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import * as classroom from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.principal?.kind === 'teacher') redirect(303, localizeHref('/teacher'));
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const login = String(form.get('login') ?? '').slice(0, 300);
		const input = { login, password: String(form.get('password') ?? '') };
		const ctx = await classroom.contextOf(event);
		const done = await auth.logInTeacher(ctx, input, readSessionCookie(event.cookies));
		if (!done.ok) {
			const data = { login, message: classroom.say(done.message) };
			if (done.reason === 'rate-limited') {
				return classroom.tooMany(event, done.retryAfterSeconds ?? 60, data);
			}
			return fail(400, data);
		}
		setSessionCookie(event.cookies, done.session);
		redirect(303, localizeHref('/teacher'));
	}
};
