import { describe, expect, it } from 'vitest';
import { curveAt, profileRange } from './profile';

const sample = (n: number, lo: number, hi: number, f: (x: number) => number) =>
	Float64Array.from({ length: n }, (_, i) => f(lo + ((hi - lo) * i) / (n - 1)));

describe('profileRange', () => {
	it('shows the whole of a bowl', () => {
		const values = sample(201, -3, 3, (x) => x * x);
		const [lo, hi] = profileRange(values, 0, 9);
		expect(lo).toBeLessThan(0);
		expect(hi).toBeGreaterThanOrEqual(9);
		expect(hi).toBeLessThan(9 * 1.1);
	});
	it('cuts a cliff so the bowl keeps its shape', () => {
		// A bowl of depth ~1 on [-1, 1] and a wall up to 10⁶ on the last 5 % of the range.
		const values = sample(201, -1, 1, (x) => (x > 0.9 ? 1e6 * (x - 0.9) * 10 : x * x));
		const [, hi] = profileRange(values, 0, 1e6);
		expect(hi).toBeLessThan(10);
		expect(hi).toBeGreaterThan(0.8);
	});
	it('handles flat and empty curves', () => {
		expect(profileRange(new Float64Array([2, 2, 2]), 2, 2)).toEqual([1, 3]);
		expect(profileRange(new Float64Array([NaN]), NaN, NaN)).toEqual([-1, 1]);
	});
});

describe('curveAt', () => {
	it('interpolates linearly between samples, bounds included', () => {
		const values = new Float64Array([0, 10, 20, 40]);
		expect(curveAt(values, [0, 3], 0)).toBe(0);
		expect(curveAt(values, [0, 3], 2.5)).toBe(30);
		expect(curveAt(values, [0, 3], 3)).toBe(40);
		expect(curveAt(values, [0, 3], 9)).toBe(40);
		expect(curveAt(values, [0, 3], NaN)).toBeNaN();
	});
});
