// The puzzle stars on fake-indexeddb: the best score survives a new page, a worse score never
// lowers it, two tabs keep each other's stars, a corrupt record never crashes and is not deleted,
// and without IndexedDB the stars live in memory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { STARS_DB, STARS_STORE, openStarStore, readRecord, type StarRecord } from './star-store';

const earned = (stars: 1 | 2 | 3, seed = 0): StarRecord => ({
	stars,
	version: 1,
	seed,
	at: '2025-03-04T05:06:07.000Z'
});

async function raw(factory: IDBFactory): Promise<IDBPDatabase> {
	return (await wrap(factory.open(STARS_DB, 1))) as IDBPDatabase;
}

describe('puzzle stars in IndexedDB', () => {
	it('keeps the best score per puzzle and survives a new page', async () => {
		const factory = new IDBFactory();
		const store = await openStarStore(factory);
		expect(store.persistent).toBe(true);
		expect(await store.load()).toEqual({});
		expect(await store.record('circuits.xyz', earned(2))).toBe(true);
		expect(await store.record('circuits.xyz', earned(1))).toBe(false);
		expect(await store.record('gates.mul', earned(3))).toBe(true);
		expect(await store.record('circuits.xyz', earned(3, 7))).toBe(true);
		const again = await openStarStore(factory);
		expect(await again.load()).toEqual({ 'circuits.xyz': 3, 'gates.mul': 3 });
	});

	it('never lowers a tab’s stars when two tabs save at once', async () => {
		const factory = new IDBFactory();
		const [a, b] = await Promise.all([openStarStore(factory), openStarStore(factory)]);
		await Promise.all([
			a.record('gates.add', earned(3)),
			b.record('gates.add', earned(1)),
			b.record('gates.max', earned(2))
		]);
		expect(await (await openStarStore(factory)).load()).toEqual({ 'gates.add': 3, 'gates.max': 2 });
	});

	it('skips a corrupt record without crashing, keeps it, and replaces it on a win', async () => {
		const factory = new IDBFactory();
		await openStarStore(factory); // creates the database
		const db = await raw(factory);
		await db.put(STARS_STORE, { stars: 'lots' }, 'gates.mul');
		await db.put(STARS_STORE, 'garbage', 'gates.add');
		await db.put(STARS_STORE, earned(2), 'gates.max');
		db.close();
		const store = await openStarStore(factory);
		expect(await store.load()).toEqual({ 'gates.max': 2 });
		const check = await raw(factory);
		expect(await check.get(STARS_STORE, 'gates.add')).toBe('garbage');
		check.close();
		expect(await store.record('gates.mul', earned(1))).toBe(true);
		expect(await store.load()).toEqual({ 'gates.max': 2, 'gates.mul': 1 });
	});

	it('carries on in memory without IndexedDB, and says so', async () => {
		const store = await openStarStore(null);
		expect(store.persistent).toBe(false);
		expect(await store.record('gates.mul', earned(2))).toBe(true);
		expect(await store.record('gates.mul', earned(1))).toBe(false);
		expect(await store.load()).toEqual({ 'gates.mul': 2 });
	});

	it('carries on in memory when opening IndexedDB fails', async () => {
		const broken = {
			open() {
				throw new Error('SecurityError');
			}
		} as unknown as IDBFactory;
		const store = await openStarStore(broken);
		expect(store.persistent).toBe(false);
		expect(await store.record('gates.add', earned(3))).toBe(true);
		expect(await store.load()).toEqual({ 'gates.add': 3 });
	});
});

describe('readRecord', () => {
	it('reads only well-formed records', () => {
		expect(readRecord(earned(3))).toEqual(earned(3));
		for (const bad of [
			null,
			3,
			'x',
			{},
			{ ...earned(2), stars: 4 },
			{ ...earned(2), stars: 0 },
			{ ...earned(1), seed: 0.5 },
			{ ...earned(1), at: 5 }
		])
			expect(readRecord(bad)).toBeNull();
	});
});
