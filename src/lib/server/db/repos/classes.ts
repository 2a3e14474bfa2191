// Classes: a teacher's group with a join code (optionally expiring), a lock that stops new joins,
// and whether joins wait for the teacher's approval. Changes name the teacher, so a teacher can
// only ever touch their own classes.
import type { Kysely } from 'kysely';
import type { ClassRow, Database } from '../schema';
import { flag, instant, isSet } from './codec';

export interface ClassInfo {
	id: number;
	teacherId: number;
	name: string;
	joinCode: string;
	joinCodeExpiresAt: string | null;
	locked: boolean;
	approveJoins: boolean;
	createdAt: string;
}

export const toClass = (row: ClassRow): ClassInfo => ({
	id: row.id,
	teacherId: row.teacher_id,
	name: row.name,
	joinCode: row.join_code,
	joinCodeExpiresAt: row.join_code_expires_at,
	locked: isSet(row.locked),
	approveJoins: isSet(row.approve_joins),
	createdAt: row.created_at
});

export interface NewClass {
	teacherId: number;
	name: string;
	joinCode: string;
	joinCodeExpiresAt?: Date | null;
	approveJoins?: boolean;
	now?: Date;
}

/** The new class, or null when the join code is taken (make another and try again). */
export async function create(db: Kysely<Database>, input: NewClass): Promise<ClassInfo | null> {
	const row = await db
		.insertInto('classes')
		.values({
			teacher_id: input.teacherId,
			name: input.name,
			join_code: input.joinCode,
			join_code_expires_at: input.joinCodeExpiresAt ? instant(input.joinCodeExpiresAt) : null,
			approve_joins: flag(input.approveJoins ?? false),
			created_at: instant(input.now ?? new Date())
		})
		.onConflict((oc) => oc.column('join_code').doNothing())
		.returningAll()
		.executeTakeFirst();
	return row ? toClass(row) : null;
}

export async function findByJoinCode(
	db: Kysely<Database>,
	joinCode: string
): Promise<ClassInfo | undefined> {
	const row = await db
		.selectFrom('classes')
		.selectAll()
		.where('join_code', '=', joinCode)
		.executeTakeFirst();
	return row && toClass(row);
}

export async function listByTeacher(db: Kysely<Database>, teacherId: number): Promise<ClassInfo[]> {
	const rows = await db
		.selectFrom('classes')
		.selectAll()
		.where('teacher_id', '=', teacherId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toClass);
}

/** True when the class exists and is this teacher's. */
export async function setLocked(
	db: Kysely<Database>,
	input: { classId: number; teacherId: number; locked: boolean }
): Promise<boolean> {
	const result = await db
		.updateTable('classes')
		.set({ locked: flag(input.locked) })
		.where('id', '=', input.classId)
		.where('teacher_id', '=', input.teacherId)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** Deletes the class with its learners, their attempts, sessions and keys, and its assignments. */
export async function remove(
	db: Kysely<Database>,
	input: { classId: number; teacherId: number }
): Promise<boolean> {
	const result = await db
		.deleteFrom('classes')
		.where('id', '=', input.classId)
		.where('teacher_id', '=', input.teacherId)
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}
