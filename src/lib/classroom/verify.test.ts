// The server's verdicts checked against numbers computed another way: the closed form of gradient
// descent on a parabola, the published Newton iterates of CURRICULUM.md, and puzzle answers worked
// out by hand from the graph's own input values. A page's claim is compared, never believed.
import { describe, expect, it } from 'vitest';
import { getLevel, LevelRun, LEVELS, type Level, type RunChoice } from '../levels';
import { chain, quiz } from '../puzzles';
import type { LevelAttempt, LevelDetails, PuzzleDetails, QuizDetails } from './attempt';
import { verifyAttempt } from './verify';

const attemptAt = (level: Level, run: RunChoice, claim?: LevelAttempt['claim']) => ({
	kind: 'level' as const,
	item: level.id,
	version: level.version,
	run,
	...(claim ? { claim } : {})
});

/** The claim a page makes: played step by step with the object the game draws. */
function pageClaim(level: Level, run: RunChoice): NonNullable<LevelAttempt['claim']> {
	const walk = new LevelRun(level, { levelId: level.id, version: level.version, ...run });
	while (walk.step());
	const names = walk.landscape.objective.variables;
	const last = walk.losses[walk.losses.length - 1];
	return {
		steps: walk.steps.length,
		finalLoss: Number.isFinite(last) ? last : null,
		path: walk.points.map((p) => names.map((n) => p[n]))
	};
}

describe('verifyAttempt on levels, against independent references', () => {
	it('first-step: gradient descent on (w − 2)² + 1 follows w_k = 2 − 5·(1 − 2η)^k', () => {
		const level = getLevel('first-step');
		// η = 0.4: the distance 5·0.2^k to the bottom is 0.2, 0.04 after 2, 3 steps; the goal is 0.05.
		const path = [0, 1, 2, 3].map((k) => [2 - 5 * 0.2 ** k]);
		const claim = { steps: 3, finalLoss: 1 + 25 * 0.2 ** 6, path };
		const verdict = verifyAttempt(attemptAt(level, level.reference, claim));
		expect(verdict).toMatchObject({ status: 'accepted', stars: 3, score: 1, passed: true });
		expect(verdict.reason).toBeUndefined();
		const details = verdict.details as LevelDetails;
		expect(details).toMatchObject({ outcome: 'goal', goalReached: true, stepsUsed: 3 });
		expect(details.finalLoss).toBeCloseTo(1.0016, 12);
		expect(details.analysis).toBe('global-minimum');
	});

	it('newton-1d: the published iterates reach x* = 0.5671433 in 7 steps (3 stars)', () => {
		const level = getLevel('newton-1d');
		const xStar = 0.5671432904;
		const claim = { steps: 7, finalLoss: Math.exp(xStar) - Math.log(xStar) };
		const verdict = verifyAttempt(attemptAt(level, level.reference, claim));
		expect(verdict).toMatchObject({ status: 'accepted', stars: 3, passed: true, score: 1 });
		expect((verdict.details as LevelDetails).finalLoss).toBeCloseTo(2.3303661247616807, 12);
	});

	it('newton-2d: the quartic bowl is left at the origin after 7 steps', () => {
		const level = getLevel('newton-2d');
		const verdict = verifyAttempt(attemptAt(level, level.reference, { steps: 7, finalLoss: 0 }));
		expect(verdict).toMatchObject({ status: 'accepted', stars: 3, passed: true });
		expect((verdict.details as LevelDetails).stepsUsed).toBe(7);
	});

	it.each(LEVELS.map((l) => [l.id, l] as const))(
		'%s: the page’s own claim is accepted for the reference and the intended failure',
		(_, level) => {
			const won = verifyAttempt(
				attemptAt(level, level.reference, pageClaim(level, level.reference))
			);
			expect(won.status).toBe('accepted');
			expect(won.score).toBe(won.stars / 3);
			expect(won.stars).toBeGreaterThanOrEqual(1);
			const { run, expect: kind } = level.intendedFailure;
			const lost = verifyAttempt(attemptAt(level, run, pageClaim(level, run)));
			expect(lost).toMatchObject({ status: 'accepted', passed: false, stars: 0, score: 0 });
			const details = lost.details as LevelDetails;
			if (kind === 'over-budget') expect(details.outcome).toBe('over-budget');
			else expect(details.analysis).toBe(kind);
		}
	);
});

describe('verifyAttempt refuses forged level claims', () => {
	const level = getLevel('ravine-momentum');
	const honest = pageClaim(level, level.reference);
	const verify = (claim: LevelAttempt['claim']) =>
		verifyAttempt(attemptAt(level, level.reference, claim));

	it('accepts the honest claim and a last-bit difference', () => {
		expect(verify(honest).status).toBe('accepted');
		expect(verify({ ...honest, finalLoss: honest.finalLoss! * (1 + 1e-12) }).status).toBe(
			'accepted'
		);
	});

	it('rejects a forged final loss, step count or path point, naming the step', () => {
		const n = honest.steps;
		const loss = verify({ ...honest, finalLoss: honest.finalLoss! * 0.5 });
		expect(loss).toMatchObject({ status: 'rejected', score: 0, stars: 0, passed: false });
		expect(loss.reason).toBe(
			`claimed path differs from the re-computation at step ${n} (finalLoss)`
		);
		expect((loss.details as LevelDetails).mismatch).toEqual({ field: 'finalLoss', step: n });
		const steps = verify({ ...honest, steps: n - 1 });
		expect(steps.reason).toMatch(`at step ${n - 1} (steps)`);
		const path = honest.path!.map((p, k) => (k === 2 ? [p[0] + 1e-3, p[1]] : p));
		const forged = verify({ ...honest, path });
		expect(forged.reason).toBe('claimed path differs from the re-computation at step 2 (path)');
		// The server's numbers are still kept for the teacher.
		expect((forged.details as LevelDetails).stepsUsed).toBe(n);
		const longer = verify({ ...honest, path: [...honest.path!, honest.path!.at(-1)!] });
		expect(longer.reason).toMatch(`at step ${n + 1} (path)`);
		expect(verify({ ...honest, path: [[-12]] }).reason).toMatch('at step 0 (path)');
	});

	it('rejects a changed level version, broken rules, an unknown level and a score field', () => {
		const stale = verifyAttempt({ ...attemptAt(level, level.reference), version: 2 });
		expect(stale.reason).toMatch(/^level changed/);
		const fast = { ...level.reference, settings: { ...level.reference.settings, lr: 5 } };
		const broken = verifyAttempt(attemptAt(level, fast));
		expect(broken.status).toBe('rejected');
		expect(broken.reason).toMatch('settings.lr: 5 is outside');
		expect((broken.details as LevelDetails).problems?.length).toBeGreaterThan(0);
		const unknown = verifyAttempt({ ...attemptAt(level, level.reference), item: 'no-such-level' });
		expect(unknown.reason).toBe('unknown level "no-such-level"');
		const scored = verifyAttempt({ ...attemptAt(level, level.reference), score: 1, stars: 3 });
		expect(scored).toMatchObject({ status: 'rejected', stars: 0, details: { kind: 'invalid' } });
		expect(verifyAttempt(null).status).toBe('rejected');
	});
});

describe('verifyAttempt on puzzles: the server scores the answers', () => {
	const puzzle = chain.makePuzzle('gates.mul', 5);
	if (puzzle.kind !== 'graph') throw new Error('gates.mul is a graph puzzle');
	const [x, y, g] = [0, 1, 2].map((id) => puzzle.graph.nodes[id].value);
	// f = x·y, L = g·f: ∂f/∂x = y, ∂f/∂y = x, and f sends g·y to x and g·x to y.
	const right = {
		'l:3:0': String(y),
		'l:3:1': String(x),
		'd:3:0': String(g * y),
		'd:3:1': String(g * x)
	};
	const submit = (answers: Record<string, string>, extra: object = {}) =>
		verifyAttempt({
			kind: 'puzzle',
			item: 'gates.mul',
			version: 1,
			seed: 5,
			answers,
			hints: 0,
			gaveUp: false,
			...extra
		});

	it('accepts hand-worked answers with full marks, and counts hints against the stars', () => {
		expect(submit(right)).toMatchObject({ status: 'accepted', score: 1, stars: 3, passed: true });
		expect(submit(right, { hints: 2 }).stars).toBe(1);
		expect(submit(right, { gaveUp: true })).toMatchObject({ passed: false, stars: 0, score: 1 });
	});

	it('scores a tampered answer set itself: swapped mul inputs are half wrong', () => {
		const swapped = { ...right, 'l:3:0': String(x), 'l:3:1': String(y) };
		const verdict = submit(swapped);
		expect(verdict).toMatchObject({ status: 'accepted', score: 0.5, stars: 0, passed: false });
		const details = verdict.details as PuzzleDetails;
		expect(details).toMatchObject({ correct: 2, total: 4, tier: 'gates' });
		expect(details.mistakes).toContain('mul-swapped');
	});

	it('rejects an unknown field, a stale version, an unknown puzzle and a claimed score', () => {
		expect(submit({ ...right, 'v:9': '1' }).reason).toMatch('has no field "v:9"');
		expect(submit(right, { version: 2 }).reason).toMatch(/^puzzle changed/);
		expect(submit(right, { item: 'gates.nope' }).reason).toBe('unknown puzzle "gates.nope"');
		expect(submit(right, { score: 1 }).details.kind).toBe('invalid');
	});
});

describe('verifyAttempt on quiz answers', () => {
	const submit = (item: string, seed: number, answer: string | string[]) =>
		verifyAttempt({ kind: 'quiz', item, seed, answer });

	it('re-makes the question and scores the answer: ⌈N / n⌉ iterations per epoch', () => {
		const q = quiz.makeQuestion('batches.iterations', 7);
		const { size, batch } = q.params as { size: number; batch: number };
		const right = submit('batches.iterations', 7, String(Math.ceil(size / batch)));
		expect(right).toMatchObject({ status: 'accepted', score: 1, stars: 3, passed: true });
		expect((right.details as QuizDetails).concept).toBe('batches');
		const wrong = submit('batches.iterations', 7, String(Math.floor(size / batch)));
		expect(wrong).toMatchObject({ status: 'accepted', score: 0, passed: false });
		expect((wrong.details as QuizDetails).status).toBe('wrong');
		expect((submit('batches.iterations', 7, 'many').details as QuizDetails).status).toBe(
			'unreadable'
		);
	});

	it('scores choice and order questions, and rejects an unknown question', () => {
		const order = quiz.makeQuestion('newton.order-steps', 3);
		if (order.kind !== 'order') throw new Error('newton.order-steps is an order question');
		expect(submit(order.id, 3, [...order.answer]).score).toBe(1);
		expect(submit(order.id, 3, [...order.answer].reverse()).score).toBe(0);
		const choice = quiz.makeQuestion('curvature.classify', 11);
		if (choice.kind !== 'choice') throw new Error('curvature.classify is a choice question');
		expect(submit(choice.id, 11, choice.answer).passed).toBe(true);
		expect(submit('nope.form', 1, 'a').reason).toMatch(/^unknown question "nope.form"/);
	});
});
