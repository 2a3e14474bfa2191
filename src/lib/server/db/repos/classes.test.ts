import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { aClass, aLearner, aTeacher, unique } from '../testing/fixtures';
import { useDatabase } from '../testing/use-database';
import * as assignments from './assignments';
import * as attempts from './attempts';
import * as classes from './classes';
import * as idempotency from './idempotency';
import * as teachers from './teachers';

describe.each(backends)('classes on $name', (backend) => {
	const db = useDatabase(backend);

	it('creates a class with a join code and finds it by that code', async () => {
		const teacher = await aTeacher(db());
		const joinCode = unique('MAPLE');
		const expires = new Date('2030-01-31T12:00:00.000Z');
		const made = await classes.create(db(), {
			teacherId: teacher.id,
			name: '3-A 수학',
			joinCode,
			joinCodeExpiresAt: expires,
			approveJoins: true
		});
		expect(made).toMatchObject({
			teacherId: teacher.id,
			name: '3-A 수학',
			joinCode,
			joinCodeExpiresAt: expires.toISOString(),
			locked: false,
			approveJoins: true
		});
		expect(await classes.findByJoinCode(db(), joinCode)).toEqual(made);
		expect(await classes.findByJoinCode(db(), unique('NONE'))).toBeUndefined();
	});

	it('refuses a join code that is already used', async () => {
		const teacher = await aTeacher(db());
		const first = await aClass(db(), teacher.id);
		const again = await classes.create(db(), {
			teacherId: teacher.id,
			name: 'other',
			joinCode: first.joinCode
		});
		expect(again).toBeNull();
		expect((await classes.findByJoinCode(db(), first.joinCode))?.name).toBe(first.name);
	});

	it('locks and unlocks only for the owning teacher', async () => {
		const owner = await aTeacher(db());
		const stranger = await aTeacher(db());
		const made = await aClass(db(), owner.id);
		const lock = { classId: made.id, locked: true };
		expect(await classes.setLocked(db(), { ...lock, teacherId: stranger.id })).toBe(false);
		expect((await classes.findByJoinCode(db(), made.joinCode))?.locked).toBe(false);
		expect(await classes.setLocked(db(), { ...lock, teacherId: owner.id })).toBe(true);
		expect((await classes.findByJoinCode(db(), made.joinCode))?.locked).toBe(true);
		await classes.setLocked(db(), { ...lock, locked: false, teacherId: owner.id });
		expect((await classes.findByJoinCode(db(), made.joinCode))?.locked).toBe(false);
	});

	it('lists a teacher’s classes in the order they were made', async () => {
		const teacher = await aTeacher(db());
		const a = await aClass(db(), teacher.id, { now: new Date('2025-01-02T00:00:00Z') });
		const b = await aClass(db(), teacher.id, { now: new Date('2025-01-01T00:00:00Z') });
		await aClass(db(), (await aTeacher(db())).id);
		expect((await classes.listByTeacher(db(), teacher.id)).map((c) => c.id)).toEqual([b.id, a.id]);
	});

	it('deletes a class with its learners, attempts, keys, sessions and assignments', async () => {
		const teacher = await aTeacher(db());
		const doomed = await aClass(db(), teacher.id);
		const kept = await aClass(db(), teacher.id);
		const item = { kind: 'level', id: 'w1-l1', version: 1 } as const;
		for (const c of [doomed, kept]) {
			const learner = await aLearner(db(), c.joinCode);
			await assignments.create(db(), { classId: c.id, item });
			await attempts.insert(db(), {
				learnerId: learner.id,
				item,
				submission: {},
				status: 'accepted'
			});
			await idempotency.begin(db(), { learnerId: learner.id, key: 'k', payloadHash: 'p' });
			await db()
				.insertInto('sessions')
				.values({
					token_hash: unique('token'),
					teacher_id: null,
					learner_id: learner.id,
					created_at: new Date().toISOString(),
					expires_at: new Date(Date.now() + 3_600_000).toISOString()
				})
				.execute();
		}
		const count = await census(doomed.id, kept.id);
		expect(await count()).toEqual({ doomed: [1, 1, 1, 1, 1], kept: [1, 1, 1, 1, 1] });
		expect(await classes.remove(db(), { classId: doomed.id, teacherId: 999_999 })).toBe(false);
		expect(await classes.remove(db(), { classId: doomed.id, teacherId: teacher.id })).toBe(true);
		expect(await count()).toEqual({ doomed: [0, 0, 0, 0, 0], kept: [1, 1, 1, 1, 1] });
		expect(await classes.findByJoinCode(db(), doomed.joinCode)).toBeUndefined();
	});

	it('deleting a teacher deletes their classes and sessions', async () => {
		const teacher = await aTeacher(db());
		const made = await aClass(db(), teacher.id);
		await db()
			.insertInto('sessions')
			.values({
				token_hash: unique('token'),
				teacher_id: teacher.id,
				learner_id: null,
				created_at: new Date().toISOString(),
				expires_at: new Date().toISOString()
			})
			.execute();
		expect(await teachers.remove(db(), teacher.id)).toBe(true);
		expect(await classes.findByJoinCode(db(), made.joinCode)).toBeUndefined();
		const left = await db()
			.selectFrom('sessions')
			.select('token_hash')
			.where('teacher_id', '=', teacher.id)
			.execute();
		expect(left).toEqual([]);
	});

	/** Rows per class: [learners, attempts, idempotency keys, sessions, assignments]. */
	async function census(doomedId: number, keptId: number) {
		// Learner ids are taken now, so rows left behind after a delete would still be counted.
		const ids = async (classId: number) =>
			(
				await db().selectFrom('learners').select('id').where('class_id', '=', classId).execute()
			).map((r) => r.id);
		const idsOf = new Map([
			[doomedId, await ids(doomedId)],
			[keptId, await ids(keptId)]
		]);
		return async () => ({
			doomed: await countFor(doomedId, idsOf.get(doomedId)!),
			kept: await countFor(keptId, idsOf.get(keptId)!)
		});
	}

	async function countFor(classId: number, learnerIds: number[]): Promise<number[]> {
		const tables = [
			db().selectFrom('learners').select('id').where('id', 'in', learnerIds),
			db().selectFrom('attempts').select('id').where('learner_id', 'in', learnerIds),
			db().selectFrom('idempotency_keys').select('key').where('learner_id', 'in', learnerIds),
			db().selectFrom('sessions').select('token_hash').where('learner_id', 'in', learnerIds),
			db().selectFrom('assignments').select('id').where('class_id', '=', classId)
		];
		return Promise.all(tables.map(async (q) => (await q.execute()).length));
	}
});
