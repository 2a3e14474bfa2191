import { describe, expect, it } from 'vitest';
import { IdleClock } from './idle';

describe('IdleClock', () => {
	it('allows sleep only after the given number of quiet frames', () => {
		const clock = new IdleClock(3);
		expect([clock.frame(false), clock.frame(false), clock.frame(false)]).toEqual([
			false,
			false,
			true
		]);
	});
	it('stays awake while busy and after a poke', () => {
		const clock = new IdleClock(2);
		clock.frame(false);
		expect(clock.frame(true)).toBe(false);
		expect(clock.frame(false)).toBe(false);
		clock.poke();
		expect(clock.frame(false)).toBe(false);
		expect(clock.frame(false)).toBe(true);
	});
});
