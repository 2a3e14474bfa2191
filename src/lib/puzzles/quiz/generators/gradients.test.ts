import { describe, expect } from 'vitest';
import { gradients, GRADIENT_STATEMENTS } from './gradients';
import { checkStatements, choiceOf, numberOf, orderOf, testGenerator } from './a-checks';

type P = Record<string, number>;

/** The verdict and best-h functions with their derivatives, written out by hand. */
const FNS: Record<string, [(x: number) => number, (x: number) => number]> = {
	'x^2 * sin(x)': [(x) => x * x * Math.sin(x), (x) => 2 * x * Math.sin(x) + x * x * Math.cos(x)],
	'exp(2 * x)': [(x) => Math.exp(2 * x), (x) => 2 * Math.exp(2 * x)],
	'x^3 - 4 * x': [(x) => x ** 3 - 4 * x, (x) => 3 * x * x - 4],
	'sin(x) * cos(x)': [(x) => Math.sin(x) * Math.cos(x), (x) => Math.cos(2 * x)],
	'exp(x)': [Math.exp, Math.exp],
	'sin(x)': [Math.sin, Math.cos],
	'x^3': [(x) => x ** 3, (x) => 3 * x * x],
	'exp(x) * sin(x)': [
		(x) => Math.exp(x) * Math.sin(x),
		(x) => Math.exp(x) * (Math.sin(x) + Math.cos(x))
	]
};
const centralOf = (f: (x: number) => number, x: number, h: number) =>
	(f(x + h) - f(x - h)) / (2 * h);

describe('gradients generator', () => {
	testGenerator(gradients, {
		// For a cubic, the central difference is exactly f'(x) + a·h².
		central: (q, p) => {
			const { a, b, x, h } = p as P;
			expect(numberOf(q)).toBeCloseTo(3 * a * x * x + b + a * h * h, 9);
		},
		// For a·x², the forward difference is exactly 2ax + ah.
		forward: (q, p) => {
			const { a, x, h } = p as P;
			expect(numberOf(q)).toBeCloseTo(2 * a * x + a * h, 9);
		},
		'relative-error': (q, p) => {
			const { analytic: a, numerical: n } = p as P;
			expect(numberOf(q)).toBeCloseTo(Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n)), 12);
		},
		verdict: (q, p) => {
			const [f, df] = FNS[p.fn as string];
			const x = p.x as number;
			const claimed = p.claimed as number;
			// the claimed gradient is the true one unless a bug was planted
			if (p.bug === 'none') expect(claimed).toBeCloseTo(df(x), 12);
			else expect(Math.abs(claimed - df(x))).toBeGreaterThan(1e-3);
			const n = centralOf(f, x, 1e-5);
			const error = Math.abs(claimed - n) / Math.max(Math.abs(claimed), Math.abs(n));
			expect(choiceOf(q)).toBe(error < 1e-6 ? 'pass' : 'bug');
			expect(choiceOf(q)).toBe(p.bug === 'none' ? 'pass' : 'bug');
		},
		'best-h': (q, p) => {
			const [f, df] = FNS[p.fn as string];
			const x = p.x as number;
			const hs = [1, 0.1, 1e-5, 1e-14];
			const errors = hs.map((h) => Math.abs(centralOf(f, x, h) - df(x)));
			expect(choiceOf(q)).toBe(`h-${hs[errors.indexOf(Math.min(...errors))]}`);
		},
		cost: (q, p) => expect(numberOf(q)).toBe(2 * (p.count as number)),
		'which-true': (q) => checkStatements(q, GRADIENT_STATEMENTS),
		'order-check': (q) => expect(orderOf(q)).toEqual(['s1', 's2', 's3', 's4', 's5'])
	});
});
