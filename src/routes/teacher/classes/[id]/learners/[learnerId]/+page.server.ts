// One learner: what is stored about them, the export links, and removal (this page is the
// confirmation step: the roster only links here).
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import * as classroom from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

async function who(event: RequestEvent<{ id: string; learnerId: string }>) {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const learnerId = classroom.idParam(event.params.learnerId);
	const { db } = await classroom.contextOf(event);
	return { db, ref: { teacherId, classId, learnerId } };
}

export const load: PageServerLoad = async (event) => {
	const { db, ref } = await who(event);
	const [found, learner, attempts] = await Promise.all([
		classroom.classOf(db, ref),
		classroom.learnerOf(db, ref),
		classroom.attemptCountOf(db, ref)
	]);
	if (!found || !learner) classroom.notFound();
	return { class: { id: found.id, name: found.name }, learner, attempts };
};

export const actions: Actions = {
	remove: async (event) => {
		const { db, ref } = await who(event);
		if (!(await classroom.deleteLearner(db, ref))) classroom.notFound();
		redirect(303, localizeHref(`/teacher/classes/${ref.classId}?removed`));
	}
};
