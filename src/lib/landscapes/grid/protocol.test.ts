// The landscape worker protocol, with the worker replaced by its handler and a fake `post`.
import { describe, expect, it } from 'vitest';
import type { GridResponse } from '../../engine';
import * as landscapes from '../index';
import { requestLandscapeGrid, type LandscapeWorker } from './client';
import { gridFor } from './grid-for';
import { createLandscapeGridHandler, refFor, type LandscapeGridRequest } from './protocol';

function harness() {
	const messages: GridResponse[] = [];
	const handle = createLandscapeGridHandler((m) => messages.push(m), landscapes.get);
	return { messages, handle };
}

/** An in-process stand-in for the worker: the same handler, messages delivered asynchronously. */
function fakeWorker(): LandscapeWorker {
	const listeners = new Set<(event: { data: GridResponse }) => void>();
	const handle = createLandscapeGridHandler(
		(data) => queueMicrotask(() => listeners.forEach((l) => l({ data }))),
		landscapes.get
	);
	return {
		postMessage: (message: LandscapeGridRequest) => void handle(message),
		addEventListener: (_type, listener) => listeners.add(listener),
		removeEventListener: (_type, listener) => listeners.delete(listener)
	};
}

describe('landscape grid worker', () => {
	it('rebuilds a model landscape from its id and version and answers with its grid', async () => {
		const { messages, handle } = harness();
		await handle({ type: 'compute', id: 7, landscape: { id: 'xor-tanh', version: 1 }, n: 8 });
		const done = messages.at(-1)!;
		expect(done.type).toBe('done');
		const expected = await gridFor(landscapes.get('xor-tanh'), 8);
		if (done.type === 'done') expect(Array.from(done.values)).toEqual(Array.from(expected.values));
	});

	it('names a wrong version, an unknown id and a bad formula in its error', async () => {
		const { messages, handle } = harness();
		await handle({ type: 'compute', id: 1, landscape: { id: 'ravine', version: 9 }, n: 8 });
		await handle({ type: 'compute', id: 2, landscape: { id: 'nowhere', version: 1 }, n: 8 });
		await handle({
			type: 'compute',
			id: 3,
			landscape: { formula: 'x +', bounds: { x: [0, 1] } },
			n: 8
		});
		await handle({ type: 'compute', id: 4, landscape: { id: 'ravine', version: 1 }, n: 1 });
		const errors = messages.map((m) => (m.type === 'error' ? `${m.id}: ${m.message}` : m.type));
		expect(errors[0]).toMatch(/^1: Landscape "ravine" is version 1 here, but version 9/);
		expect(errors[1]).toMatch(/^2: Unknown landscape "nowhere"/);
		expect(errors[2]).toMatch(/^3: /);
		expect(errors[3]).toMatch(/^4: n must be an integer/);
	});

	it('serves requestLandscapeGrid with rows and columns, for registered and typed landscapes', async () => {
		const worker = fakeWorker();
		const progress: number[] = [];
		const ravine = landscapes.get('ravine');
		const grid = await requestLandscapeGrid(worker, refFor(ravine), 10, {
			onProgress: (f) => progress.push(f)
		});
		expect([grid.rows, grid.cols]).toEqual([10, 10]);
		expect(progress.at(-1)).toBe(1);
		expect(Array.from(grid.values)).toEqual(Array.from((await gridFor(ravine, 10)).values));
		const typed = landscapes.fromFormula('(w - 1)^2', { w: [0, 2] });
		expect(refFor(typed)).toEqual({ formula: '(w - 1)^2', bounds: { w: [0, 2] } });
		const curve = await requestLandscapeGrid(worker, refFor(typed), 3);
		expect([curve.rows, Array.from(curve.values)]).toEqual([1, [1, 0, 1]]);
	});

	it('rejects with the worker’s message and stops on abort', async () => {
		const worker = fakeWorker();
		await expect(requestLandscapeGrid(worker, { id: 'ravine', version: 2 }, 8)).rejects.toThrow(
			/version 2 was asked for/
		);
		const controller = new AbortController();
		const pending = requestLandscapeGrid(worker, refFor(landscapes.get('spirals-tanh')), 64, {
			signal: controller.signal
		});
		controller.abort();
		await expect(pending).rejects.toThrow(/cancelled/);
	});
});
