import { describe, expect, it } from 'vitest';
import { MAX_SEED, randomSeed, readSeed } from './seed-param';

describe('readSeed', () => {
	it('reads whole numbers from 0 to 2³² − 1', () => {
		expect(readSeed(null)).toEqual({ seed: 0, problem: null, given: null });
		expect(readSeed('')).toEqual({ seed: 0, problem: null, given: null });
		expect(readSeed('42').seed).toBe(42);
		expect(readSeed(' +7 ').seed).toBe(7);
		expect(readSeed('4294967295')).toEqual({ seed: 4294967295, problem: null, given: null });
	});

	it('refuses anything else with a reason, falling back to seed 0', () => {
		for (const bad of ['-1', '1.5', 'abc', '1e3', '0x10', '١٢'])
			expect(readSeed(bad)).toEqual({ seed: 0, problem: 'not-integer', given: bad });
		expect(readSeed('4294967296')).toEqual({ seed: 0, problem: 'too-large', given: '4294967296' });
		expect(readSeed('99999999999999999999999').problem).toBe('too-large');
	});
});

describe('randomSeed', () => {
	it('covers the whole uint32 range and nothing outside it', () => {
		expect(randomSeed(() => 0)).toBe(0);
		expect(randomSeed(() => 1 - 2 ** -53)).toBe(MAX_SEED);
		expect(Number.isInteger(randomSeed(() => 0.123456789))).toBe(true);
	});
});
