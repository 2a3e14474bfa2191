// Playing levels: every reference run wins within budget and every intended failure fails the
// stated way; runs are pure functions of (level, settings, start, seed); the budget charges
// Newton for its Hessian; and the published numbers of CURRICULUM.md come out of the levels.
import { describe, expect, it } from 'vitest';
import { getLevel, LEVELS, runLevel, validateRun, type Level, type RunChoice } from './index';

const spec = (level: Level, choice: RunChoice) => ({
	levelId: level.id,
	version: level.version,
	...choice
});
const play = (id: string, choice?: RunChoice) => {
	const level = getLevel(id);
	return runLevel(level, spec(level, choice ?? level.reference));
};

describe.each(LEVELS.map((l) => [l.id, l] as const))('level %s', (_, level) => {
	it('is won by its reference run within the budget, with at least one star', () => {
		const result = runLevel(level, spec(level, level.reference));
		expect(result.outcome).toBe('goal');
		expect(result.goalReached).toBe(true);
		expect(result.stars).toBeGreaterThanOrEqual(1);
		expect(result.stepsUsed).toBeLessThanOrEqual(level.budget.steps);
		expect(result.evaluationsUsed).toBeLessThanOrEqual(level.budget.evaluations ?? Infinity);
	});

	it(`fails its intended failure (${level.intendedFailure.expect})`, () => {
		const result = runLevel(level, spec(level, level.intendedFailure.run));
		const { expect: kind } = level.intendedFailure;
		expect(result.goalReached).toBe(false);
		expect(result.stars).toBe(0);
		if (kind === 'over-budget') expect(result.outcome).toBe('over-budget');
		else expect(result.analysis.kind).toBe(kind);
	});
});

describe('runLevel', () => {
	it('gives the same result for the same run (random search, mini-batches, Adam)', () => {
		for (const id of ['lucky-guesses', 'feel-your-way', 'noisy-steps', 'one-epoch', 'spirals']) {
			expect(play(id)).toEqual(play(id));
		}
	});

	it('keeps the trajectory and the step records in step', () => {
		const result = play('ravine-momentum');
		expect(result.trajectory.points).toHaveLength(result.stepsUsed + 1);
		expect(result.steps.map((s) => s.after)).toEqual(result.trajectory.points.slice(1));
		expect(result.trajectory.losses[0]).toBe(0.25 * (-12) ** 2 + 6.25 * (-6) ** 2);
	});

	it('stops at the goal: the last point is the first within the radius of (1, 1)', () => {
		const result = play('banana-valley');
		const dist = (p: Record<string, number>) => Math.hypot(p.x - 1, p.y - 1);
		const points = result.trajectory.points;
		expect(dist(points[points.length - 1])).toBeLessThanOrEqual(0.05);
		expect(points.slice(0, -1).every((p) => dist(p) > 0.05)).toBe(true);
	});

	it('charges Newton its Hessian: 1 + n evaluations per step', () => {
		expect(play('newton-1d').evaluationsUsed).toBe(7 * 2);
		expect(play('newton-2d').evaluationsUsed).toBe(7 * 3);
		const level = getLevel('price-of-the-hessian');
		const newton = runLevel(level, spec(level, level.intendedFailure.run));
		// A third Newton step would cost 9 > 8: the run stops after two, at 6.
		expect(newton.stepsUsed).toBe(2);
		expect(newton.evaluationsUsed).toBe(6);
		expect(play('price-of-the-hessian').evaluationsUsed).toBe(5);
	});

	it('charges a mini-batch b/N: batches of 4 of 24 examples give 6 steps per epoch', () => {
		const result = play('one-epoch');
		expect(result.stepsUsed).toBe(6);
		expect(result.evaluationsUsed).toBeCloseTo(1, 12);
		expect(result.steps[5].batch).toMatchObject({ epoch: 1, iteration: 6, iterationsPerEpoch: 6 });
	});

	it('charges random search half a gradient per guess', () => {
		const result = play('lucky-guesses');
		expect(result.evaluationsUsed).toBe(result.stepsUsed / 2);
	});
});

describe('CURRICULUM reference numbers', () => {
	it('Newton on eˣ − ln x from 0.05 follows the published iterates to x* in 7 steps', () => {
		const xs = play('newton-1d').trajectory.points.map((p) => p.x);
		const published = [0.05, 0.0972476, 0.1831767, 0.3205197, 0.4772977, 0.5578498, 0.5670599];
		published.forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 6));
		expect(xs).toHaveLength(8);
		expect(xs[7]).toBeCloseTo(0.5671433, 7);
		expect(Math.abs(xs[7] - 0.5671432904)).toBeLessThan(1e-6);
	});

	it('Newton on the 2y² bowl from (4, 4) follows the published iterates to (0, 0) in 7 steps', () => {
		const points = play('newton-2d').trajectory.points;
		const published = [
			[2.582739, 2.621289],
			[1.592257, 1.674816],
			[0.870589, 1.001821],
			[0.335194, 0.493976],
			[0.041236, 0.125459],
			[0.000195, 0.00301]
		];
		published.forEach(([x, y], i) => {
			expect(points[i + 1].x).toBeCloseTo(x, 5);
			expect(points[i + 1].y).toBeCloseTo(y, 5);
		});
		expect(Math.hypot(points[7].x, points[7].y)).toBeLessThan(1e-7);
	});

	it('pure Newton on Rosenbrock is not monotone: 24.2 → 4.73 → 1411.8 → 0.056 → 0.31 → 2e-11 → 0', () => {
		const losses = play('rosenbrock-detour').trajectory.losses;
		expect(losses[0]).toBeCloseTo(24.2, 10);
		expect(losses[1]).toBeCloseTo(4.73, 2);
		expect(losses[2]).toBeCloseTo(1411.8, 1);
		expect(losses[3]).toBeCloseTo(0.056, 3);
		expect(losses[4]).toBeCloseTo(0.31, 2);
		expect(losses[5]).toBeLessThan(1e-10);
		expect(losses).toHaveLength(7);
	});

	it('gradient descent on a quadratic converges iff η·λ < 2 (λ = 2 on the first bowl)', () => {
		const level = getLevel('edge-of-stability');
		const run = (lr: number) =>
			runLevel(level, spec(level, { settings: { name: 'gd', lr }, start: { w: -3 }, seed: 0 }));
		expect(run(0.97).goalReached).toBe(true);
		// η·λ = 1.98: still shrinking (by 0.98 a step), too slowly for the budget.
		const edge = run(0.99);
		const last = edge.trajectory.points[edge.stepsUsed].w;
		expect(Math.abs(last - 2)).toBeCloseTo(5 * 0.98 ** edge.stepsUsed, 9);
		expect(run(1.01).outcome).toBe('diverged');
	});
});

describe('validateRun', () => {
	const level = getLevel('ravine-momentum');
	const base = spec(level, level.reference);

	it('accepts the reference run', () => {
		expect(validateRun(level, base)).toEqual({ ok: true, run: base });
	});

	it('lists every setting outside the level’s rules', () => {
		const result = validateRun(level, {
			...base,
			version: 2,
			settings: { name: 'momentum', lr: 0.5, momentum: 0.999, batchSize: 4 },
			start: { x: 0, y: 0 }
		});
		expect(result).toEqual({
			ok: false,
			problems: [
				'version: the run is for version 2; the level is at 1',
				'settings.lr: 0.5 is outside [0.01, 0.12]',
				'settings.momentum: 0.999 is outside [0, 0.99]',
				'settings.batchSize: this level has no mini-batches',
				'start.x: this level starts at -9',
				'start.y: this level starts at -3'
			]
		});
	});

	it('refuses optimizers the level does not offer, and changed settings it does not range', () => {
		const adam = validateRun(level, { ...base, settings: { name: 'adam', lr: 0.1 } });
		expect(adam).toEqual({
			ok: false,
			problems: ['settings.name: adam is not allowed here (allowed: gd, momentum)']
		});
		const gd = validateRun(level, { ...base, settings: { name: 'gd', lr: 0.05, momentum: 0.5 } });
		expect(gd).toEqual({
			ok: false,
			problems: ['settings.momentum: this level does not let you change momentum']
		});
	});

	it('refuses a malformed run with the schema’s paths', () => {
		const result = validateRun(level, { levelId: level.id, settings: { lr: 'fast' }, seed: 1.5 });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems).toEqual(
				expect.arrayContaining([
					expect.stringMatching(/^version: /),
					expect.stringMatching(/^settings\.name: /),
					'settings.lr: must be a finite number',
					expect.stringMatching(/^start: /),
					'seed: must be an integer'
				])
			);
	});

	it('keeps a draggable start inside its region', () => {
		const valleys = getLevel('four-valleys');
		const outside = validateRun(valleys, {
			...spec(valleys, valleys.reference),
			start: { x: -3, y: 0 }
		});
		expect(outside).toEqual({ ok: false, problems: ['start.x: -3 is outside the start region'] });
	});

	it('makes runLevel throw with every problem listed', () => {
		expect(() => runLevel(level, { ...base, settings: { name: 'gd', lr: 1 } })).toThrow(
			/not allowed on level ravine-momentum:\n- settings\.lr: 1 is outside \[0\.01, 0\.1\]/
		);
	});
});
