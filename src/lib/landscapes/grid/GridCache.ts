// Grids are computed once per landscape version and resolution: a memory Map in front of a
// persistent store. A hit returns without computing; a failing store (private browsing, a full
// disk) costs only speed, never the grid.
import type { GridResult } from '../../engine';
import type { Landscape } from '../types';
import { requestLandscapeGrid, type LandscapeRequestOptions, type LandscapeWorker } from './client';
import { gridFor, gridKey } from './grid-for';
import { refFor } from './protocol';
import type { GridStore } from './store';

export type ComputeGrid = (
	landscape: Landscape,
	n: number,
	options: LandscapeRequestOptions
) => Promise<GridResult>;

/** Computes grids in the landscape worker. */
export function inWorker(worker: LandscapeWorker): ComputeGrid {
	return (landscape, n, options) => requestLandscapeGrid(worker, refFor(landscape), n, options);
}

export class GridCache {
	private readonly memory = new Map<string, GridResult>();

	/** `compute` defaults to in-process `gridFor`; pass `inWorker(worker)` in the browser. */
	constructor(
		private readonly store: GridStore | null = null,
		private readonly compute: ComputeGrid = gridFor
	) {}

	async grid(
		landscape: Landscape,
		n: number,
		options: LandscapeRequestOptions = {}
	): Promise<GridResult> {
		const key = gridKey(landscape, n);
		const known = this.memory.get(key) ?? (await this.store?.get(key).catch(() => undefined));
		if (known) {
			this.memory.set(key, known);
			return known;
		}
		const grid = await this.compute(landscape, n, options);
		this.memory.set(key, grid);
		await this.store?.put(key, grid).catch(() => undefined);
		return grid;
	}
}
