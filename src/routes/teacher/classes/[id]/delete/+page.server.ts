// Deleting a class: this page says what will go (learners, their attempts, assignments) and asks
// to confirm; the action deletes it all and returns to the class list.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as classroom from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

async function who(event: RequestEvent<{ id: string }>) {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const { db } = await classroom.contextOf(event);
	return { db, ref: { teacherId, classId } };
}

export const load: PageServerLoad = async (event) => {
	const { db, ref } = await who(event);
	const found = await classroom.classOf(db, ref);
	if (!found) classroom.notFound();
	const [learners, assignments] = await Promise.all([
		classroom.rosterOf(db, ref),
		classroom.assignmentsOf(db, ref)
	]);
	return {
		class: { id: found.id, name: found.name },
		learners: learners.length,
		assignments: assignments.length
	};
};

export const actions: Actions = {
	delete: async (event) => {
		const { db, ref } = await who(event);
		if (!(await classroom.deleteClass(db, ref))) classroom.notFound();
		redirect(303, localizeHref('/teacher?deleted'));
	}
};
