// Where computed grids are kept between visits: a small key-value interface, in memory for tests
// and the server, in IndexedDB (through `idb`) in the browser.
import { openDB } from 'idb';
import type { GridResult } from '../../engine';

export interface GridStore {
	get(key: string): Promise<GridResult | undefined>;
	put(key: string, grid: GridResult): Promise<void>;
}

/** A store that lives as long as the page. */
export function memoryStore(): GridStore {
	const grids = new Map<string, GridResult>();
	return {
		get: async (key) => grids.get(key),
		put: async (key, grid) => void grids.set(key, grid)
	};
}

const STORE = 'grids';

/** A store in the browser's IndexedDB database `name` (structured clone keeps the Float64Array). */
export function indexedDbStore(name = 'downhill-grids'): GridStore {
	const db = openDB(name, 1, {
		upgrade(database) {
			database.createObjectStore(STORE);
		}
	});
	return {
		get: async (key) => (await db).get(STORE, key) as Promise<GridResult | undefined>,
		put: async (key, grid) => void (await (await db).put(STORE, grid, key))
	};
}
