// Page-side helper for the landscape worker: one grid per call, as a promise, with progress and
// abort (the same shape as the engine's requestGrid, for the landscape protocol).
import { GridCancelledError, type AbortLike, type GridResult } from '../../engine';
import type { LandscapeGridRequest, LandscapeGridResponse, LandscapeRef } from './protocol';

/** What requestLandscapeGrid needs from a Worker (a real Worker satisfies it). */
export interface LandscapeWorker {
	postMessage(message: LandscapeGridRequest): void;
	addEventListener(
		type: 'message',
		listener: (event: { data: LandscapeGridResponse }) => void
	): void;
	removeEventListener(
		type: 'message',
		listener: (event: { data: LandscapeGridResponse }) => void
	): void;
}

export interface LandscapeRequestOptions {
	onProgress?: (fraction: number) => void;
	signal?: AbortLike;
}

let nextId = 1;

/** Asks `worker` for the n-resolution grid of the landscape `ref` names. */
export function requestLandscapeGrid(
	worker: LandscapeWorker,
	ref: LandscapeRef,
	n: number,
	{ onProgress, signal }: LandscapeRequestOptions = {}
): Promise<GridResult> {
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
		const onMessage = ({ data }: { data: LandscapeGridResponse }) => {
			if (data.id !== id) return;
			if (data.type === 'progress') return onProgress?.(data.fraction);
			finish();
			if (data.type === 'done') {
				const { values, min, max } = data;
				resolve({ values, rows: values.length / n, cols: n, min, max });
			} else if (data.type === 'error') reject(new Error(data.message));
			else reject(new GridCancelledError());
		};
		worker.addEventListener('message', onMessage);
		signal?.addEventListener('abort', onAbort);
		worker.postMessage({ type: 'compute', id, landscape: ref, n });
	});
}
