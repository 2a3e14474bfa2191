// Everything stored about one learner, as JSON (a download for their teacher only).
import * as classroom from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const learnerId = classroom.idParam(event.params.learnerId);
	const { db } = await classroom.contextOf(event);
	const data = await classroom.exportLearner(db, { teacherId, classId, learnerId });
	if (!data) classroom.notFound();
	return new Response(JSON.stringify(data, null, 2), {
		headers: classroom.downloadHeaders('application/json', `learner-${learnerId}.json`)
	});
};
