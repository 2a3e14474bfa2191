import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatSetting, formatTex, settingTex, superscript } from './format';

describe('play number format', () => {
	it('writes ordinary magnitudes as plain decimals with three significant digits', () => {
		expect(formatNumber(1.2)).toBe('1.20');
		expect(formatNumber(-3.4)).toBe('−3.40');
		expect(formatNumber(0.86)).toBe('0.860');
		expect(formatNumber(0.00123)).toBe('0.00123');
		expect(formatNumber(123.456)).toBe('123');
		expect(formatNumber(2 / 3, 5)).toBe('0.66667');
	});

	it('keeps every digit of a whole number larger than the precision, up to a million', () => {
		expect(formatNumber(12345.6)).toBe('12346');
		expect(formatNumber(999.7)).toBe('1000');
		expect(formatNumber(999999.7)).toBe('1.00 × 10⁶');
	});

	it('switches to a × 10^k for tiny and huge numbers', () => {
		expect(formatNumber(1.234e-5)).toBe('1.23 × 10⁻⁵');
		expect(formatNumber(-2.5e7)).toBe('−2.50 × 10⁷');
		expect(formatNumber(0.00099996)).toBe('1.00 × 10⁻³');
		expect(formatTex(-1.234e-5)).toBe('-1.23 \\times 10^{-5}');
		expect(formatTex(3e12)).toBe('3.00 \\times 10^{12}');
	});

	it('names zero, infinities and NaN', () => {
		expect(formatNumber(0)).toBe('0');
		expect(formatNumber(-0)).toBe('0');
		expect(formatNumber(Infinity)).toBe('∞');
		expect(formatNumber(-Infinity)).toBe('−∞');
		expect(formatNumber(NaN)).toBe('NaN');
		expect(formatTex(-Infinity)).toBe('-\\infty');
		expect(formatTex(NaN)).toBe('\\mathrm{NaN}');
	});

	it('prints settings as typed, without trailing zeros, and a bare power of ten', () => {
		expect(formatSetting(0.1)).toBe('0.1');
		expect(formatSetting(1 - 0.99)).toBe('0.01');
		expect(formatSetting(1 - 0.999)).toBe('0.001');
		expect(formatSetting(0.08345237)).toBe('0.08345');
		expect(formatSetting(1e-8)).toBe('10⁻⁸');
		expect(settingTex(1e-10)).toBe('10^{-10}');
		expect(settingTex(2.5e-4)).toBe('2.5 \\times 10^{-4}');
		expect(settingTex(1)).toBe('1');
	});

	it('writes superscript exponents', () => {
		expect(superscript(-12)).toBe('⁻¹²');
		expect(superscript(305)).toBe('³⁰⁵');
	});

	it('produces TeX that KaTeX accepts', () => {
		for (const x of [0, -1.5, 1e-9, -4e20, Infinity, -Infinity, NaN]) {
			expect(() =>
				katex.renderToString(formatTex(x), { throwOnError: true, strict: 'error' })
			).not.toThrow();
		}
	});
});
