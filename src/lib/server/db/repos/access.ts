// Changes to how people get in, each made only by (or for) the owner: a teacher's password hash
// (re-hashed at a stronger cost), a learner's sign-in code (a new card), a class's join code and
// its expiry (renewed by the teacher), and whether joins wait for approval.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { flag, instant } from './codec';

export async function setPasswordHash(
	db: Kysely<Database>,
	input: { teacherId: number; passwordHash: string }
): Promise<boolean> {
	const result = await db
		.updateTable('teachers')
		.set({ password_hash: input.passwordHash })
		.where('id', '=', input.teacherId)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

const classesOf = (db: Kysely<Database>, teacherId: number) =>
	db.selectFrom('classes').select('id').where('teacher_id', '=', teacherId);

export type ReplaceResult = 'replaced' | 'not-found' | 'code-taken';

/**
 * Gives a learner in one of the teacher's classes a new sign-in code hash. `code-taken`: another
 * learner has this hash (make another code). Checked first so that PostgreSQL never sees the
 * unique violation (which would spoil an enclosing transaction).
 */
export async function replaceSignInCodeHash(
	db: Kysely<Database>,
	input: { learnerId: number; teacherId: number; signInCodeHash: string }
): Promise<ReplaceResult> {
	const clash = await db
		.selectFrom('learners')
		.select('id')
		.where('sign_in_code_hash', '=', input.signInCodeHash)
		.executeTakeFirst();
	if (clash) return 'code-taken';
	const result = await db
		.updateTable('learners')
		.set({ sign_in_code_hash: input.signInCodeHash })
		.where('id', '=', input.learnerId)
		.where('class_id', 'in', classesOf(db, input.teacherId))
		.executeTakeFirst();
	return result.numUpdatedRows > 0n ? 'replaced' : 'not-found';
}

export type RenewResult = { joinCode: string } | 'not-found' | 'code-taken';

/** Sets the join code's expiry, and a new code when one is given; answers the code now in use. */
export async function renewJoinCode(
	db: Kysely<Database>,
	input: { classId: number; teacherId: number; expiresAt: Date | null; joinCode?: string }
): Promise<RenewResult> {
	if (input.joinCode !== undefined) {
		const clash = await db
			.selectFrom('classes')
			.select('id')
			.where('join_code', '=', input.joinCode)
			.executeTakeFirst();
		if (clash) return 'code-taken';
	}
	const row = await db
		.updateTable('classes')
		.set({
			join_code_expires_at: input.expiresAt && instant(input.expiresAt),
			...(input.joinCode === undefined ? {} : { join_code: input.joinCode })
		})
		.where('id', '=', input.classId)
		.where('teacher_id', '=', input.teacherId)
		.returning('join_code')
		.executeTakeFirst();
	return row ? { joinCode: row.join_code } : 'not-found';
}

export async function setApproveJoins(
	db: Kysely<Database>,
	input: { classId: number; teacherId: number; approveJoins: boolean }
): Promise<boolean> {
	const result = await db
		.updateTable('classes')
		.set({ approve_joins: flag(input.approveJoins) })
		.where('id', '=', input.classId)
		.where('teacher_id', '=', input.teacherId)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
