import { describe, expect, it } from 'vitest';
import { requestGrid, type GridWorker } from './client';
import { GridCancelledError } from './compute-grid';
import type { GridJob } from './jobs';
import { createGridHandler, type GridRequest, type GridResponse } from './protocol';
import { bowl, mlpJob } from './test-jobs';

function fakeWorker() {
	const posted: { message: GridResponse; transfer?: ArrayBuffer[] }[] = [];
	const handle = createGridHandler((message, transfer) => posted.push({ message, transfer }));
	return { posted, handle };
}

describe('grid worker message handler', () => {
	it('answers compute with progress then done, transferring the values', async () => {
		const { posted, handle } = fakeWorker();
		await handle({ type: 'compute', id: 7, job: bowl });
		const done = posted.at(-1)!;
		expect(done.message).toMatchObject({ type: 'done', id: 7, max: 4 + 27 + 3 });
		if (done.message.type !== 'done') throw new Error('expected done');
		expect(done.message.values.length).toBe(81);
		expect(done.transfer).toEqual([done.message.values.buffer]);
		const progress = posted.filter((p) => p.message.type === 'progress').map((p) => p.message);
		expect(progress.length).toBeGreaterThan(0);
		expect(progress.at(-1)).toEqual({ type: 'progress', id: 7, fraction: 1 });
	});

	it('turns a bad job into an error message, never a throw', async () => {
		const { posted, handle } = fakeWorker();
		await handle({ type: 'compute', id: 1, job: { ...bowl, source: 'sin(' } });
		await handle({ type: 'compute', id: 2, job: { kind: 'nope' } as unknown as GridJob });
		await handle({ type: 'compute', id: 3, job: null as unknown as GridJob });
		await handle({ type: 'explode', id: 4 } as unknown as GridRequest);
		expect(posted.map((p) => [p.message.type, p.message.id])).toEqual([
			['error', 1],
			['error', 2],
			['error', 3],
			['error', 4]
		]);
		posted.forEach((p) =>
			expect((p.message as { message: string }).message.length).toBeGreaterThan(5)
		);
	});

	it('cancels a running computation and answers cancelled', async () => {
		const { posted, handle } = fakeWorker();
		const running = handle({ type: 'compute', id: 9, job: mlpJob(200) });
		await new Promise((r) => setTimeout(r, 5));
		await handle({ type: 'cancel', id: 9 });
		await running;
		expect(posted.at(-1)!.message).toEqual({ type: 'cancelled', id: 9 });
		expect(posted.some((p) => p.message.type === 'done')).toBe(false);
	});
});

/** A worker whose messages go through the real handler, asynchronously as with postMessage. */
function loopbackWorker(): GridWorker<GridRequest> & { requests: GridRequest[] } {
	const listeners = new Set<(e: { data: GridResponse }) => void>();
	const handle = createGridHandler((message) =>
		setTimeout(() => listeners.forEach((l) => l({ data: message })))
	);
	const requests: GridRequest[] = [];
	return {
		requests,
		postMessage: (m) => (requests.push(m), void setTimeout(() => handle(m))),
		addEventListener: (_t, l) => listeners.add(l),
		removeEventListener: (_t, l) => listeners.delete(l)
	};
}

describe('requestGrid', () => {
	it('resolves with the values and reports progress', async () => {
		const seen: number[] = [];
		const values = await requestGrid(loopbackWorker(), bowl, { onProgress: (f) => seen.push(f) });
		expect(values.length).toBe(81);
		expect(values[0]).toBeCloseTo(4 + 3 + 1, 12); // x = −2, y = −1, c = 0.5
		expect(seen.at(-1)).toBe(1);
	});

	it('rejects with the worker error message', async () => {
		await expect(requestGrid(loopbackWorker(), { ...bowl, n: 5000 })).rejects.toThrow(
			/n must be an integer/
		);
	});

	it('posts cancel and rejects when the signal aborts', async () => {
		const worker = loopbackWorker();
		const controller = new AbortController();
		const run = requestGrid(worker, mlpJob(200), { signal: controller.signal });
		setTimeout(() => controller.abort(), 5);
		await expect(run).rejects.toBeInstanceOf(GridCancelledError);
		expect(worker.requests.map((r) => r.type)).toEqual(['compute', 'cancel']);
	});
});
