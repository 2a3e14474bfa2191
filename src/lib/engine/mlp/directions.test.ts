import { describe, expect, it } from 'vitest';
import { twoSpirals } from './datasets';
import { filterNormalizedDirection, sliceLoss, slicePoint } from './directions';
import { initParameters } from './init';
import { Mlp } from './Mlp';
import type { MlpSpec } from './spec';

const spec: MlpSpec = {
	inputs: 2,
	hidden: [16, 16],
	outputs: 1,
	activation: 'tanh',
	output: 'sigmoid-bce'
};

function rowNorm(v: Float64Array, start: number, length: number): number {
	let s = 0;
	for (let k = start; k < start + length; k++) s += v[k] * v[k];
	return Math.sqrt(s);
}

describe('filter-normalised directions', () => {
	const mlp = new Mlp(spec);
	const theta = initParameters(spec, 1);

	it('give every neuron (row of W) the norm of its weights, and biases zero', () => {
		const d = filterNormalizedDirection(mlp.layers, theta, 5);
		for (const { inF, outF, wOffset, bOffset } of mlp.layers) {
			for (let row = 0; row < outF; row++) {
				const start = wOffset + row * inF;
				expect(rowNorm(d, start, inF)).toBeCloseTo(rowNorm(theta, start, inF), 12);
			}
			expect([...d.subarray(bOffset, bOffset + outF)].every((b) => b === 0)).toBe(true);
		}
	});

	it('are seeded, and two seeds give nearly orthogonal directions', () => {
		const d1 = filterNormalizedDirection(mlp.layers, theta, 5);
		const d2 = filterNormalizedDirection(mlp.layers, theta, 6);
		expect(filterNormalizedDirection(mlp.layers, theta, 5)).toEqual(d1);
		let dot = 0;
		for (let i = 0; i < d1.length; i++) dot += d1[i] * d2[i];
		const cos = dot / (rowNorm(d1, 0, d1.length) * rowNorm(d2, 0, d2.length));
		expect(Math.abs(cos)).toBeLessThan(0.25);
	});

	it('slice loss at (a, b) is the loss at θ + a·d1 + b·d2', () => {
		const { X, y } = twoSpirals(64, { seed: 1 });
		const d1 = filterNormalizedDirection(mlp.layers, theta, 5);
		const d2 = filterNormalizedDirection(mlp.layers, theta, 6);
		const scratch = new Float64Array(theta.length);
		expect(sliceLoss(mlp, X, y, theta, d1, d2, 0, 0, scratch)).toBe(mlp.loss(theta, X, y));
		const moved = theta.map((t, i) => t + 0.5 * d1[i] - 0.25 * d2[i]);
		expect(sliceLoss(mlp, X, y, theta, d1, d2, 0.5, -0.25, scratch)).toBe(mlp.loss(moved, X, y));
		expect(slicePoint(scratch, theta, d1, d2, 1, 0)[3]).toBe(theta[3] + d1[3]);
	});
});
