// A learner's data as their teacher can hand it over (a data-subject request, or moving schools):
// everything stored about them — the display name, status and join time, and every attempt with
// what the learner sent and what the server computed. JSON keeps the structure; CSV gives one row
// per attempt (the learner's columns repeated) for a spreadsheet. Sign-in code hashes and session
// tokens are secrets of the system, not data about the learner, and are left out.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { toAttempt, type Attempt } from '../db/repos/attempts';
import type { LearnerRef } from './queries';

export const EXPORT_FORMAT = 'downhill-learner-export';
export const EXPORT_VERSION = 1;

export interface LearnerExport {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exportedAt: string;
	learner: {
		id: number;
		displayName: string;
		status: string;
		joinedAt: string;
		class: { id: number; name: string };
	};
	attempts: Omit<Attempt, 'learnerId'>[];
}

/** The learner's data, or undefined unless the learner is in this class of this teacher. */
export async function exportLearner(
	db: Kysely<Database>,
	ref: LearnerRef,
	now = new Date()
): Promise<LearnerExport | undefined> {
	const learner = await db
		.selectFrom('learners')
		.innerJoin('classes', 'classes.id', 'learners.class_id')
		.select([
			'learners.id',
			'learners.display_name',
			'learners.status',
			'learners.created_at',
			'classes.id as class_id',
			'classes.name as class_name'
		])
		.where('learners.id', '=', ref.learnerId)
		.where('classes.id', '=', ref.classId)
		.where('classes.teacher_id', '=', ref.teacherId)
		.executeTakeFirst();
	if (!learner) return undefined;
	const rows = await db
		.selectFrom('attempts')
		.selectAll()
		.where('learner_id', '=', learner.id)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		learner: {
			id: learner.id,
			displayName: learner.display_name,
			status: learner.status,
			joinedAt: learner.created_at,
			class: { id: learner.class_id, name: learner.class_name }
		},
		attempts: rows.map((row) => {
			const { learnerId: _, ...attempt } = toAttempt(row);
			return attempt;
		})
	};
}

export const CSV_COLUMNS = [
	'learner_id',
	'display_name',
	'status',
	'joined_at',
	'class_name',
	'attempt_id',
	'item_kind',
	'item_id',
	'item_version',
	'attempt_status',
	'score',
	'stars',
	'reason',
	'attempted_at',
	'submission_json',
	'result_json'
] as const;

/**
 * One CSV field (RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled).
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP's advice on CSV injection); numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Lets Excel read the file as UTF-8 (Korean names would otherwise come out garbled). */
export const BOM = '\uFEFF';

/**
 * The export as CSV, after a BOM: a header, then a row per attempt (one row with empty attempt
 * fields when there is none).
 */
export function toCsv(data: LearnerExport): string {
	const { learner } = data;
	const who = [
		learner.id,
		learner.displayName,
		learner.status,
		learner.joinedAt,
		learner.class.name
	];
	const rows = data.attempts.map((a) => [
		...who,
		a.id,
		a.item.kind,
		a.item.id,
		a.item.version,
		a.status,
		a.score,
		a.stars,
		a.reason,
		a.createdAt,
		JSON.stringify(a.submission),
		a.result === null ? null : JSON.stringify(a.result)
	]);
	if (rows.length === 0)
		rows.push([...who, ...Array<null>(CSV_COLUMNS.length - who.length).fill(null)]);
	const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvField).join(','))];
	return BOM + lines.join('\r\n') + '\r\n';
}

/** Headers for an export: a file to save, never cached (it is personal data). */
export function downloadHeaders(type: 'application/json' | 'text/csv', filename: string) {
	return {
		'content-type': `${type}; charset=utf-8`,
		'content-disposition': `attachment; filename="${filename}"`,
		'cache-control': 'no-store'
	};
}
