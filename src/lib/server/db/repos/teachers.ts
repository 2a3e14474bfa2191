// Teacher accounts: created with a login and an argon2id hash (hashed by the caller), found by login.
import type { Kysely } from 'kysely';
import type { Database, TeacherRow } from '../schema';
import { instant } from './codec';

export interface Teacher {
	id: number;
	login: string;
	passwordHash: string;
	createdAt: string;
}

/** Logins compare without case or surrounding spaces, as e-mail addresses are used. */
export const normaliseLogin = (login: string): string => login.trim().toLowerCase();

const toTeacher = (row: TeacherRow): Teacher => ({
	id: row.id,
	login: row.login,
	passwordHash: row.password_hash,
	createdAt: row.created_at
});

/** The new teacher, or null when the login is taken. */
export async function create(
	db: Kysely<Database>,
	input: { login: string; passwordHash: string; now?: Date }
): Promise<Teacher | null> {
	const row = await db
		.insertInto('teachers')
		.values({
			login: normaliseLogin(input.login),
			password_hash: input.passwordHash,
			created_at: instant(input.now ?? new Date())
		})
		.onConflict((oc) => oc.column('login').doNothing())
		.returningAll()
		.executeTakeFirst();
	return row ? toTeacher(row) : null;
}

export async function findByLogin(
	db: Kysely<Database>,
	login: string
): Promise<Teacher | undefined> {
	const row = await db
		.selectFrom('teachers')
		.selectAll()
		.where('login', '=', normaliseLogin(login))
		.executeTakeFirst();
	return row && toTeacher(row);
}

/** Removes the teacher and, by cascade, their sessions, classes and everything in those classes. */
export async function remove(db: Kysely<Database>, teacherId: number): Promise<boolean> {
	const result = await db.deleteFrom('teachers').where('id', '=', teacherId).executeTakeFirst();
	return result.numDeletedRows > 0n;
}
