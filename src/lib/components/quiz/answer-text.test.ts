// How a right answer is written in the feedback: whole numbers in full, others to 4 digits.
import { describe, expect, it } from 'vitest';
import { inOrder, numberText } from './answer-text';

describe('numberText', () => {
	it('writes whole numbers in full, however large, with a real minus sign', () => {
		expect(numberText({ answer: 196 })).toBe('196');
		expect(numberText({ answer: 123456 })).toBe('123456');
		expect(numberText({ answer: -3 })).toBe('−3');
	});

	it('writes other numbers to four significant digits', () => {
		expect(numberText({ answer: 0.19661193324148185 })).toBe('0.1966');
		expect(numberText({ answer: -0.5898358 })).toBe('−0.5898');
		expect(numberText({ answer: 2.5e-7 })).toBe('2.5e−7');
	});
});

describe('inOrder', () => {
	const items = ['a', 'b', 'c'].map((id) => ({ id, text: { en: id, ko: id } }));
	it('puts the choices in the order of the ids, skipping unknown ids', () => {
		expect(inOrder(items, ['c', 'a', 'x', 'b']).map((c) => c.id)).toEqual(['c', 'a', 'b']);
	});
});
