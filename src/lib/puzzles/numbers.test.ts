import { describe, expect, it } from 'vitest';
import { accepts, readNumber, show } from './numbers';

describe('readNumber', () => {
	it.each([
		['0.5', 0.5],
		['.5', 0.5],
		['-.5', -0.5],
		['-1e-3', -0.001],
		['2E3', 2000],
		['−4', -4],
		['-1/4', -0.25],
		['3 / 8', 0.375],
		['−1/−4', 0.25],
		['1,5', 1.5],
		['  7  ', 7],
		['+2', 2]
	])('reads %s', (text, value) => expect(readNumber(text)).toBeCloseTo(value, 15));

	it.each([
		'',
		' ',
		'abc',
		'1/0',
		'1/',
		'/2',
		'1.2.3',
		'--1',
		'1e',
		'Infinity',
		'NaN',
		'0x10',
		'1,234,5'
	])('refuses %j', (text) => expect(readNumber(text)).toBeUndefined());
});

describe('accepts', () => {
	it('takes an answer rounded to two decimals', () => {
		expect(accepts(-0.2, -0.1966119)).toBe(true);
		expect(accepts(0.39, 0.3932239)).toBe(true);
		expect(accepts(0.73, 0.7310586)).toBe(true);
	});
	it('refuses an answer off in the second decimal', () => {
		expect(accepts(0.38, 0.3932239)).toBe(false);
		expect(accepts(-4.01, -4)).toBe(false);
		expect(accepts(4, -4)).toBe(false);
	});
	it('is relative for large numbers', () => {
		expect(accepts(1411.8, 1411.83)).toBe(true);
		expect(accepts(1400, 1411.83)).toBe(false);
	});
});

describe('show', () => {
	it('writes short numbers with a real minus sign', () => {
		expect(show(-0.19661193)).toBe('−0.1966');
		expect(show(12)).toBe('12');
		expect(show(0)).toBe('0');
	});
});
