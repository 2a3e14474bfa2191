// Builders for the classroom tests: two teachers, each with a class of two learners who have an
// attempt, a session and an idempotency key each, and an assignment — enough rows that a query
// which forgot the teacher, or a delete that went too far, shows up in the counts.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as assignments from '../db/repos/assignments';
import * as attempts from '../db/repos/attempts';
import * as idempotency from '../db/repos/idempotency';
import { aClass, aLearner, aTeacher, unique } from '../db/testing/fixtures';
import * as tokens from '../auth/tokens';

export const ITEM = { kind: 'level', id: 'first-step', version: 1 } as const;

export async function aFullClass(db: Kysely<Database>, teacherId?: number) {
	const teacher = teacherId ?? (await aTeacher(db)).id;
	const made = await aClass(db, teacher);
	const learners = [await aLearner(db, made.joinCode), await aLearner(db, made.joinCode)];
	for (const learner of learners) {
		await attempts.insert(db, {
			learnerId: learner.id,
			item: ITEM,
			submission: { seed: learner.id },
			result: { loss: 0.5 },
			score: 80,
			stars: 2,
			status: 'accepted'
		});
		await idempotency.begin(db, { learnerId: learner.id, key: unique('k'), payloadHash: 'p' });
		await tokens.createSession(db, { learnerId: learner.id });
	}
	await assignments.create(db, { classId: made.id, item: ITEM, dueAt: new Date('2030-01-01') });
	return { teacherId: teacher, class: made, learners };
}

/** Rows stored for these learners: [learners, attempts, idempotency keys, sessions]. */
export async function rowsOfLearners(db: Kysely<Database>, ids: number[]): Promise<number[]> {
	const queries = [
		db.selectFrom('learners').select('id').where('id', 'in', ids),
		db.selectFrom('attempts').select('id').where('learner_id', 'in', ids),
		db.selectFrom('idempotency_keys').select('key').where('learner_id', 'in', ids),
		db.selectFrom('sessions').select('token_hash').where('learner_id', 'in', ids)
	];
	return Promise.all(queries.map(async (q) => (await q.execute()).length));
}

/** Rows stored for a class: [the class, its assignments]. */
export async function rowsOfClass(db: Kysely<Database>, classId: number): Promise<number[]> {
	const queries = [
		db.selectFrom('classes').select('id').where('id', '=', classId),
		db.selectFrom('assignments').select('id').where('class_id', '=', classId)
	];
	return Promise.all(queries.map(async (q) => (await q.execute()).length));
}
