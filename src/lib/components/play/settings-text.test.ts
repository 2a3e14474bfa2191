import { describe, expect, it } from 'vitest';
import { settingText, parseLenient } from './settings-text';

describe('parseLenient', () => {
	it('reads the ways people type numbers', () => {
		expect(parseLenient('0.5')).toBe(0.5);
		expect(parseLenient('.5')).toBe(0.5);
		expect(parseLenient(' 2 ')).toBe(2);
		expect(parseLenient('-1e-3')).toBe(-0.001);
		expect(parseLenient('1E2')).toBe(100);
		expect(parseLenient('0,5')).toBe(0.5);
		expect(parseLenient('−0.25')).toBe(-0.25);
		expect(parseLenient('3.')).toBe(3);
	});
	it('refuses what is not a number', () => {
		for (const text of ['', 'abc', '0.1.2', '1e', 'Infinity', 'NaN', '1e999', '--1', '0x10'])
			expect(parseLenient(text), text).toBeNull();
	});
});

describe('settingText', () => {
	it('shows short exact values', () => {
		expect(settingText(0.1)).toBe('0.1');
		expect(settingText(0.1 + 0.2)).toBe('0.3');
		expect(settingText(1e-8)).toBe('1e-8');
		expect(settingText(2.5e-4)).toBe('2.5e-4');
		expect(settingText(0.999)).toBe('0.999');
		expect(settingText(250000)).toBe('2.5e5');
		expect(settingText(42)).toBe('42');
	});
	it('round-trips through parseLenient for values people pick', () => {
		for (const x of [0.001, 0.05, 0.9, 1.5, 1e-6, 3e-5, 100])
			expect(parseLenient(settingText(x))).toBe(x);
	});
});
