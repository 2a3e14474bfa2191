import { describe, expect } from 'vitest';
import { learningRate } from './learning-rate';
import { choiceOf, numberOf, orderOf, testGenerator } from './a-checks';

type P = Record<string, number>;

/** Plain gradient descent on λx²/2 (the test's own loop, not the optimizers module). */
function bowl(lambda: number, lr: number, x0: number, steps: number): number[] {
	const xs = [x0];
	for (let k = 0; k < steps; k++) xs.push(xs[k] - lr * lambda * xs[k]);
	return xs;
}

/** Plain gradient descent on ½(a x² + 2c xy + b y²): the size of the point after `steps`. */
function run2d(p: P, lr: number, steps: number): number {
	let [x, y] = [1, 0.3];
	for (let k = 0; k < steps && Math.hypot(x, y) < 1e30; k++) {
		[x, y] = [x - lr * (p.a * x + p.c * y), y - lr * (p.c * x + p.b * y)];
	}
	return Math.hypot(x, y);
}

describe('learning-rate generator', () => {
	testGenerator(learningRate, {
		update: (q, p) => {
			const { a, c, w0, lr } = p as P;
			expect(numberOf(q)).toBeCloseTo(w0 - lr * 2 * a * (w0 - c), 10);
		},
		direction: (q, p) => {
			expect(choiceOf(q)).toBe((p as P).g > 0 ? 'decrease' : 'increase');
		},
		regime: (q, p) => {
			const { lambda, lr, x0 } = p as P;
			const [, x1, x2] = bowl(lambda, lr, x0, 2);
			const key =
				Math.abs(x1) < 1e-9
					? 'exact'
					: Math.abs(x1 + x0) < 1e-9 && Math.abs(x2 - x0) < 1e-9
						? 'bounce'
						: Math.abs(x1) > Math.abs(x0)
							? 'diverge'
							: Math.sign(x1) === Math.sign(x0)
								? 'steady'
								: 'zigzag';
			expect(choiceOf(q)).toBe(key);
		},
		'after-steps': (q, p) => {
			const { lambda, lr, x0, k } = p as P;
			expect(numberOf(q)).toBeCloseTo(bowl(lambda, lr, x0, k)[k], 10);
		},
		'max-lr': (q, p) => {
			// Just below the limit the plain loop converges, just above it blows up.
			const limit = numberOf(q);
			expect(run2d(p as P, limit * 0.97, 3000)).toBeLessThan(1e-6);
			expect(run2d(p as P, limit * 1.03, 3000)).toBeGreaterThan(1e6);
		},
		'best-lr': (q, p) => {
			const { a, b } = p as P;
			expect(numberOf(q)).toBeCloseTo(2 / (a + b), 10); // λmin + λmax is the trace
			// and no nearby rate has a smaller spectral radius max |1 − ηλ| (eigenvalues from trace and det).
			const { c } = p as P;
			const [tr, det] = [a + b, a * b - c * c];
			const lams = [
				(tr - Math.sqrt(tr * tr - 4 * det)) / 2,
				(tr + Math.sqrt(tr * tr - 4 * det)) / 2
			];
			const rho = (lr: number) => Math.max(...lams.map((l) => Math.abs(1 - lr * l)));
			const best = numberOf(q);
			for (const f of [0.9, 0.99, 1.01, 1.1]) expect(rho(best)).toBeLessThan(rho(best * f));
		},
		'order-speed': (q, p) => {
			const { lambda } = p as P;
			const rates = p.rates as number[];
			const left = (lr: number) => Math.abs(bowl(lambda, lr, 1, 20)[20]);
			const sorted = [...rates].sort((u, v) => left(u) - left(v));
			orderOf(q).forEach((id, i) => expect(Number(id.slice(4))).toBeCloseTo(sorted[i], 12));
		},
		diagnose: (q, p) => {
			const { lambda, lr, x0 } = p as P;
			const losses = bowl(lambda, lr, x0, 4).map((x) => (lambda * x * x) / 2);
			(p.losses as number[]).forEach((l, i) => expect(l).toBeCloseTo(losses[i], 9));
			const key =
				losses[4] > losses[0] ? 'diverge' : losses[1] / losses[0] > 0.8 ? 'crawl' : 'good';
			expect(choiceOf(q)).toBe(key);
		}
	});
});
