import { describe, expect, it } from 'vitest';
import { forEachLimited } from './pool';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachLimited', () => {
	it('runs every item, never more than `limit` at once', async () => {
		let running = 0;
		let most = 0;
		const done: number[] = [];
		await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
			running++;
			most = Math.max(most, running);
			await tick();
			done.push(n);
			running--;
		});
		expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(most).toBe(3);
	});

	it('rejects with the first failure and starts nothing after it', async () => {
		const started: number[] = [];
		const run = forEachLimited([1, 2, 3, 4, 5], 1, async (n) => {
			started.push(n);
			if (n === 2) throw new Error('two failed');
		});
		await expect(run).rejects.toThrow('two failed');
		expect(started).toEqual([1, 2]);
	});

	it('does nothing for no items', async () => {
		let calls = 0;
		await forEachLimited([], 4, async () => {
			calls++;
		});
		expect(calls).toBe(0);
	});
});
