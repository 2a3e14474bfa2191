// Attempts: every submission a learner makes, with what the server computed when it re-ran it.
// Accepted attempts carry a score; the best one per learner and item is what a teacher sees.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { AttemptRow, AttemptStatus, Database } from '../schema';
import { decodeJson, encodeJson, instant, type ItemRef } from './codec';

export interface Attempt {
	id: number;
	learnerId: number;
	item: ItemRef;
	submission: unknown;
	result: unknown;
	score: number | null;
	stars: number | null;
	status: AttemptStatus;
	reason: string | null;
	createdAt: string;
}

export const toAttempt = (row: AttemptRow): Attempt => ({
	id: row.id,
	learnerId: row.learner_id,
	item: { kind: row.item_kind, id: row.item_id, version: row.item_version },
	submission: decodeJson(row.submission),
	result: decodeJson(row.result),
	score: row.score,
	stars: row.stars,
	status: row.status,
	reason: row.reason,
	createdAt: row.created_at
});

export interface NewAttempt {
	learnerId: number;
	item: ItemRef;
	submission: unknown;
	result?: unknown;
	score?: number | null;
	stars?: number | null;
	status: AttemptStatus;
	reason?: string | null;
	now?: Date;
}

export async function insert(db: Kysely<Database>, input: NewAttempt): Promise<Attempt> {
	const row = await db
		.insertInto('attempts')
		.values({
			learner_id: input.learnerId,
			item_kind: input.item.kind,
			item_id: input.item.id,
			item_version: input.item.version,
			submission: encodeJson(input.submission),
			result: input.result === undefined ? null : encodeJson(input.result),
			score: input.score ?? null,
			stars: input.stars ?? null,
			status: input.status,
			reason: input.reason ?? null,
			created_at: instant(input.now ?? new Date())
		})
		.returningAll()
		.executeTakeFirstOrThrow();
	return toAttempt(row);
}

/** Accepted, scored attempts at this item. */
const scoredAt = (item: ItemRef) => (eb: ExpressionBuilder<Database, 'attempts'>) =>
	eb.and([
		eb('item_kind', '=', item.kind),
		eb('item_id', '=', item.id),
		eb('item_version', '=', item.version),
		eb('status', '=', 'accepted'),
		eb('score', 'is not', null)
	]);

/** The learner's best accepted attempt at the item: highest score, the earliest of equals. */
export async function best(
	db: Kysely<Database>,
	input: { learnerId: number; item: ItemRef }
): Promise<Attempt | undefined> {
	const row = await db
		.selectFrom('attempts')
		.selectAll()
		.where('learner_id', '=', input.learnerId)
		.where(scoredAt(input.item))
		.orderBy('score', 'desc')
		.orderBy('created_at')
		.orderBy('id')
		.limit(1)
		.executeTakeFirst();
	return row && toAttempt(row);
}

/** Each learner's best accepted attempt at the item, for one class (learners without one left out). */
export async function bestPerLearner(
	db: Kysely<Database>,
	input: { classId: number; item: ItemRef }
): Promise<Attempt[]> {
	const ranked = db
		.selectFrom('attempts')
		.selectAll()
		.select((eb) =>
			eb.fn
				.agg<number>('row_number')
				.over((ob) =>
					ob.partitionBy('learner_id').orderBy('score', 'desc').orderBy('created_at').orderBy('id')
				)
				.as('rank')
		)
		.where(scoredAt(input.item))
		.where('learner_id', 'in', (eb) =>
			eb.selectFrom('learners').select('id').where('class_id', '=', input.classId)
		);
	const rows = await db
		.selectFrom(ranked.as('ranked'))
		.selectAll()
		.where('rank', '=', 1)
		.orderBy('learner_id')
		.execute();
	return rows.map(toAttempt);
}
