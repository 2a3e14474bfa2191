import { describe, expect, it } from 'vitest';
import { gradcheck, gradcheckExpression, numericalGradient, relativeError } from './gradcheck';
import { parse } from './expression';

const cube = (x: Float64Array) => x[0] ** 3;

describe('gradcheck', () => {
	it('accepts a correct analytic gradient', () => {
		const f = (x: Float64Array) => Math.sin(x[0]) * x[1] + x[1] ** 2;
		const x = [0.7, -1.3];
		const analytic = [Math.cos(0.7) * -1.3, Math.sin(0.7) + 2 * -1.3];
		const r = gradcheck(f, analytic, x);
		expect(r.h).toBe(1e-5);
		expect(r.maxRelativeError).toBeLessThan(1e-8);
		expect(r.numerical[0]).toBeCloseTo(analytic[0], 8);
	});

	it('flags a wrong analytic gradient in the right coordinate', () => {
		const f = (x: Float64Array) => x[0] * x[1];
		const r = gradcheck(f, [2, 5], [2, 3]); // true gradient (3, 2)
		expect(r.relativeErrors[0]).toBeCloseTo(1 / 3, 6);
		expect(r.relativeErrors[1]).toBeCloseTo(3 / 5, 6);
		expect(r.maxRelativeError).toBeCloseTo(3 / 5, 6);
	});

	it('never passes a NaN gradient', () => {
		expect(gradcheck(cube, [NaN], [1]).maxRelativeError).toBeNaN();
	});

	it('h too large: truncation error (x³ by central differences is off by exactly h²)', () => {
		const r = gradcheck(cube, [3], [1], { h: 1 });
		expect(r.numerical[0]).toBeCloseTo(4, 12);
		expect(r.maxRelativeError).toBeCloseTo(0.25, 12);
	});

	it('h too small: round-off in f(x+h) − f(x−h) dominates', () => {
		const f = (x: Float64Array) => Math.exp(x[0]) * 1e3;
		const good = gradcheck(f, [1e3 * Math.E], [1]);
		const tiny = gradcheck(f, [1e3 * Math.E], [1], { h: 1e-14 });
		expect(good.maxRelativeError).toBeLessThan(1e-8);
		expect(tiny.maxRelativeError).toBeGreaterThan(1e-4);
	});

	it('uses a floor of 1e-8 so a true zero is judged by absolute error', () => {
		expect(relativeError(0, 1e-12)).toBeCloseTo(1e-4, 12);
		expect(relativeError(0, 0)).toBe(0);
		expect(relativeError(2, 1)).toBe(0.5);
	});

	it('rejects mismatched lengths and a bad h', () => {
		expect(() => gradcheck(cube, [1, 2], [1])).toThrow(/analytic has 2/);
		expect(() => numericalGradient(cube, [1], 0)).toThrow(/h must be/);
	});

	it('leaves x untouched', () => {
		const x = new Float64Array([1, 2]);
		gradcheck((v) => v[0] * v[1], [2, 1], x);
		expect([...x]).toEqual([1, 2]);
	});

	it('checks an Expression against its own values', () => {
		const r = gradcheckExpression(parse('x*y + sin(x) - exp(y/3)'), { x: 0.4, y: -1.1 });
		expect(r.maxRelativeError).toBeLessThan(1e-8);
		expect(r.analytic.length).toBe(2);
	});

	it('names a variable missing from the point', () => {
		expect(() => gradcheckExpression(parse('x*y'), { x: 1 })).toThrow(/"y"/);
	});
});
