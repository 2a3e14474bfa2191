// Loss grids for the play pages: computed in the landscape worker (model landscapes train there,
// off the main thread) and kept in IndexedDB, so a second visit draws at once. One worker and one
// cache serve every level of the visit.
import type { GridResult } from '$lib/engine';
import {
	GridCache,
	indexedDbStore,
	inWorker,
	memoryStore,
	type Landscape,
	type LandscapeWorker
} from '$lib/landscapes';

let cache: Promise<GridCache> | undefined;

async function createCache(): Promise<GridCache> {
	const { default: LandscapeWorkerClass } =
		await import('$lib/landscapes/grid/landscape.worker.ts?worker');
	const worker = new LandscapeWorkerClass() as unknown as LandscapeWorker;
	const store = typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
	return new GridCache(store, inWorker(worker));
}

/** The n-resolution grid of `landscape`, from the cache when it is there. */
export async function loadGrid(
	landscape: Landscape,
	n: number,
	options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {}
): Promise<GridResult> {
	cache ??= createCache();
	return (await cache).grid(landscape, n, options);
}
