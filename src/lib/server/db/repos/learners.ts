// Learners: they join a class with its code and a display name (nothing else about them is kept),
// and sign in later with a personal code of a few plain words, of which only a hash is stored.
import type { Kysely } from 'kysely';
import type { Database, LearnerRow, LearnerStatus } from '../schema';
import { instant } from './codec';

export interface Learner {
	id: number;
	classId: number;
	displayName: string;
	status: LearnerStatus;
	createdAt: string;
}

const toLearner = (row: LearnerRow): Learner => ({
	id: row.id,
	classId: row.class_id,
	displayName: row.display_name,
	status: row.status,
	createdAt: row.created_at
});

export type JoinResult =
	| { ok: true; learner: Learner }
	| {
			ok: false;
			reason: 'no-such-code' | 'code-expired' | 'class-locked' | 'name-taken' | 'code-taken';
	  };

export interface JoinInput {
	joinCode: string;
	displayName: string;
	signInCodeHash: string;
	now?: Date;
}

/**
 * Joins the class whose code this is: approved at once, or pending when the class approves joins.
 * Check and insert share one transaction (on PostgreSQL a lock landing between them lets this one
 * learner in, as if they had come a moment sooner). `code-taken` means the sign-in code's hash is
 * in use: make another code and try again.
 */
export async function join(db: Kysely<Database>, input: JoinInput): Promise<JoinResult> {
	const now = instant(input.now ?? new Date());
	return db.transaction().execute(async (trx): Promise<JoinResult> => {
		const found = await trx
			.selectFrom('classes')
			.select(['id', 'locked', 'approve_joins', 'join_code_expires_at'])
			.where('join_code', '=', input.joinCode)
			.executeTakeFirst();
		if (!found) return { ok: false, reason: 'no-such-code' };
		if (found.join_code_expires_at !== null && found.join_code_expires_at <= now) {
			return { ok: false, reason: 'code-expired' };
		}
		if (found.locked === 1) return { ok: false, reason: 'class-locked' };
		const row = await trx
			.insertInto('learners')
			.values({
				class_id: found.id,
				display_name: input.displayName,
				sign_in_code_hash: input.signInCodeHash,
				status: found.approve_joins === 1 ? 'pending' : 'approved',
				created_at: now
			})
			.onConflict((oc) => oc.doNothing())
			.returningAll()
			.executeTakeFirst();
		if (row) return { ok: true, learner: toLearner(row) };
		const sameName = await trx
			.selectFrom('learners')
			.select('id')
			.where('class_id', '=', found.id)
			.where('display_name', '=', input.displayName)
			.executeTakeFirst();
		return { ok: false, reason: sameName ? 'name-taken' : 'code-taken' };
	});
}

/** Only learners in one of this teacher's classes. */
function inTeachersClass(db: Kysely<Database>, teacherId: number) {
	return db.selectFrom('classes').select('id').where('teacher_id', '=', teacherId);
}

/** True when a pending or approved learner in one of the teacher's classes is now approved. */
export async function approve(
	db: Kysely<Database>,
	input: { learnerId: number; teacherId: number }
): Promise<boolean> {
	const result = await db
		.updateTable('learners')
		.set({ status: 'approved' })
		.where('id', '=', input.learnerId)
		.where('class_id', 'in', inTeachersClass(db, input.teacherId))
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function findBySignInCodeHash(
	db: Kysely<Database>,
	signInCodeHash: string
): Promise<Learner | undefined> {
	const row = await db
		.selectFrom('learners')
		.selectAll()
		.where('sign_in_code_hash', '=', signInCodeHash)
		.executeTakeFirst();
	return row && toLearner(row);
}

export async function listByClass(db: Kysely<Database>, classId: number): Promise<Learner[]> {
	const rows = await db
		.selectFrom('learners')
		.selectAll()
		.where('class_id', '=', classId)
		.orderBy('display_name')
		.orderBy('id')
		.execute();
	return rows.map(toLearner);
}

/** Deletes the learner with their attempts, sessions and idempotency keys. */
export async function remove(
	db: Kysely<Database>,
	input: { learnerId: number; teacherId: number }
): Promise<boolean> {
	const result = await db
		.deleteFrom('learners')
		.where('id', '=', input.learnerId)
		.where('class_id', 'in', inTeachersClass(db, input.teacherId))
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}
