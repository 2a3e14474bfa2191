import { describe, expect, it } from 'vitest';
import { chainRule } from './chain-rule';
import { choiceOf, numberOf, orderOf, testGenerator } from './a-checks';

type P = Record<string, number>;
const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('chain-rule generator', () => {
	it('reproduces the CURRICULUM reference numbers on reference seeds', () => {
		// f = (x + y)z at (−2, 5, −4): ∂f/∂x = ∂f/∂y = −4, ∂f/∂z = 3
		const want: Record<string, number> = { x: -4, y: -4, z: 3 };
		for (const seed of [0, 4, 8, 12, 16, 20]) {
			const q = chainRule.make('circuit', seed);
			expect(numberOf(q)).toBe(want[q.params!.wrt as string]);
		}
		// the sigmoid neuron with w = (2, −3, −3), x = (−1, −2): ∂f/∂w = (−0.1966119, −0.3932239, 0.1966119)
		const dw = [-0.1966119, -0.3932239, 0.1966119];
		for (const seed of [0, 4, 8, 12, 16, 20]) {
			const q = chainRule.make('neuron', seed);
			expect(numberOf(q)).toBeCloseTo(dw[q.params!.i as number], 7);
		}
	});

	testGenerator(chainRule, {
		circuit: (q, p) => {
			const { x, y, z } = p as P;
			const by: Record<string, number> = { x: z, y: z, z: x + y };
			expect(numberOf(q)).toBe(by[p.wrt as string]);
		},
		'mul-gate': (q, p) => expect(numberOf(q)).toBe((p.u as number) * (p.b as number)),
		'max-gate': (q, p) => {
			const { u, a, b } = p as P;
			const wins = p.wrt === 'a' ? a > b : b > a;
			expect(numberOf(q)).toBe(wins ? u : 0);
		},
		fanout: (q, p) => {
			const { x, y } = p as P;
			// f = x² + xy, so ∂f/∂x = 2x + y
			expect(numberOf(q)).toBe(2 * x + y);
		},
		neuron: (q, p) => {
			const [w, x] = [p.w as number[], p.x as number[]];
			const f = (v: number[]) => sigma(v[0] * x[0] + v[1] * x[1] + v[2]);
			const i = p.i as number;
			const h = 1e-6;
			const up = w.map((wi, k) => (k === i ? wi + h : wi));
			const down = w.map((wi, k) => (k === i ? wi - h : wi));
			expect(numberOf(q)).toBeCloseTo((f(up) - f(down)) / (2 * h), 8);
		},
		'gate-pattern': (q, p) => expect(choiceOf(q)).toBe(p.gate),
		'order-iteration': (q) => expect(orderOf(q)).toEqual(['s1', 's2', 's3', 's4', 's5'])
	});
});
