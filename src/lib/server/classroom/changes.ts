// What a teacher changes in their classes beyond access settings (those are ../auth/class-admin):
// assignments added and removed, and learners or whole classes deleted with everything stored
// about them. Like the reads in ./queries, each statement names the teacher in its WHERE clause.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as classes from '../db/repos/classes';
import type { ItemRef } from '../db/repos/codec';
import { ownedClassIds, type Assignment, type ClassRef, type LearnerRef } from './queries';

export type AddResult =
	{ ok: true; assignment: Assignment } | { ok: false; reason: 'duplicate' | 'not-found' };

/**
 * Sets an item for one of the teacher's classes. The insert copies the class id out of a select
 * that filters by teacher, so nothing is written for another teacher's class.
 */
export async function addAssignment(
	db: Kysely<Database>,
	ref: ClassRef,
	input: { item: ItemRef; dueAt: Date; now?: Date }
): Promise<AddResult> {
	const created = (input.now ?? new Date()).toISOString();
	const row = await db
		.insertInto('assignments')
		.columns(['class_id', 'item_kind', 'item_id', 'item_version', 'due_at', 'created_at'])
		.expression(
			db
				.selectFrom('classes')
				.select([
					'classes.id',
					sql<string>`cast(${input.item.kind} as text)`.as('item_kind'),
					sql<string>`cast(${input.item.id} as text)`.as('item_id'),
					sql<number>`cast(${input.item.version} as integer)`.as('item_version'),
					sql<string>`cast(${input.dueAt.toISOString()} as text)`.as('due_at'),
					sql<string>`cast(${created} as text)`.as('created_at')
				])
				.where('classes.id', '=', ref.classId)
				.where('classes.teacher_id', '=', ref.teacherId)
		)
		.onConflict((oc) =>
			oc.columns(['class_id', 'item_kind', 'item_id', 'item_version']).doNothing()
		)
		.returningAll()
		.executeTakeFirst();
	if (row) {
		const item = { kind: row.item_kind, id: row.item_id, version: row.item_version };
		const assignment = {
			id: row.id,
			classId: row.class_id,
			item,
			dueAt: row.due_at,
			createdAt: row.created_at
		};
		return { ok: true, assignment };
	}
	const owned = await ownedClassIds(db, ref.teacherId)
		.where('classes.id', '=', ref.classId)
		.executeTakeFirst();
	return { ok: false, reason: owned ? 'duplicate' : 'not-found' };
}

/** True when the assignment was in one of the teacher's classes (this one) and is gone. */
export async function removeAssignment(
	db: Kysely<Database>,
	ref: ClassRef & { assignmentId: number }
): Promise<boolean> {
	const result = await db
		.deleteFrom('assignments')
		.where('id', '=', ref.assignmentId)
		.where('class_id', '=', ref.classId)
		.where('class_id', 'in', ownedClassIds(db, ref.teacherId))
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/**
 * Deletes a learner of this class with their attempts, sessions and idempotency keys (ON DELETE
 * CASCADE); true when there was one to delete.
 */
export async function deleteLearner(db: Kysely<Database>, ref: LearnerRef): Promise<boolean> {
	const result = await db
		.deleteFrom('learners')
		.where('id', '=', ref.learnerId)
		.where('class_id', '=', ref.classId)
		.where('class_id', 'in', ownedClassIds(db, ref.teacherId))
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/** Deletes the class with its learners (and all of theirs) and its assignments. */
export const deleteClass = (db: Kysely<Database>, ref: ClassRef): Promise<boolean> =>
	classes.remove(db, ref);

/** Lets a waiting learner of this class in. */
export async function approveLearner(db: Kysely<Database>, ref: LearnerRef): Promise<boolean> {
	const result = await db
		.updateTable('learners')
		.set({ status: 'approved' })
		.where('id', '=', ref.learnerId)
		.where('class_id', '=', ref.classId)
		.where('class_id', 'in', ownedClassIds(db, ref.teacherId))
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
