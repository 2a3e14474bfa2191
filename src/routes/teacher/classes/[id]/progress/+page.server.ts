// A class's progress dashboard: every approved learner × every assignment (status, best verified
// score and stars, attempts, last activity), and per assignment the class's distribution and most
// common mistakes. Sorting and filtering come from the URL (a GET form), so they work without
// JavaScript, survive a reload and are what the CSV export exports.
import * as classroom from '$lib/server/classroom';
import type { Mistake } from '$lib/classroom/dashboard';
import { arrange, kindsOf, parseView } from '$lib/classroom/dashboard-view';
import { quiz } from '$lib/puzzles';
import type { PageServerLoad } from './$types';

type Text = { en: string; ko: string };

/** A mistake with what the page needs to name it (a missed quiz question: its prompt). */
export type LabelledMistake = Mistake & { prompt?: Text };

function label(mistake: Mistake): LabelledMistake {
	if (mistake.kind !== 'quiz') return mistake;
	try {
		return { ...mistake, prompt: quiz.makeQuestion(mistake.id, mistake.seed).prompt };
	} catch {
		// A question form since removed: the page names it by its id.
		return mistake;
	}
}

export const load: PageServerLoad = async (event) => {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const { db } = await classroom.contextOf(event);
	const now = new Date();
	const full = await classroom.dashboardOf(db, { teacherId, classId }, now);
	if (!full) classroom.notFound();
	const view = parseView(
		event.url.searchParams,
		full.assignments.map((a) => a.id)
	);
	const shown = arrange(full, view);
	return {
		class: { id: full.class.id, name: full.class.name },
		now: now.toISOString(),
		learnerCount: full.rows.length,
		assignmentCount: full.assignments.length,
		pending: full.pending,
		kinds: kindsOf(full.assignments),
		view,
		assignments: shown.assignments.map((a) => ({
			id: a.id,
			kind: a.item.kind,
			itemId: a.item.id,
			title: classroom.titleOf(a.item) ?? null,
			due: a.dueAt && classroom.dueDateOf(a.dueAt)
		})),
		rows: shown.rows,
		items: shown.items.map((item) => ({
			...item,
			mistakes: item.mistakes.map((c) => ({ ...c, mistake: label(c.mistake) }))
		}))
	};
};
