// Fills a loss grid row by row, reporting progress and honouring cancellation between chunks.
// It awaits a macrotask now and then so that, inside a worker, a cancel message can arrive.

import { prepareJob, type GridJob } from './jobs';

export interface GridResult {
	/** rows × cols, row-major; rows follow the second axis (y or b). */
	values: Float64Array;
	rows: number;
	cols: number;
	/** Smallest and largest finite value (NaN if none is finite). */
	min: number;
	max: number;
}

/** Anything with an `aborted` flag; an AbortSignal is one. */
export interface CancelSignal {
	readonly aborted: boolean;
}

export interface GridOptions {
	/** Called after each chunk with the fraction done, ending at exactly 1. */
	onProgress?: (fraction: number) => void;
	signal?: CancelSignal;
}

export class GridCancelledError extends Error {
	override name = 'GridCancelledError';
	constructor() {
		super('Grid computation cancelled');
	}
}

/** Longest stretch of work between yields: bounds how late a cancel is seen, costs ~nothing. */
const YIELD_EVERY_MS = 30;

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Computes the grid for `job`; rejects with GridJobError for a bad job, GridCancelledError if cancelled. */
export async function computeGrid(job: GridJob, options: GridOptions = {}): Promise<GridResult> {
	const grid = prepareJob(job);
	const { rows, cols } = grid;
	const values = new Float64Array(rows * cols);
	let lastYield = Date.now();
	for (let row = 0; row < rows; row++) {
		if (options.signal?.aborted) throw new GridCancelledError();
		grid.fillRow(row, values, row * cols);
		options.onProgress?.((row + 1) / rows);
		if (row + 1 < rows && Date.now() - lastYield >= YIELD_EVERY_MS) {
			await nextMacrotask();
			lastYield = Date.now();
		}
	}
	if (options.signal?.aborted) throw new GridCancelledError();
	return { values, rows, cols, ...finiteRange(values) };
}

function finiteRange(values: Float64Array): { min: number; max: number } {
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (Number.isFinite(v)) {
			if (v < min) min = v;
			if (v > max) max = v;
		}
	}
	return min <= max ? { min, max } : { min: NaN, max: NaN };
}
