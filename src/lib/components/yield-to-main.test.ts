import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToMain } from './yield-to-main';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('yieldToMain', () => {
	it('resumes in a later task: a timer queued before it runs first, a microtask does not wait', async () => {
		const order: string[] = [];
		setTimeout(() => order.push('earlier timer'), 0);
		const resumed = yieldToMain().then(() => order.push('resumed'));
		queueMicrotask(() => order.push('microtask'));
		await resumed;
		expect(order).toEqual(['microtask', 'earlier timer', 'resumed']);
	});

	it('uses scheduler.yield where the browser has it', async () => {
		const schedulerYield = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: schedulerYield });
		await yieldToMain();
		expect(schedulerYield).toHaveBeenCalledTimes(1);
	});
});
