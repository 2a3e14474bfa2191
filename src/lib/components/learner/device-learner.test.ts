// Who a page acts for: the server's word when the page came from the server; on the service
// worker's anonymous copy (opened offline), the learner the server last named on this device.
import { describe, expect, it } from 'vitest';
import { actingLearner, isServersWord } from './device-learner.svelte';

describe('the learner a page acts for', () => {
	it('is the one the server named, whatever the device remembers', () => {
		expect(actingLearner(7, false, 3)).toBe(7);
		expect(actingLearner(7, true, 3)).toBe(7);
		expect(isServersWord(7, true)).toBe(true);
	});

	it('is nobody when the server said nobody, even if the device remembers someone', () => {
		expect(actingLearner(null, false, 3)).toBeNull();
		// That is the server's word: the device forgets the learner it remembered.
		expect(isServersWord(null, false)).toBe(true);
	});

	it('on the anonymous copy is the learner the server last named here, and that is no news', () => {
		expect(actingLearner(null, true, 3)).toBe(3);
		expect(actingLearner(null, true, null)).toBeNull();
		expect(isServersWord(null, true)).toBe(false);
	});
});
