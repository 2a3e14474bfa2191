import { describe, expect, it } from 'vitest';
import { initParameters } from './init';
import { mulberry32 } from './random';
import { parameterCount, parameterLayout, type MlpSpec } from './spec';

const spec: MlpSpec = {
	inputs: 2,
	hidden: [16, 16],
	outputs: 1,
	activation: 'tanh',
	output: 'sigmoid-bce'
};

describe('parameter layout', () => {
	it('is W (out × in) then b, layer by layer', () => {
		expect(parameterLayout(spec)).toEqual([
			{ inF: 2, outF: 16, wOffset: 0, bOffset: 32 },
			{ inF: 16, outF: 16, wOffset: 48, bOffset: 304 },
			{ inF: 16, outF: 1, wOffset: 320, bOffset: 336 }
		]);
		expect(parameterCount(spec)).toBe(337);
	});
});

describe('mulberry32', () => {
	it('reproduces the reference sequence for seed 0', () => {
		// First outputs of the canonical C implementation (Tommy Ettinger) for state 0, divided by 2³².
		const r = mulberry32(0);
		expect(Math.round(r() * 4294967296)).toBe(1144304738);
		expect(Math.round(r() * 4294967296)).toBe(1416247);
	});
});

describe('initParameters', () => {
	it('is deterministic for a seed and differs across seeds', () => {
		expect(initParameters(spec, 5)).toEqual(initParameters(spec, 5));
		expect(initParameters(spec, 5)).not.toEqual(initParameters(spec, 6));
	});

	it('draws Glorot-uniform weights within ±√(6/(in+out)) and zero biases', () => {
		const p = initParameters(spec, 9);
		for (const { inF, outF, wOffset, bOffset } of parameterLayout(spec)) {
			const limit = Math.sqrt(6 / (inF + outF));
			const w = p.subarray(wOffset, bOffset);
			expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(limit);
			expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.7 * limit);
			expect([...p.subarray(bOffset, bOffset + outF)].every((b) => b === 0)).toBe(true);
		}
	});

	it('uses He-uniform limits √(6/in) for hidden ReLU layers', () => {
		const relu: MlpSpec = { ...spec, activation: 'relu', hidden: [64] };
		const p = initParameters(relu, 3);
		const [first] = parameterLayout(relu);
		const w = p.subarray(first.wOffset, first.bOffset);
		expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(Math.sqrt(6 / 66)); // beyond Glorot's limit
		expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(6 / 2));
	});
});
