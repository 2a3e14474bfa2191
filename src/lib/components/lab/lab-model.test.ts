import { describe, expect, it } from 'vitest';
import { formatNumber, matrixTex, parseFormula, readAt } from './lab-model';

describe('formula lab model', () => {
	it('reports a typo with the engine’s position', () => {
		const parsed = parseFormula('x^2 + 3y');
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.position).toBe(7);
			expect(parsed.message).toMatch(/\*/);
		}
	});

	it('reads the CURRICULUM minimum of 2x² + 3y² − xy: Hessian [[4, −1], [−1, 6]], eigenvalues 5 ± √2', () => {
		const parsed = parseFormula('2*x^2 + 3*y^2 - x*y');
		if (!parsed.ok) throw new Error(parsed.message);
		const reading = readAt(parsed.expr, { x: 0, y: 0 });
		expect(reading.value).toBe(0);
		expect(reading.stationary).toBe(true);
		expect(reading.hessian).toEqual([
			[4, -1],
			[-1, 6]
		]);
		expect(reading.eigenvalues[0]).toBeCloseTo(5 - Math.SQRT2, 12);
		expect(reading.eigenvalues[1]).toBeCloseTo(5 + Math.SQRT2, 12);
		expect(reading.signature).toBe('minimum');
	});

	it('tells a saddle, a maximum and a point that is not stationary apart', () => {
		const saddle = parseFormula('x^2 - y^2');
		const peak = parseFormula('-(x^2) - y^2');
		if (!saddle.ok || !peak.ok) throw new Error('parse');
		expect(readAt(saddle.expr, { x: 0, y: 0 }).signature).toBe('saddle');
		expect(readAt(peak.expr, { x: 0, y: 0 }).signature).toBe('maximum');
		const slope = readAt(saddle.expr, { x: 1, y: 0 });
		expect(slope.stationary).toBe(false);
		expect(slope.gradient.x).toBe(2);
		expect(Math.abs(slope.gradient.y)).toBe(0);
	});

	it('formats numbers for people, IEEE specials included', () => {
		expect(formatNumber(-12)).toBe('−12');
		expect(formatNumber(0.19661193324148185)).toBe('0.19661');
		expect(formatNumber(1e-7)).toBe('1.0000e−7');
		expect(formatNumber(-Infinity)).toBe('−∞');
		expect(formatNumber(NaN)).toBe('NaN');
		expect(
			matrixTex([
				[8, -1],
				[-1, 4]
			])
		).toBe('\\begin{pmatrix} 8 & -1 \\\\ -1 & 4 \\end{pmatrix}');
	});
});
