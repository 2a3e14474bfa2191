import { describe, expect } from 'vitest';
import { activations } from './activations';
import { choiceOf, numberOf, orderOf, slope, testGenerator } from './a-checks';

/** The activations written out from their definitions (Leaky slope 0.01, ELU α = 1). */
const F: Record<string, (x: number) => number> = {
	sigmoid: (x) => 1 / (1 + Math.exp(-x)),
	tanh: (x) => (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)),
	relu: (x) => (x > 0 ? x : 0),
	leakyRelu: (x) => (x > 0 ? x : 0.01 * x),
	elu: (x) => (x > 0 ? x : Math.exp(x) - 1)
};

describe('activations generator', () => {
	testGenerator(activations, {
		value: (q, p) => expect(numberOf(q)).toBeCloseTo(F[p.act as string](p.x as number), 12),
		// derivatives against finite differences (no test point sits on a kink)
		derivative: (q, p) =>
			expect(numberOf(q)).toBeCloseTo(slope(F[p.act as string], p.x as number), 7),
		maxout: (q, p) => {
			const { w1, b1, w2, b2, x } = p as Record<string, number>;
			const f = (t: number) => Math.max(w1 * t + b1, w2 * t + b2);
			expect(numberOf(q)).toBeCloseTo(slope(f, x), 6);
		},
		formula: (q, p) => {
			expect(choiceOf(q)).toBe(p.act);
			if (q.kind === 'choice') expect(q.choices.map((c) => c.id)).not.toContain('relu-of-sigma');
		},
		// the chosen range must be the one sampled from the definition on [−50, 50]
		range: (q, p) => {
			const f = F[p.act as string];
			const samples = Array.from({ length: 2001 }, (_, i) => f(-50 + i / 20));
			const [lo, hi] = [Math.min(...samples), Math.max(...samples)];
			const bounds: Record<string, [number, number]> = {
				sigmoid: [0, 1],
				tanh: [-1, 1],
				relu: [0, Infinity],
				leakyRelu: [-Infinity, Infinity],
				elu: [-1, Infinity]
			};
			const [blo, bhi] = bounds[choiceOf(q)];
			expect(lo).toBeGreaterThanOrEqual(blo - 1e-12);
			expect(hi <= bhi || bhi === Infinity).toBe(true);
			expect(Math.abs(lo - blo) < 1e-6 || (blo === -Infinity && lo <= -0.5)).toBe(true);
			expect(Math.abs(hi - bhi) < 1e-6 || (bhi === Infinity && hi >= 50)).toBe(true);
		},
		'order-values': (q, p) => {
			const acts = [...(p.acts as string[])];
			const x = p.x as number;
			acts.sort((a, b) => F[b](x) - F[a](x));
			expect(orderOf(q)).toEqual(acts);
		}
	});
});
