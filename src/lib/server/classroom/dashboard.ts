// The progress dashboard of one of the teacher's classes, from the database: the approved learners,
// the assignments and every attempt of those learners, each query filtered by the teacher's id in
// the SQL (see ./queries). The grid, the summaries and the mistakes are computed by the pure
// classroom/dashboard.ts from what the server stored when it verified each attempt.
import type { Kysely } from 'kysely';
import { buildDashboard, type Dashboard, type DashboardAttempt } from '../../classroom/dashboard';
import { decodeJson } from '../db/repos/codec';
import type { Database } from '../db/schema';
import { BOM, csvField } from './export';
import { assignmentsOf, classOf, type ClassInfo, type ClassRef } from './queries';

export interface ClassDashboard extends Dashboard {
	class: ClassInfo;
	/** Learners who asked to join and wait for approval (not on the dashboard). */
	pending: number;
}

/** The seed of a quiz submission (which question was missed), when it has one. */
function seedOf(submission: string | null): number | undefined {
	if (submission === null) return undefined;
	const value = decodeJson(submission) as { seed?: unknown } | null;
	return typeof value?.seed === 'number' ? value.seed : undefined;
}

/** The dashboard of the class, or undefined when it is not this teacher's class. */
export async function dashboardOf(
	db: Kysely<Database>,
	ref: ClassRef,
	now = new Date()
): Promise<ClassDashboard | undefined> {
	const found = await classOf(db, ref);
	if (!found) return undefined;
	const [learnerRows, assignments, attemptRows] = await Promise.all([
		db
			.selectFrom('learners')
			.innerJoin('classes', 'classes.id', 'learners.class_id')
			.select(['learners.id', 'learners.display_name', 'learners.status'])
			.where('classes.id', '=', ref.classId)
			.where('classes.teacher_id', '=', ref.teacherId)
			.orderBy('learners.display_name')
			.orderBy('learners.id')
			.execute(),
		assignmentsOf(db, ref),
		db
			.selectFrom('attempts')
			.innerJoin('learners', 'learners.id', 'attempts.learner_id')
			.innerJoin('classes', 'classes.id', 'learners.class_id')
			.select((eb) => [
				'attempts.learner_id',
				'attempts.item_kind',
				'attempts.item_id',
				'attempts.item_version',
				'attempts.status',
				'attempts.score',
				'attempts.stars',
				'attempts.created_at',
				'attempts.result',
				// Only a quiz answer's submission is needed (its seed); a level's path is long.
				eb
					.case()
					.when('attempts.item_kind', '=', 'quiz')
					.then(eb.ref('attempts.submission'))
					.else(null)
					.end()
					.as('quiz_submission')
			])
			.where('classes.id', '=', ref.classId)
			.where('classes.teacher_id', '=', ref.teacherId)
			.where('learners.status', '=', 'approved')
			.orderBy('attempts.created_at')
			.orderBy('attempts.id')
			.execute()
	]);
	const attempts = attemptRows.map((row): DashboardAttempt => ({
		learnerId: row.learner_id,
		item: { kind: row.item_kind, id: row.item_id, version: row.item_version },
		status: row.status,
		score: row.score,
		stars: row.stars,
		createdAt: row.created_at,
		result: decodeJson(row.result),
		seed: seedOf(row.quiz_submission)
	}));
	const learners = learnerRows
		.filter((row) => row.status === 'approved')
		.map((row) => ({ id: row.id, displayName: row.display_name }));
	const dashboard = buildDashboard({
		learners,
		assignments: assignments.map((a) => ({ id: a.id, item: a.item, dueAt: a.dueAt })),
		attempts,
		now
	});
	return {
		...dashboard,
		class: found,
		pending: learnerRows.length - learners.length
	};
}

export interface ItemLabel {
	title: string;
	due: string | null;
}

export const DASHBOARD_CSV_COLUMNS = [
	'learner_id',
	'display_name',
	'assignment_id',
	'item_kind',
	'item_id',
	'item_title',
	'due_date',
	'status',
	'overdue',
	'best_score',
	'stars',
	'attempts',
	'rejected',
	'last_activity'
] as const;

/**
 * The dashboard as CSV (after a BOM): one row per learner and assignment, in the order shown, so a
 * spreadsheet can pivot it either way. `label` names an assignment in the teacher's language.
 */
export function dashboardCsv(
	dashboard: Dashboard,
	label: (assignment: Dashboard['assignments'][number]) => ItemLabel
): string {
	const labels = dashboard.assignments.map(label);
	const lines: string[] = [DASHBOARD_CSV_COLUMNS.join(',')];
	for (const row of dashboard.rows) {
		row.cells.forEach((cell, index) => {
			const assignment = dashboard.assignments[index];
			const fields = [
				row.learner.id,
				row.learner.displayName,
				assignment.id,
				assignment.item.kind,
				assignment.item.id,
				labels[index].title,
				labels[index].due,
				cell.status,
				cell.overdue ? 'yes' : 'no',
				cell.score === null ? null : Math.round(cell.score * 1000) / 1000,
				cell.stars,
				cell.attempts,
				cell.rejected,
				cell.lastActivity
			];
			lines.push(fields.map(csvField).join(','));
		});
	}
	return BOM + lines.join('\r\n') + '\r\n';
}
