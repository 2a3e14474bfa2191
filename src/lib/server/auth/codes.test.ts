import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as codes from './codes';
import { WORDS } from './words';

describe('class join codes', () => {
	const alphabet = new Set(codes.JOIN_CODE_ALPHABET);

	it('carry at least 20 bits: length × log2(distinct symbols)', () => {
		const bits = codes.JOIN_CODE_LENGTH * Math.log2(alphabet.size);
		expect(alphabet.size).toBe(codes.JOIN_CODE_ALPHABET.length);
		expect(bits).toBeGreaterThanOrEqual(20);
		expect(bits).toBeCloseTo(40, 6);
		for (const confusable of 'ILOU') expect(alphabet.has(confusable)).toBe(false);
	});

	it('use every symbol about equally often (no modulo bias)', () => {
		const counts = new Map<string, number>();
		const n = 4000;
		for (let i = 0; i < n; i++) {
			const code = codes.newJoinCode();
			expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
			for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
		}
		const expected = (n * codes.JOIN_CODE_LENGTH) / alphabet.size; // 1000
		// Pearson's chi-squared with 31 degrees of freedom: 84.2 is its 10⁻⁶ upper tail (Wilson–Hilferty),
		// so a fair generator fails once in a million runs, while a biased one lands far beyond it.
		let chi2 = 0;
		for (const c of alphabet) chi2 += ((counts.get(c) ?? 0) - expected) ** 2 / expected;
		expect(counts.size).toBe(alphabet.size);
		expect(chi2).toBeLessThan(84.2);
	});

	it('are read leniently: case, spaces, dashes, full-width and look-alike letters', () => {
		expect(codes.formatJoinCode('7KQ2M9XA')).toBe('7KQ2-M9XA');
		const meant = '7K02M91V';
		for (const typed of [
			'7K02-M91V',
			'7k02 m91v',
			' 7ko2–m9iu ',
			'７Ｋ０２－Ｍ９１Ｖ',
			'7KO2M9LV'
		]) {
			expect(codes.normaliseJoinCode(typed)).toBe(meant);
		}
		for (const bad of ['7K02-M91', '7K02-M91V2', '7K02-M9!V', '', 12345678, null]) {
			expect(codes.normaliseJoinCode(bad)).toBeUndefined();
		}
	});

	it('expire 14 days after they are made or renewed', () => {
		const now = new Date('2025-03-03T09:00:00Z');
		expect(codes.joinCodeExpiry(now).toISOString()).toBe('2025-03-17T09:00:00.000Z');
	});
});

describe('learner sign-in codes', () => {
	it('are four different words with at least 40 bits: log2(n(n−1)(n−2)(n−3))', () => {
		const n = new Set(WORDS).size;
		const bits = Math.log2(n) + Math.log2(n - 1) + Math.log2(n - 2) + Math.log2(n - 3);
		expect(bits).toBeGreaterThanOrEqual(40);
		const code = codes.newSignInCode();
		const words = code.split('-');
		expect(words).toHaveLength(4);
		expect(new Set(words).size).toBe(4);
		for (const w of words) expect(WORDS).toContain(w);
	});

	it('do not repeat in 20 000 draws (expected repeats at 43 bits: about 0.00003)', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 20_000; i++) seen.add(codes.newSignInCode());
		expect(seen.size).toBe(20_000);
	});

	it('are read in any case and with any separators, but only as four known words', () => {
		const [a, b, c, d] = WORDS.slice(100, 104);
		const code = `${a}-${b}-${c}-${d}`;
		for (const typed of [code, `${a.toUpperCase()} ${b}  ${c} ${d}`, ` ${a}, ${b}. ${c}; ${d} `]) {
			expect(codes.normaliseSignInCode(typed)).toBe(code);
		}
		for (const bad of [
			`${a}-${b}-${c}`,
			`${a}-${b}-${c}-${d}-${a}`,
			`${a}-${b}-${c}-zzzq`,
			'',
			7
		]) {
			expect(codes.normaliseSignInCode(bad)).toBeUndefined();
		}
	});

	it('are stored as a SHA-256 that differs for every code and never contains it', () => {
		const code = codes.newSignInCode();
		const hash = codes.hashSignInCode(code);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hash).not.toContain(code.split('-')[0]);
		expect(hash).not.toBe(createHash('sha256').update(code).digest('hex')); // domain-separated
		expect(codes.hashSignInCode(code)).toBe(hash);
		expect(codes.hashSignInCode(codes.newSignInCode())).not.toBe(hash);
	});
});
