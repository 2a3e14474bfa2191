// Page-side helper: ask a grid worker for one grid and get a promise, with progress and abort.
// `requestGridResponse` is protocol-generic (any compute payload answered by GridResponse
// messages), so the landscapes' worker uses it too; `requestGrid` is the engine's own job form.

import { GridCancelledError } from './compute-grid';
import type { GridJob } from './jobs';
import type { GridResponse } from './protocol';

/** The part of a worker's MessageEvent that is used. */
export interface GridMessageEvent {
	data: GridResponse;
}

/** What the request helpers need from a Worker (a real Worker satisfies it). */
export interface GridWorker<Request = unknown> {
	postMessage(message: Request): void;
	addEventListener(type: 'message', listener: (event: GridMessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: GridMessageEvent) => void): void;
}

/** An AbortSignal, or anything shaped like one. */
export interface AbortLike {
	readonly aborted: boolean;
	addEventListener(type: 'abort', listener: () => void): void;
	removeEventListener(type: 'abort', listener: () => void): void;
}

export interface RequestOptions {
	onProgress?: (fraction: number) => void;
	signal?: AbortLike;
}

export type GridDone = Extract<GridResponse, { type: 'done' }>;

let nextId = 1;

/**
 * Posts `{ type: 'compute', id, ...payload }`; resolves with the worker's `done` message, rejects
 * with its error or on abort (then a `cancel` goes to the worker).
 */
export function requestGridResponse<Payload extends object>(
	worker: GridWorker<object>,
	payload: Payload,
	{ onProgress, signal }: RequestOptions = {}
): Promise<GridDone> {
	const id = nextId++;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(new GridCancelledError());
		const finish = () => {
			worker.removeEventListener('message', onMessage);
			signal?.removeEventListener('abort', onAbort);
		};
		const onAbort = () => {
			finish();
			worker.postMessage({ type: 'cancel', id });
			reject(new GridCancelledError());
		};
		const onMessage = ({ data }: GridMessageEvent) => {
			if (data.id !== id) return;
			if (data.type === 'progress') return onProgress?.(data.fraction);
			finish();
			if (data.type === 'done') resolve(data);
			else if (data.type === 'error') reject(new Error(data.message));
			else reject(new GridCancelledError());
		};
		worker.addEventListener('message', onMessage);
		signal?.addEventListener('abort', onAbort);
		worker.postMessage({ type: 'compute', id, ...payload });
	});
}

/** Posts `job` to an engine grid worker; resolves with the grid values. */
export async function requestGrid(
	worker: GridWorker<object>,
	job: GridJob,
	options: RequestOptions = {}
): Promise<Float64Array> {
	return (await requestGridResponse(worker, { job }, options)).values;
}
