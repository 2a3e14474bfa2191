// My classes: the list, and a form to make a new one (then on to its page, with the join code).
import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as auth from '$lib/server/auth/service';
import * as classroom from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const { db } = await classroom.contextOf(event);
	return { classes: await classroom.classesOf(db, teacherId) };
};

export const actions: Actions = {
	create: async (event) => {
		const teacherId = classroom.requireTeacher(event.locals.principal);
		const form = await event.request.formData();
		const name = String(form.get('name') ?? '').slice(0, 500);
		const approveJoins = form.get('approveJoins') === 'on';
		const made = await auth.createClass(await classroom.contextOf(event), teacherId, {
			name,
			approveJoins
		});
		if (!made.ok) {
			return fail(400, { name, approveJoins, errors: { name: classroom.say(made.message) } });
		}
		redirect(303, localizeHref(`/teacher/classes/${made.class.id}`));
	}
};
