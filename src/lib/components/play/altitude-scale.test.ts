import { describe, expect, it } from 'vitest';
import {
	altitude,
	contrastRatio,
	linearAxis,
	linePath,
	logAvailable,
	logAxis,
	outlineFor,
	profileFrame,
	stepAxis
} from './altitude-scale';

/** Ticks are round when they are whole multiples of a 1, 2 or 5 × 10ᵏ spacing. */
function roundTicks(ticks: number[]): boolean {
	const step = ticks[1] - ticks[0];
	const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
	const nice = [1, 2, 5].some((d) => Math.abs(mantissa - d) < 1e-9);
	const multiples = ticks.every((t) => Math.abs(t / step - Math.round(t / step)) < 1e-6);
	const even = ticks.every((t, i) => i === 0 || Math.abs(t - ticks[i - 1] - step) < step * 1e-6);
	return nice && multiples && even;
}

describe('altitude profile scales', () => {
	it('puts round, evenly spaced linear ticks that cover the range', () => {
		expect(linearAxis(0.3, 9.7)).toEqual({ min: 0, max: 10, ticks: [0, 2, 4, 6, 8, 10] });
		const small = linearAxis(-0.013, 0.047);
		expect(small.ticks).toEqual([-0.02, 0, 0.02, 0.04, 0.06]);
		expect(Object.is(small.ticks[1], 0)).toBe(true); // no −0 label
		for (const [lo, hi] of [
			[3.7, 1234],
			[0.0012, 0.0019],
			[-50, -3]
		]) {
			const axis = linearAxis(lo, hi);
			expect(axis.min).toBeLessThanOrEqual(lo);
			expect(axis.max).toBeGreaterThanOrEqual(hi);
			expect(roundTicks(axis.ticks)).toBe(true);
			expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
			expect(axis.ticks.length).toBeLessThanOrEqual(11);
		}
	});

	it('widens a flat range around its value', () => {
		const axis = linearAxis(5, 5);
		expect(axis.min).toBeLessThan(5);
		expect(axis.max).toBeGreaterThan(5);
	});

	it('puts log ticks at whole powers of ten, thinned over many decades', () => {
		expect(logAxis(-2.3, 1.2)).toEqual({ min: -3, max: 2, ticks: [-3, -2, -1, 0, 1, 2] });
		expect(logAxis(0.2, 0.4)).toEqual({ min: 0, max: 1, ticks: [0, 1] });
		expect(logAxis(-15, 3)).toEqual({ min: -15, max: 3, ticks: [-15, -12, -9, -6, -3, 0, 3] });
	});

	it('counts steps in whole numbers from 0', () => {
		expect(stepAxis(3).ticks).toEqual([0, 1, 2, 3]);
		expect(stepAxis(37)).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40] });
		expect(stepAxis(0).max).toBe(1);
	});

	it('offers log scale with a known floor, or when every loss is above zero', () => {
		expect(logAvailable([[3, 1, 0.5, Infinity]])).toBe(true);
		expect(
			logAvailable([
				[3, 1],
				[2, 0]
			])
		).toBe(false);
		expect(logAvailable([[3, -1]], -2)).toBe(true);
		expect(altitude(1.001, true, 1)).toBeCloseTo(-3, 9);
		expect(altitude(1, true, 1)).toBe(-Infinity);
		expect(altitude(NaN, false, 0)).toBeNaN();
	});

	it('frames log10(loss − floor), keeping at most 15 decades', () => {
		const frame = profileFrame([[101, 11, 1.1, 1 + 1e-30]], { log: true, floor: 1 });
		expect(frame.log).toBe(true);
		expect(frame.y.max).toBe(2);
		expect(frame.y.min).toBeGreaterThanOrEqual(-15);
		const refused = profileFrame([[4, 0, -1]], { log: true });
		expect(refused.log).toBe(false);
		expect(refused.y.min).toBeLessThanOrEqual(-1);
	});

	it('includes the goal line and the step budget in the frame', () => {
		const frame = profileFrame([[8, 6, 5]], { log: false, goal: 0.5, steps: 20 });
		expect(frame.y.min).toBeLessThanOrEqual(0.5);
		expect(frame.y.max).toBeGreaterThanOrEqual(8);
		expect(frame.x.max).toBe(20);
	});

	it('draws a diverged run up to the top edge and marks the break', () => {
		const losses = [4, 2, Infinity];
		const box = { left: 10, top: 5, width: 100, height: 50 };
		const frame = profileFrame([losses], { log: false, steps: 2 });
		expect(frame.x.max).toBe(2);
		const { d, breaks } = linePath(losses, frame, box);
		const y4 = 5 + (1 - (4 - frame.y.min) / (frame.y.max - frame.y.min)) * 50;
		expect(d).toBe(
			`M10 ${Math.round(y4 * 10) / 10}L60 ${Math.round((5 + (1 - (2 - frame.y.min) / (frame.y.max - frame.y.min)) * 50) * 10) / 10}L110 5`
		);
		expect(breaks).toEqual([{ x: 110, y: 5 }]);
		const resumed = linePath([1, NaN, 1], frame, box);
		expect(resumed.d.match(/M/g)).toHaveLength(2); // the line does not bridge the gap
	});

	it('measures WCAG contrast and outlines colours that would fade into a background', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 9);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(outlineFor('#ffd700')).toEqual({ light: '#1c2320', dark: null }); // gold: pale on white
		expect(outlineFor('#0000ff')).toEqual({ light: null, dark: '#e6ece9' }); // blue: dark on dark
		expect(outlineFor('#d55e00')).toEqual({ light: null, dark: null }); // vermilion: fine on both
	});
});
