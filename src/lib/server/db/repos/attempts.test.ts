import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { aClass, aLearner, aTeacher } from '../testing/fixtures';
import { useDatabase } from '../testing/use-database';
import * as attempts from './attempts';
import type { ItemRef } from './codec';

const LEVEL: ItemRef = { kind: 'level', id: 'w3-l2', version: 1 };

/** A small seeded generator (mulberry32), so the random case is the same on every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe.each(backends)('attempts on $name', (backend) => {
	const db = useDatabase(backend);

	it('stores the submission and result JSON and reads back the same values', async () => {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const learner = await aLearner(db(), c.joinCode);
		const submission = { optimizer: 'adam', lr: 0.1, start: [-1.5, 2e-7], seed: 4294967295 };
		const result = { loss: 1 / 3, path: [[0.1, 0.2]], note: '안장점 (saddle)', ok: true, x: null };
		const made = await attempts.insert(db(), {
			learnerId: learner.id,
			item: LEVEL,
			submission,
			result,
			score: 0.87654321,
			stars: 2,
			status: 'accepted',
			now: new Date('2025-02-03T04:05:06.007Z')
		});
		expect(made).toEqual({
			id: made.id,
			learnerId: learner.id,
			item: LEVEL,
			submission,
			result,
			score: 0.87654321,
			stars: 2,
			status: 'accepted',
			reason: null,
			createdAt: '2025-02-03T04:05:06.007Z'
		});
		const rejected = await attempts.insert(db(), {
			learnerId: learner.id,
			item: LEVEL,
			submission: [],
			status: 'rejected',
			reason: 'budget exceeded'
		});
		expect(rejected).toMatchObject({
			result: null,
			score: null,
			stars: null,
			reason: 'budget exceeded'
		});
	});

	it('picks the highest accepted score, the earliest of equals, at this item and version only', async () => {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const learner = await aLearner(db(), c.joinCode);
		const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
		const add = (score: number, minute: number, extra: Partial<attempts.NewAttempt> = {}) =>
			attempts.insert(db(), {
				learnerId: learner.id,
				item: LEVEL,
				submission: { minute },
				score,
				status: 'accepted',
				now: at(minute),
				...extra
			});
		expect(await attempts.best(db(), { learnerId: learner.id, item: LEVEL })).toBeUndefined();
		await add(0.5, 1);
		const firstOfBest = await add(0.9, 3);
		await add(0.9, 4);
		await add(0.99, 5, { status: 'rejected', reason: 'replay differs' });
		await add(1, 6, { item: { ...LEVEL, version: 2 } });
		await add(0.7, 2);
		expect((await attempts.best(db(), { learnerId: learner.id, item: LEVEL }))?.id).toBe(
			firstOfBest.id
		);
	});

	it('gives each learner’s best in a class, as a direct computation over all attempts does', async () => {
		const teacher = await aTeacher(db());
		const c = await aClass(db(), teacher.id);
		const otherClass = await aClass(db(), teacher.id);
		const people = [];
		for (let i = 0; i < 6; i++) people.push(await aLearner(db(), c.joinCode));
		const outsider = await aLearner(db(), otherClass.joinCode);
		const next = random(20250301);
		const made: attempts.Attempt[] = [];
		for (let i = 0; i < 60; i++) {
			const learner = i % 7 === 6 ? outsider : people[Math.floor(next() * 5)]; // the 6th: none
			made.push(
				await attempts.insert(db(), {
					learnerId: learner.id,
					item: next() < 0.8 ? LEVEL : { ...LEVEL, id: 'w3-l3' },
					submission: { i },
					score: Math.round(next() * 10) / 10, // ties on purpose
					status: next() < 0.8 ? 'accepted' : 'rejected',
					now: new Date(Date.UTC(2025, 2, 1, 0, 0, Math.floor(next() * 30)))
				})
			);
		}
		const inClass = new Set(people.map((p) => p.id));
		const expected = new Map<number, attempts.Attempt>();
		for (const a of made) {
			if (!inClass.has(a.learnerId) || a.status !== 'accepted' || a.item.id !== LEVEL.id) continue;
			const held = expected.get(a.learnerId);
			const better =
				!held ||
				a.score! > held.score! ||
				(a.score === held.score &&
					(a.createdAt < held.createdAt || (a.createdAt === held.createdAt && a.id < held.id)));
			if (better) expected.set(a.learnerId, a);
		}
		const got = await attempts.bestPerLearner(db(), { classId: c.id, item: LEVEL });
		const want = [...expected.values()].sort((a, b) => a.learnerId - b.learnerId);
		expect(got.map((a) => a.id)).toEqual(want.map((a) => a.id));
		expect(got).toEqual(want);
		expect(got.length).toBeGreaterThanOrEqual(3);
	});
});
