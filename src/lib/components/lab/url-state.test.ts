import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMULA } from './lab-model';
import { readLabState, writeLabState } from './url-state';

describe('lab URL state', () => {
	it('round-trips a formula, a point and a range', () => {
		const state = {
			formula: 'x^2 + 3*y',
			point: { x: -1.5, y: 0.25 },
			range: [-2, 3] as [number, number]
		};
		expect(readLabState(new URLSearchParams(writeLabState(state)))).toEqual(state);
	});

	it('falls back to defaults on malformed input and ignores junk', () => {
		const state = readLabState(new URLSearchParams('at=x:abc,2y:1,z:3,w&r=5,1'));
		expect(state.formula).toBe(DEFAULT_FORMULA);
		expect(state.point).toEqual({ z: 3 });
		expect(state.range).toEqual([-5, 5]);
	});
});
