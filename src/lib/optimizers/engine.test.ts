// The optimizers on the engine's parsed expressions (an Expression is an Objective): the
// CURRICULUM.md Newton numbers again, now with the engine's exact Hessians.
import { describe, expect, it } from 'vitest';
import { parse } from '../engine';
import { descend } from './descend';
import { rosenbrock } from './test-objectives';

describe('descend on parsed expressions', () => {
	it('Newton on exp(x) - log(x) from 0.05 reaches x·eˣ = 1 along the published iterates', () => {
		const run = descend(
			parse('exp(x) - log(x)'),
			{ x: 0.05 },
			{ name: 'newton', lr: 1 },
			{ steps: 7 }
		);
		const expected = [0.0972476, 0.1831767, 0.3205197, 0.4772977, 0.5578498, 0.5670599, 0.5671433];
		expected.forEach((x, k) => expect(run.points[k + 1].x).toBeCloseTo(x, 7));
	});

	it('Newton on the 2-D example reaches (0, 0) at step 7', () => {
		const f = parse('x^4 + 0.8*y^4 + 4*x^2 + 2*y^2 - x*y - 0.2*x^2*y');
		const run = descend(f, { x: 4, y: 4 }, { name: 'newton', lr: 1 }, { steps: 7 });
		expect(run.points[1].x).toBeCloseTo(2.582739, 6);
		expect(run.points[1].y).toBeCloseTo(2.621289, 6);
		expect(Math.hypot(run.points[7].x, run.points[7].y)).toBeLessThan(1e-7);
	});

	it('Adam on the parsed Rosenbrock follows the hand-written one', () => {
		const parsed = parse('(1 - x)^2 + 100*(y - x^2)^2');
		const settings = { name: 'adam', lr: 0.02 } as const;
		const a = descend(parsed, { x: -1.2, y: 1 }, settings, { steps: 300 });
		const b = descend(rosenbrock, { x: -1.2, y: 1 }, settings, { steps: 300 });
		a.points.forEach((p, k) => {
			expect(p.x).toBeCloseTo(b.points[k].x, 10);
			expect(p.y).toBeCloseTo(b.points[k].y, 10);
		});
	});
});
