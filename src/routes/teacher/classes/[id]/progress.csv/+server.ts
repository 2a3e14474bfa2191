// The progress dashboard as CSV: the rows and columns the teacher is looking at (the same sort and
// filters in the query string), one line per learner and assignment.
import * as classroom from '$lib/server/classroom';
import { arrange, parseView } from '$lib/classroom/dashboard-view';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const { db } = await classroom.contextOf(event);
	const full = await classroom.dashboardOf(db, { teacherId, classId });
	if (!full) classroom.notFound();
	const view = parseView(
		event.url.searchParams,
		full.assignments.map((a) => a.id)
	);
	const locale = getLocale() === 'ko' ? 'ko' : 'en';
	const csv = classroom.dashboardCsv(arrange(full, view), (a) => ({
		title: classroom.titleOf(a.item)?.[locale] ?? a.item.id,
		due: a.dueAt && classroom.dueDateOf(a.dueAt)
	}));
	return new Response(csv, {
		headers: classroom.downloadHeaders('text/csv', `class-${classId}-progress.csv`)
	});
};
