// The loss-grid worker's message protocol and its handler, kept apart from the worker global so it
// can be tested with a fake `post`. The handler never throws: every failure becomes a message.

import { computeGrid, GridCancelledError } from './compute-grid';
import type { GridJob } from './jobs';

export type GridRequest =
	{ type: 'compute'; id: number; job: GridJob } | { type: 'cancel'; id: number };

export type GridResponse =
	| { type: 'progress'; id: number; fraction: number }
	| { type: 'done'; id: number; values: Float64Array; min: number; max: number }
	| { type: 'error'; id: number; message: string }
	| { type: 'cancelled'; id: number };

/** Posts a response; `transfer` lists buffers to move rather than copy. */
export type Post = (message: GridResponse, transfer?: ArrayBuffer[]) => void;

/** Smallest progress step worth a message, so a 1024-row grid does not flood the page. */
const PROGRESS_STEP = 0.01;

/** A request handler bound to `post`; resolves when the request has been answered. */
export function createGridHandler(post: Post): (request: GridRequest) => Promise<void> {
	const running = new Map<number, { aborted: boolean }>();

	async function compute(id: number, job: GridJob): Promise<void> {
		const signal = { aborted: false };
		running.set(id, signal);
		let reported = 0;
		const onProgress = (fraction: number) => {
			if (fraction < 1 && fraction - reported < PROGRESS_STEP) return;
			reported = fraction;
			post({ type: 'progress', id, fraction });
		};
		try {
			const { values, min, max } = await computeGrid(job, { onProgress, signal });
			post({ type: 'done', id, values, min, max }, [values.buffer as ArrayBuffer]);
		} catch (e) {
			if (e instanceof GridCancelledError) post({ type: 'cancelled', id });
			else post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
		} finally {
			running.delete(id);
		}
	}

	return async (request) => {
		const id = typeof request?.id === 'number' ? request.id : -1;
		if (request?.type === 'compute') return compute(id, request.job);
		if (request?.type === 'cancel') {
			const signal = running.get(id);
			if (signal) signal.aborted = true;
			return;
		}
		post({
			type: 'error',
			id,
			message: `Unknown message type "${String((request as { type?: unknown })?.type)}"`
		});
	};
}
