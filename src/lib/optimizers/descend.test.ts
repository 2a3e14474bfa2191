// The contract's rules for `descend` and the step-wise model: step counts, outcomes, errors that
// name the bad setting, the random methods' determinism, step records and evaluation counts.
import { describe, expect, it } from 'vitest';
import { descend } from './descend';
import { createDescent } from './Descent';
import { OPTIMIZER_NAMES } from './settings';
import type { DescentPlan, Objective, OptimizerSettings } from './types';
import { expBowl, newton1d, quadratic } from './test-objectives';

const start = { x: 0.8, y: -0.6 };
const bounds = { x: [-1, 1], y: [-1, 1] } as const;

describe('step counts', () => {
	it.each(OPTIMIZER_NAMES)(
		'%s takes exactly `steps` steps: points.length === steps + 1',
		(name) => {
			const run = descend(quadratic, start, { name, lr: 0.05 }, { steps: 25, bounds, seed: 3 });
			expect(run.outcome).toBe('completed');
			expect(run.points.length).toBe(26);
			expect(run.losses.length).toBe(26);
			run.points.forEach((p, k) => expect(run.losses[k]).toBe(quadratic.value(p)));
		}
	);

	it('steps = 0 gives the start alone', () => {
		expect(descend(quadratic, start, { name: 'gd', lr: 0.1 }, { steps: 0 })).toEqual({
			points: [start],
			losses: [quadratic.value(start)],
			outcome: 'completed'
		});
	});

	it('a start with a non-finite loss is diverged at once', () => {
		const run = descend(newton1d, { x: -1 }, { name: 'gd', lr: 0.1 }, { steps: 5 });
		expect(run.outcome).toBe('diverged');
		expect(run.points).toEqual([{ x: -1 }]);
	});

	it('a point outside the bounds is recorded, then the run stops', () => {
		const run = descend(
			expBowl,
			{ x: 0, y: 0 },
			{ name: 'gd', lr: 1 },
			{ steps: 50, bounds: { x: [-0.5, 0.5] } }
		);
		expect(run.outcome).toBe('diverged');
		expect(run.points.at(-1)!.x).toBeLessThan(-0.5);
		expect(run.points.slice(0, -1).every((p) => p.x >= -0.5)).toBe(true);
	});
});

describe('invalid settings throw an Error naming the setting', () => {
	const gd: OptimizerSettings = { name: 'gd', lr: 0.1 };
	const cases: [string, Partial<OptimizerSettings>, Partial<DescentPlan>, RegExp][] = [
		['lr 0', { lr: 0 }, {}, /\blr\b/],
		['lr negative', { lr: -0.1 }, {}, /\blr\b/],
		['lr NaN', { lr: NaN }, {}, /\blr\b/],
		['lr Infinity', { lr: Infinity }, {}, /\blr\b/],
		['unknown name', { name: 'sgd' as never }, {}, /\bname\b/],
		['beta1 = 1', { name: 'adam', beta1: 1 }, {}, /beta1/],
		['beta2 < 0', { name: 'adam', beta2: -0.1 }, {}, /beta2/],
		['momentum = 1', { name: 'momentum', momentum: 1 }, {}, /momentum/],
		['alpha > 1', { name: 'rmsprop', alpha: 1.2 }, {}, /alpha/],
		['eps < 0', { eps: -1 }, {}, /eps/],
		['radius 0', { name: 'random-local-search', radius: 0 }, {}, /radius/],
		['steps < 0', {}, { steps: -1 }, /steps/],
		['steps not an integer', {}, { steps: 2.5 }, /steps/],
		['seed not an integer', {}, { seed: 0.5 }, /seed/],
		['random-search without bounds', { name: 'random-search' }, {}, /bounds\.x/],
		['reversed bounds', {}, { bounds: { x: [1, -1] } }, /bounds\.x/],
		['bounds on an unknown variable', {}, { bounds: { z: [0, 1] } }, /bounds\.z/],
		['start outside bounds', {}, { bounds: { y: [0, 1] } }, /start\.y/],
		['batchSize without a data set', {}, { batchSize: 4 }, /batchSize/],
		[
			'schedule.every 0',
			{},
			{ schedule: { kind: 'step', every: 0, gamma: 0.5 } },
			/schedule\.every/
		],
		['schedule.gamma 0', {}, { schedule: { kind: 'step', every: 2, gamma: 0 } }, /schedule\.gamma/],
		['schedule.total 0', {}, { schedule: { kind: 'cosine', total: 0 } }, /schedule\.total/],
		['switchTo.after < 0', {}, { switchTo: { after: -1, settings: gd } }, /switchTo\.after/],
		[
			'switchTo lr',
			{},
			{ switchTo: { after: 2, settings: { name: 'gd', lr: 0 } } },
			/switchTo\.settings\.lr/
		]
	];
	it.each(cases)('%s', (_, settings, plan, message) => {
		expect(() => descend(quadratic, start, { ...gd, ...settings }, { steps: 3, ...plan })).toThrow(
			message
		);
	});

	it('a start missing a variable, or not finite', () => {
		expect(() => descend(quadratic, { x: 1 }, gd, { steps: 1 })).toThrow(
			/start is missing variable y/
		);
		expect(() => descend(quadratic, { x: 1, y: NaN }, gd, { steps: 1 })).toThrow(/start\.y/);
	});

	it('newton on an objective without a Hessian', () => {
		const { variables, value, gradient } = quadratic;
		const noHessian: Objective = { variables, value, gradient };
		expect(() => descend(noHessian, start, { name: 'newton', lr: 1 }, { steps: 1 })).toThrow(
			/hessian/
		);
	});
});

describe('random methods', () => {
	const map = { x: [-2, 2], y: [-2, 2] } as const;
	const run = (name: 'random-search' | 'random-local-search', seed: number, radius?: number) =>
		descend(
			expBowl,
			{ x: 0.9, y: 0.9 },
			{ name, lr: 0.1, radius },
			{ steps: 200, seed, bounds: map }
		);

	it.each(['random-search', 'random-local-search'] as const)(
		'%s: same seed, same path; other seed, other path',
		(name) => {
			expect(run(name, 1)).toEqual(run(name, 1));
			expect(run(name, 1).points).not.toEqual(run(name, 2).points);
		}
	);

	it.each(['random-search', 'random-local-search'] as const)(
		'%s: the loss never increases and improves',
		(name) => {
			const { losses, points } = run(name, 4);
			losses.slice(1).forEach((l, k) => expect(l).toBeLessThanOrEqual(losses[k]));
			expect(losses[200]).toBeLessThan(losses[0] - 0.1);
			expect(points.every((p) => Math.abs(p.x) <= 2 && Math.abs(p.y) <= 2)).toBe(true);
		}
	);

	it('random-local-search moves exactly `radius` (default lr) when it accepts', () => {
		for (const [radius, expected] of [
			[undefined, 0.1],
			[0.03, 0.03]
		] as const) {
			const { points } = run('random-local-search', 9, radius);
			const moves = points.slice(1).map((p, k) => Math.hypot(p.x - points[k].x, p.y - points[k].y));
			expect(moves.some((m) => m > 0)).toBe(true);
			moves.filter((m) => m > 0).forEach((m) => expect(m).toBeCloseTo(expected, 14));
		}
	});

	it('a step record shows the candidate and whether it was accepted; one value per step', () => {
		const d = createDescent(
			expBowl,
			{ x: 0.9, y: 0.9 },
			{ name: 'random-search', lr: 1 },
			{ steps: 30, seed: 5, bounds }
		);
		let r = d.step();
		while (r) {
			if (r.state.kind !== 'random') throw new Error('expected a random state');
			const { candidate, candidateLoss, accepted } = r.state;
			expect(candidateLoss).toBe(expBowl.value(candidate));
			expect(accepted).toBe(candidateLoss < r.lossBefore);
			expect(r.after).toEqual(accepted ? candidate : r.before);
			expect(r.gradient).toBeNull();
			expect(r.evaluations).toMatchObject({ value: r.step + 1, gradient: 0 });
			r = d.step();
		}
		expect(d.outcome).toBe('completed');
	});
});

describe('step records', () => {
	it('momentum: before/after, update, gradient, velocity and counts per step', () => {
		const d = createDescent(
			quadratic,
			start,
			{ name: 'momentum', lr: 0.1, momentum: 0.5 },
			{ steps: 4 }
		);
		let v = [0, 0];
		let p = [start.x, start.y];
		for (let t = 1; t <= 4; t++) {
			const r = d.step()!;
			const g = [3 * p[0] + p[1], p[0] + 3 * p[1]];
			v = v.map((vi, i) => 0.5 * vi + g[i]);
			const next = p.map((x, i) => x - 0.1 * v[i]);
			expect(r.before).toEqual({ x: p[0], y: p[1] });
			expect(r.gradient!.x).toBeCloseTo(g[0], 14);
			expect(r.state).toMatchObject({ kind: 'momentum' });
			if (r.state.kind === 'momentum') expect(r.state.velocity.y).toBeCloseTo(v[1], 14);
			expect(r.update.x).toBeCloseTo(next[0] - p[0], 14);
			expect(r.after.y).toBeCloseTo(next[1], 14);
			expect(r.loss).toBe(quadratic.value(r.after));
			expect(r.lr).toBe(0.1);
			expect(r.evaluations).toMatchObject({ value: t + 1, gradient: t, hessian: 0 });
			p = next;
		}
		expect(d.step()).toBeNull();
		expect(d.done).toBe(true);
		expect(d.outcome).toBe('completed');
	});

	it('the step-wise model and descend give identical paths', () => {
		const settings: OptimizerSettings = { name: 'adam', lr: 0.05 };
		const d = createDescent(expBowl, start, settings, { steps: 60 });
		const afters = [];
		for (let r = d.step(); r; r = d.step()) afters.push(r.after);
		expect([start, ...afters]).toEqual(descend(expBowl, start, settings, { steps: 60 }).points);
	});
});
