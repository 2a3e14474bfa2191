// Small builders for the repository tests: a teacher, a class, a learner, each with unique names so
// the tests of one file can share a database.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import * as classes from '../repos/classes';
import * as learners from '../repos/learners';
import * as teachers from '../repos/teachers';

let counter = 0;
export const unique = (prefix: string): string =>
	`${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export async function aTeacher(db: Kysely<Database>): Promise<teachers.Teacher> {
	const made = await teachers.create(db, {
		login: `${unique('teacher')}@school.example`,
		passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'
	});
	if (!made) throw new Error('fixture teacher clashed');
	return made;
}

export async function aClass(
	db: Kysely<Database>,
	teacherId: number,
	options: Partial<classes.NewClass> = {}
): Promise<classes.ClassInfo> {
	const made = await classes.create(db, {
		teacherId,
		name: unique('class'),
		joinCode: unique('CODE'),
		...options
	});
	if (!made) throw new Error('fixture class clashed');
	return made;
}

export async function aLearner(
	db: Kysely<Database>,
	joinCode: string,
	displayName = unique('learner')
): Promise<learners.Learner> {
	const joined = await learners.join(db, {
		joinCode,
		displayName,
		signInCodeHash: unique('hash')
	});
	if (!joined.ok) throw new Error(`fixture learner not joined: ${joined.reason}`);
	return joined.learner;
}
