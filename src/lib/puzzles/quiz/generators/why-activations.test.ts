import { describe, expect } from 'vitest';
import { whyActivations, WHY_STATEMENTS } from './why-activations';
import { checkStatements, numberOf, orderOf, testGenerator } from './a-checks';

/** 2×2 row-major times a 2-vector, by hand. */
const apply = (m: number[], v: number[]) => [m[0] * v[0] + m[1] * v[1], m[2] * v[0] + m[3] * v[1]];

describe('why-activations generator', () => {
	testGenerator(whyActivations, {
		'combined-entry': (q, p) => {
			const [w1, w2] = [p.w1 as number[], p.w2 as number[]];
			const { i, j } = p as Record<string, number>;
			// column j of W is W2 applied to column j of W1
			expect(numberOf(q)).toBeCloseTo(apply(w2, [w1[j], w1[2 + j]])[i], 12);
		},
		'collapsed-output': (q, p) => {
			const y = apply(p.w2 as number[], apply(p.w1 as number[], p.x as number[]));
			expect(numberOf(q)).toBeCloseTo(y[p.i as number], 12);
		},
		'with-relu': (q, p) => {
			const h = apply(p.w1 as number[], p.x as number[]).map((z) => Math.max(0, z));
			expect(numberOf(q)).toBeCloseTo(apply(p.w2 as number[], h)[p.i as number], 12);
		},
		'which-true': (q) => checkStatements(q, WHY_STATEMENTS),
		'order-forward': (q) => expect(orderOf(q)).toEqual(['s1', 's2', 's3', 's4', 's5'])
	});
});
