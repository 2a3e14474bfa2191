// Everything stored about one learner, as CSV: one row per attempt (a download for their teacher).
import * as classroom from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const learnerId = classroom.idParam(event.params.learnerId);
	const { db } = await classroom.contextOf(event);
	const data = await classroom.exportLearner(db, { teacherId, classId, learnerId });
	if (!data) classroom.notFound();
	return new Response(classroom.toCsv(data), {
		headers: classroom.downloadHeaders('text/csv', `learner-${learnerId}.csv`)
	});
};
