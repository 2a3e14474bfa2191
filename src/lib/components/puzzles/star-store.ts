// Stars earned on the puzzles, kept in the browser's IndexedDB (through `idb`) in a database of its
// own, one record per puzzle id holding the best score. A record that does not read (edited by
// hand, written by a future version) counts as no stars and is left alone, never deleted and never
// a crash. Without IndexedDB (private mode, a failure on the way) stars live in memory for the page.
import { wrap, type IDBPDatabase } from 'idb';

export const STARS_DB = 'downhill-puzzles';
export const STARS_STORE = 'stars';

export interface StarRecord {
	readonly stars: 1 | 2 | 3;
	/** The puzzle's version and seed when the stars were earned. */
	readonly version: number;
	readonly seed: number;
	readonly at: string;
}

export interface StarStore {
	/** False when stars last only as long as the page. */
	readonly persistent: boolean;
	/** Stars by puzzle id; unreadable records are left out. */
	load(): Promise<Record<string, number>>;
	/** Keeps the better of the stored and the new score; says whether the new one was better. */
	record(id: string, record: StarRecord): Promise<boolean>;
}

/** A stored value as a record, or null when it does not read as one. */
export function readRecord(value: unknown): StarRecord | null {
	if (typeof value !== 'object' || value === null) return null;
	const { stars, version, seed, at } = value as Record<string, unknown>;
	if (stars !== 1 && stars !== 2 && stars !== 3) return null;
	if (!Number.isInteger(version) || !Number.isInteger(seed) || typeof at !== 'string') return null;
	return { stars, version: version as number, seed: seed as number, at };
}

/** Whether `next` should replace `stored` (an unreadable stored record is replaced). */
const better = (next: StarRecord, stored: unknown) => next.stars > (readRecord(stored)?.stars ?? 0);

function memoryStore(): StarStore {
	const records = new Map<string, StarRecord>();
	return {
		persistent: false,
		load: async () => Object.fromEntries([...records].map(([id, r]) => [id, r.stars])),
		async record(id, record) {
			if (!better(record, records.get(id))) return false;
			records.set(id, { ...record });
			return true;
		}
	};
}

function idbStore(db: IDBPDatabase): StarStore {
	return {
		persistent: true,
		async load() {
			const tx = db.transaction(STARS_STORE);
			const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
			const stars: Record<string, number> = {};
			keys.forEach((key, i) => {
				const record = readRecord(values[i]);
				if (record && typeof key === 'string') stars[key] = record.stars;
			});
			return stars;
		},
		async record(id, record) {
			// One read-compare-write transaction, so two tabs never lower each other's best.
			const tx = db.transaction(STARS_STORE, 'readwrite');
			const stored: unknown = await tx.store.get(id);
			const improved = better(record, stored);
			if (improved) await tx.store.put({ ...record }, id);
			await tx.done;
			return improved;
		}
	};
}

/** Opens the stars; never fails (memory when IndexedDB is missing or broken). */
export async function openStarStore(
	factory: IDBFactory | null | undefined = globalThis.indexedDB
): Promise<StarStore> {
	if (!factory) return memoryStore();
	try {
		const request = factory.open(STARS_DB, 1);
		request.addEventListener('upgradeneeded', () => request.result.createObjectStore(STARS_STORE));
		const db = (await wrap(request)) as IDBPDatabase;
		// A newer version in another tab must not be blocked by us; we carry on in memory.
		db.addEventListener('versionchange', () => db.close());
		return resilient(idbStore(db));
	} catch {
		return memoryStore();
	}
}

/** An IndexedDB store that falls back to memory if a transaction fails mid-visit. */
function resilient(store: StarStore): StarStore {
	let fallback: StarStore | null = null;
	const wrapper: StarStore = {
		get persistent() {
			return fallback === null;
		},
		async load() {
			if (fallback) return fallback.load();
			try {
				return await store.load();
			} catch {
				fallback = memoryStore();
				return {};
			}
		},
		async record(id, record) {
			if (fallback) return fallback.record(id, record);
			try {
				return await store.record(id, record);
			} catch {
				fallback = memoryStore();
				return fallback.record(id, record);
			}
		}
	};
	return wrapper;
}
