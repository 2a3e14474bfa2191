import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, niceStep, ticks } from './format';

describe('ticks', () => {
	it('steps by 1, 2 or 5 × 10^k', () => {
		expect(niceStep(10, 5)).toBe(2);
		expect(niceStep(1, 4)).toBe(0.2);
		expect(niceStep(700, 5)).toBe(100);
		expect(ticks(-3, 3, 6)).toEqual({ values: [-3, -2, -1, 0, 1, 2, 3], step: 1 });
		expect(ticks(0.1, 0.35, 5).values).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
		expect(ticks(1, 1, 5).values).toEqual([]);
	});
});

describe('formatNumber', () => {
	it('writes the decimals a step needs, with a true minus sign', () => {
		expect(decimalsOf(0.25)).toBe(2);
		expect(formatNumber(-1.5, 0.5)).toBe('\u22121.5');
		expect(formatNumber(2, 0.25)).toBe('2.00');
		expect(formatNumber(30, 10)).toBe('30');
		expect(formatNumber(0.0005, 0.0005)).toBe('5e\u22124');
		expect(formatNumber(250000, 50000)).toBe('2.5e5');
		expect(formatNumber(1234.5678)).toBe('1230');
		expect(formatNumber(Infinity)).toBe('∞');
	});
});
