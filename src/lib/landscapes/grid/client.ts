// Page-side helper for the landscape worker: one grid per call, as a promise, with progress and
// abort — the engine's request helper speaking the landscape protocol.
import {
	requestGridResponse,
	type GridResult,
	type GridWorker,
	type RequestOptions
} from '../../engine';
import type { LandscapeRef } from './protocol';

/** What requestLandscapeGrid needs from a Worker (a real Worker satisfies it). */
export type LandscapeWorker = GridWorker<object>;
export type LandscapeRequestOptions = RequestOptions;

/** Asks `worker` for the n-resolution grid of the landscape `ref` names. */
export async function requestLandscapeGrid(
	worker: LandscapeWorker,
	ref: LandscapeRef,
	n: number,
	options: LandscapeRequestOptions = {}
): Promise<GridResult> {
	const { values, min, max } = await requestGridResponse(worker, { landscape: ref, n }, options);
	return { values, rows: values.length / n, cols: n, min, max };
}
