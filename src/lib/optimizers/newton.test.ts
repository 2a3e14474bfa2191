// Newton's method against CURRICULUM.md's published iterates, and its singular-Hessian rule.
import { describe, expect, it } from 'vitest';
import { descend } from './descend';
import { createDescent } from './Descent';
import { solveNewton } from './newton';
import type { Objective } from './types';
import { newton1d, newton2d, rosenbrock } from './test-objectives';

describe('pure Newton (lr = 1) reproduces CURRICULUM.md', () => {
	it('1-D: g(x) = eˣ − ln x from 0.05', () => {
		const expected = [0.0972476, 0.1831767, 0.3205197, 0.4772977, 0.5578498, 0.5670599, 0.5671433];
		const run = descend(newton1d, { x: 0.05 }, { name: 'newton', lr: 1 }, { steps: 8 });
		expected.forEach((x, k) => expect(run.points[k + 1].x).toBeCloseTo(x, 7));
		expect(run.points[8].x).toBeCloseTo(0.5671432904, 10); // x·eˣ = 1
	});

	it('2-D: x⁴ + 0.8y⁴ + 4x² + 2y² − xy − 0.2x²y from (4, 4)', () => {
		const expected = [
			[2.582739, 2.621289],
			[1.592257, 1.674816],
			[0.870589, 1.001821],
			[0.335194, 0.493976],
			[0.041236, 0.125459],
			[0.000195, 0.00301]
		];
		const run = descend(newton2d, { x: 4, y: 4 }, { name: 'newton', lr: 1 }, { steps: 7 });
		expected.forEach(([x, y], k) => {
			expect(run.points[k + 1].x).toBeCloseTo(x, 6);
			expect(run.points[k + 1].y).toBeCloseTo(y, 6);
		});
		expect(Math.abs(run.points[7].x)).toBeLessThan(1e-7);
		expect(Math.abs(run.points[7].y)).toBeLessThan(1e-7);
		expect(newton2d.hessian!(run.points[7])[0][0]).toBeCloseTo(8, 6);
	});

	it('Rosenbrock from (−1.2, 1) is not monotone: 24.2 → 4.73 → 1411.8 → 0.056 → 0.31 → 2e-11 → (1, 1)', () => {
		const run = descend(rosenbrock, { x: -1.2, y: 1 }, { name: 'newton', lr: 1 }, { steps: 6 });
		const [l0, l1, l2, l3, l4, l5] = run.losses;
		expect(l0).toBeCloseTo(24.2, 10);
		expect(l1).toBeCloseTo(4.73, 2);
		expect(l2).toBeCloseTo(1411.8, 1);
		expect(l3).toBeCloseTo(0.056, 3);
		expect(l4).toBeCloseTo(0.31, 2);
		expect(l5).toBeGreaterThan(1e-11);
		expect(l5).toBeLessThan(3e-11);
		expect(Math.abs(run.points[6].x - 1)).toBeLessThan(1e-10);
		expect(Math.abs(run.points[6].y - 1)).toBeLessThan(1e-10);
		expect(run.losses[6]).toBeLessThan(1e-18);
	});
});

describe('damped Newton and singular Hessians', () => {
	it('lr damps the step: p ← p − η H⁻¹g on a quadratic lands at (1 − η) of the way', () => {
		const q: Objective = {
			variables: ['x', 'y'],
			value: ({ x, y }) => 2 * x * x + 3 * y * y - x * y,
			gradient: ({ x, y }) => ({ x: 4 * x - y, y: 6 * y - x }),
			hessian: () => [
				[4, -1],
				[-1, 6]
			]
		};
		const run = descend(q, { x: 2, y: -1 }, { name: 'newton', lr: 0.25 }, { steps: 2 });
		expect(run.points[1].x).toBeCloseTo(1.5, 14);
		expect(run.points[1].y).toBeCloseTo(-0.75, 14);
		expect(run.points[2].x).toBeCloseTo(1.125, 14);
	});

	it('a singular Hessian ends the run as singular without a new point', () => {
		const valley: Objective = {
			variables: ['x', 'y'],
			value: ({ x, y }) => (x + y) ** 2,
			gradient: ({ x, y }) => ({ x: 2 * (x + y), y: 2 * (x + y) }),
			hessian: () => [
				[2, 2],
				[2, 2]
			]
		};
		const run = descend(valley, { x: 1, y: 2 }, { name: 'newton', lr: 1 }, { steps: 5 });
		expect(run).toEqual({ points: [{ x: 1, y: 2 }], losses: [9], outcome: 'singular' });
	});

	it('a singular Hessian after a good step keeps the points reached so far', () => {
		// f = x⁴: H = 12x² vanishes at the minimum, which one step from x = 0 reaches.
		const quartic: Objective = {
			variables: ['x'],
			value: ({ x }) => x ** 4,
			gradient: ({ x }) => ({ x: 4 * x ** 3 }),
			hessian: ({ x }) => [[12 * x * x]]
		};
		const d = createDescent(quartic, { x: 0 }, { name: 'newton', lr: 1 }, { steps: 3 });
		expect(d.step()).toBeNull();
		expect(d.outcome).toBe('singular');
		expect(d.points).toEqual([{ x: 0 }]);
		expect(d.evaluations).toMatchObject({ value: 1, gradient: 1, hessian: 1 });
	});

	it('solveNewton pivots (zero leading entry) and refuses near-singular matrices', () => {
		const d = solveNewton(
			[
				[0, 2],
				[3, 1]
			],
			[4, 5]
		)!;
		expect(Array.from(d)).toEqual([1, 2]);
		const eps = 1e-14;
		const nearly = [
			[1, 1],
			[1, 1 + eps]
		];
		expect(solveNewton(nearly, [1, 1])).toBeNull();
		expect(solveNewton([[NaN]], [1])).toBeNull();
		expect(
			solveNewton(
				[
					[1, 1],
					[1, 1 + 1e-6]
				],
				[1, 1]
			)
		).not.toBeNull();
	});
});
