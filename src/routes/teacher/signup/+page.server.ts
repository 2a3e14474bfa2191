// Sign up: a login (e-mail-like) and a password; the new teacher is signed in at once with a fresh
// session (any session this browser had ends) and taken to their classes.
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
		const done = await auth.signUpTeacher(ctx, input, readSessionCookie(event.cookies));
		if (!done.ok) {
			const message = classroom.say(done.message);
			const data = {
				login,
				errors: done.field ? { [done.field]: message } : {},
				message: done.field ? undefined : message
			};
			if (done.reason === 'rate-limited') {
				return classroom.tooMany(event, done.retryAfterSeconds ?? 60, data);
			}
			return fail(400, data);
		}
		setSessionCookie(event.cookies, done.session);
		redirect(303, localizeHref('/teacher'));
	}
};
