// A learner's progress on both back ends: the best verified attempt per item, never another
// learner's, never a rejected one.
import { describe, expect, it } from 'vitest';
import { getLevel } from '$lib/levels';
import type { ProgressBody } from '$lib/classroom/attempt';
import type { Principal } from '../auth/tokens';
import * as attempts from '../db/repos/attempts';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import { bestPerItem, learnerProgress } from './progress';
import { submitAttempt } from './submit';

const level = getLevel('first-step');
const run = (lr: number) => ({
	kind: 'level',
	item: 'first-step',
	version: 1,
	run: { ...level.reference, settings: { name: 'gd', lr } }
});

describe.each(backends)('learner progress on $name', (backend) => {
	const db = useDatabase(backend);
	let n = 0;
	const learner = async (): Promise<Principal & { kind: 'learner' }> => {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const l = await aLearner(db(), c.joinCode);
		return { kind: 'learner', learnerId: l.id, classId: c.id, displayName: l.displayName };
	};
	const send = (who: Principal, body: unknown) =>
		submitAttempt(db(), who, `progress-${++n}-key`, JSON.stringify(body));

	it('keeps the best verified attempt per item, for this learner only', async () => {
		const me = await learner();
		const other = await learner();
		// η = 0.2 shrinks the distance 5 by 0.6 a step: 10 steps to within 0.05, two stars (≤ 10).
		await send(me, run(0.2));
		// η = 0.4: 0.2 a step, 3 steps, three stars (≤ 4).
		const best = (await send(me, run(0.4))).body as { attempt: { id: number } };
		const zigzag = { ...run(0.5), item: 'zigzag', claim: { steps: 0, finalLoss: 1 } };
		expect(((await send(me, zigzag)).body as { attempt: { status: string } }).attempt.status).toBe(
			'rejected'
		);
		await send(me, { kind: 'quiz', item: 'batches.iterations', seed: 7, answer: '1' });
		await send(other, run(0.5));
		const items = await bestPerItem(db(), me.learnerId);
		expect(items.map((i) => [i.item.kind, i.item.id, i.score, i.stars, i.passed])).toEqual([
			['level', 'first-step', 1, 3, true],
			['quiz', 'batches.iterations', 0, 0, false]
		]);
		expect(items[0].attemptId).toBe(best.attempt.id);
		expect(items[0].summary?.ko).toMatch(/[\uAC00-\uD7A3]/);
		// The run as sent and the server's count of it, so another device can rebuild its progress.
		expect(items[0].level).toEqual({ run: run(0.4).run, stepsUsed: 3, evaluationsUsed: 3 });
		expect([items[0].puzzle, items[1].level, items[1].puzzle]).toEqual([
			undefined,
			undefined,
			undefined
		]);
	});

	it('gives a puzzle best the seed it was earned on', async () => {
		const me = await learner();
		const puzzle = { kind: 'puzzle', item: 'gates.add', version: 1, answers: {}, hints: 0 };
		await send(me, { ...puzzle, seed: 4, gaveUp: true });
		const [entry] = await bestPerItem(db(), me.learnerId);
		expect([entry.item.id, entry.puzzle, entry.level]).toEqual([
			'gates.add',
			{ seed: 4 },
			undefined
		]);
	});

	it('takes the earliest of equal scores, as attempts.best does', async () => {
		const me = await learner();
		const item = { kind: 'puzzle' as const, id: 'gates.add', version: 1 };
		const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
		for (const [score, minute] of [
			[0.5, 1],
			[0.75, 3],
			[0.75, 2],
			[0.25, 4]
		])
			await attempts.insert(db(), {
				learnerId: me.learnerId,
				item,
				submission: { minute },
				result: { passed: false },
				score,
				stars: 0,
				status: 'accepted',
				now: at(minute)
			});
		const [entry] = await bestPerItem(db(), me.learnerId);
		const expected = await attempts.best(db(), { learnerId: me.learnerId, item });
		expect(entry.attemptId).toBe(expected?.id);
		expect(entry.createdAt).toBe(at(2).toISOString());
	});

	it('answers 401 to nobody and 403 to a teacher', async () => {
		expect((await learnerProgress(db(), null)).status).toBe(401);
		const teacher: Principal = { kind: 'teacher', teacherId: 1, login: 't@school.example' };
		expect((await learnerProgress(db(), teacher)).status).toBe(403);
		const me = await learner();
		const reply = await learnerProgress(db(), me);
		expect(reply).toEqual({ status: 200, body: { items: [] } satisfies ProgressBody });
	});
});
