// Page-side helper: ask a grid worker for one grid and get a promise, with progress and abort.

import { GridCancelledError } from './compute-grid';
import type { GridJob } from './jobs';
import type { GridRequest, GridResponse } from './protocol';

/** The part of a worker's MessageEvent that is used. */
export interface GridMessageEvent {
	data: GridResponse;
}

/** What requestGrid needs from a Worker (a real Worker satisfies it). */
export interface GridWorker {
	postMessage(message: GridRequest): void;
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

let nextId = 1;

/** Posts `job` to `worker`; resolves with the grid values, rejects with the worker's error or on abort. */
export function requestGrid(
	worker: GridWorker,
	job: GridJob,
	options: RequestOptions = {}
): Promise<Float64Array> {
	const id = nextId++;
	const { onProgress, signal } = options;
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
			if (data.type === 'done') resolve(data.values);
			else if (data.type === 'error') reject(new Error(data.message));
			else reject(new GridCancelledError());
		};
		worker.addEventListener('message', onMessage);
		signal?.addEventListener('abort', onAbort);
		worker.postMessage({ type: 'compute', id, job });
	});
}
