// Loss grids for drawing: every landscape becomes one of the engine's grid jobs (a formula, or the
// job a model landscape brings), evaluated by the engine's computeGrid, with its progress and
// cancellation, in a worker or in-process alike.
import { computeGrid, type GridJob, type GridOptions, type GridResult } from '../../engine';
import { hasGridJob } from '../models/types';
import type { Landscape } from '../types';

/** The engine job for an n×n grid (n×1 for a 1-variable landscape) over `landscape.bounds`. */
export function gridJobFor(landscape: Landscape, n: number): GridJob {
	if (hasGridJob(landscape)) return landscape.gridJob(n);
	if (landscape.formula === undefined) {
		throw new Error(`Landscape "${landscape.id}" has neither a formula nor a grid job to draw it`);
	}
	const [x, y] = landscape.objective.variables;
	return {
		kind: 'expression',
		source: landscape.formula,
		x,
		y,
		bounds: { x: landscape.bounds[x], y: y === undefined ? undefined : landscape.bounds[y] },
		n
	};
}

/**
 * Losses at n evenly spaced values of each variable, bounds included: row-major, rows along the
 * second variable (one row for a 1-variable landscape), columns along the first.
 */
export function gridFor(
	landscape: Landscape,
	n: number,
	options: GridOptions = {}
): Promise<GridResult> {
	return computeGrid(gridJobFor(landscape, n), options);
}

/** Cache key of a grid: landscape id and version, resolution (and bounds for typed formulas). */
export function gridKey(landscape: Landscape, n: number): string {
	const key = `${landscape.id}@${landscape.version}:${n}`;
	return landscape.id.startsWith('formula:') ? `${key}:${JSON.stringify(landscape.bounds)}` : key;
}
