import { describe, expect, it } from 'vitest';
import {
	ARROW_MAX_PX,
	ARROW_MIN_PX,
	arrowHead,
	arrowPixels,
	dashes,
	downhillOnScreen,
	typicalSlope
} from './arrows';

describe('arrowPixels', () => {
	it('grows monotonically with the norm and stays within its clamps', () => {
		let previous = 0;
		for (let e = -8; e <= 8; e += 0.25) {
			const px = arrowPixels(10 ** e, 1);
			expect(px).toBeGreaterThanOrEqual(previous);
			expect(px).toBeGreaterThanOrEqual(ARROW_MIN_PX);
			expect(px).toBeLessThanOrEqual(ARROW_MAX_PX);
			previous = px;
		}
		expect(arrowPixels(1e-8, 1)).toBe(ARROW_MIN_PX);
		expect(arrowPixels(1e8, 1)).toBe(ARROW_MAX_PX);
	});
	it('adds the same length per factor of ten (a log scale) between the clamps', () => {
		const a = arrowPixels(1, 1);
		const b = arrowPixels(10, 1);
		const c = arrowPixels(0.1, 1);
		expect(b - a).toBeCloseTo(a - c, 9);
		expect(b - a).toBeGreaterThan(0);
		// Relative to the typical slope: norm 30 on a slope-30 terrain is the base length.
		expect(arrowPixels(30, 30)).toBeCloseTo(a, 9);
	});
	it('draws nothing for a zero or undefined gradient, the longest arrow for an infinite one', () => {
		expect(arrowPixels(0, 1)).toBe(0);
		expect(arrowPixels(NaN, 1)).toBe(0);
		expect(arrowPixels(Infinity, 1)).toBe(ARROW_MAX_PX);
	});
	it('takes the typical slope as range over diagonal', () => {
		expect(
			typicalSlope(0, 50, [
				[0, 3],
				[0, 4]
			])
		).toBe(10);
		expect(typicalSlope(1, 1, [[0, 1]])).toBe(1);
	});
});

describe('arrowHead', () => {
	it('puts the tip at the end and the base across the shaft', () => {
		const head = arrowHead(0, 0, 10, 0, 4);
		expect(head.slice(0, 2)).toEqual([10, 0]);
		expect(head[2]).toBeCloseTo(6, 12);
		expect(head[4]).toBeCloseTo(6, 12);
		expect(head[3]).toBeCloseTo(-head[5], 12);
		expect(arrowHead(1, 1, 1, 1, 4)).toEqual([]);
	});
});

describe('dashes', () => {
	it('cuts a straight line into on/off pieces of the given lengths', () => {
		// Length 10, dashes of 3 and gaps of 2: dashes over 0–3 and 5–8, then 10 starts a new one.
		const d = dashes([0, 0, 10, 0], 3, 2);
		expect(d.map((s) => [s[0], s[s.length - 2]])).toEqual([
			[0, 3],
			[5, 8]
		]);
	});
	it('follows corners', () => {
		const d = dashes([0, 0, 2, 0, 2, 2], 3, 10);
		expect(d[0]).toEqual([0, 0, 2, 0, 2, 1]);
	});
});

describe('downhillOnScreen', () => {
	it('points against the gradient on a map, with y flipped on screen', () => {
		const [x, y] = downhillOnScreen([3, 4], 10, 10)!;
		expect(x).toBeCloseTo(-0.6, 12);
		expect(y).toBeCloseTo(0.8, 12); // −∂f/∂y < 0 means down the map, which is +y on screen
	});
	it('runs down the tangent of a profile', () => {
		// Slope 1 at a point: downhill is (−1, −1) in (x, loss), i.e. left and down on screen.
		const [x, y] = downhillOnScreen([1], 100, 100)!;
		expect(x).toBeCloseTo(-Math.SQRT1_2, 12);
		expect(y).toBeCloseTo(Math.SQRT1_2, 12);
		expect(downhillOnScreen([0, 0], 1, 1)).toBeNull();
	});
});
