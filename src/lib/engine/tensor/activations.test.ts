import { describe, expect, it } from 'vitest';
import { activation, activations, sigmoid, type ActivationName } from './activations';
import { dot, expectGradcheck, randomArray, seeded } from './test-helpers';

const names = Object.keys(activations) as ActivationName[];

describe('activations', () => {
	it('match their textbook values', () => {
		const z = Float64Array.of(-2, -0.5, 0.5, 2);
		const out = new Float64Array(4);
		const expected: Record<ActivationName, number[]> = {
			sigmoid: [-2, -0.5, 0.5, 2].map((v) => 1 / (1 + Math.exp(-v))),
			tanh: [-2, -0.5, 0.5, 2].map(Math.tanh),
			relu: [0, 0, 0.5, 2],
			leakyRelu: [-0.02, -0.005, 0.5, 2],
			elu: [Math.exp(-2) - 1, Math.exp(-0.5) - 1, 0.5, 2]
		};
		for (const name of names) {
			activations[name].forward(out, z, 4);
			[...out].forEach((v, i) => expect(v).toBeCloseTo(expected[name][i], 14));
		}
	});

	it.each(names)('%s has a derivative matching finite differences at seeded points', (name) => {
		const rule = activations[name];
		for (let seed = 1; seed <= 20; seed++) {
			const rnd = seeded(seed * 7);
			const n = 16;
			const z = randomArray(rnd, n, 3);
			const r = randomArray(rnd, n);
			const a = new Float64Array(n);
			const dz = new Float64Array(n);
			rule.forward(a, z, n);
			rule.backward(dz, r, z, a, n);
			const out = new Float64Array(n);
			const f = (v: Float64Array) => (rule.forward(out, v, n), dot(r, out));
			expectGradcheck(f, dz, z);
		}
	});

	it('uses the PyTorch derivative 0 for ReLU at 0', () => {
		const dz = new Float64Array(1);
		activations.relu.backward(dz, Float64Array.of(1), Float64Array.of(0), Float64Array.of(0), 1);
		expect(dz[0]).toBe(0);
	});

	it('keeps sigmoid finite and exact at extreme inputs', () => {
		expect(sigmoid(-800)).toBe(0);
		expect(sigmoid(800)).toBe(1);
		expect(sigmoid(-40)).toBeCloseTo(Math.exp(-40), 30);
	});

	it('names an unknown activation', () => {
		expect(() => activation('swish')).toThrow(/Unknown activation "swish"/);
	});
});
