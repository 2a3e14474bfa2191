// The mastery store on fake-indexeddb: answers survive a new page, two tabs never lose each other's
// answers, a record that no longer reads is backed up (never deleted) and reported, and without a
// working IndexedDB the store carries on in memory and says so.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { conceptRecord, emptyMastery } from '$lib/puzzles/quiz';
import { DB_NAME, openMasteryStore } from './mastery-store';

const NOW = Date.UTC(2025, 2, 4, 5, 6, 7);
const open = (indexedDB: IDBFactory | null) => openMasteryStore({ indexedDB, now: () => NOW });

async function raw(factory: IDBFactory): Promise<IDBPDatabase> {
	return (await wrap(factory.open(DB_NAME, 1))) as IDBPDatabase;
}
async function putRaw(factory: IDBFactory, value: unknown) {
	const db = await raw(factory);
	await db.put('mastery', value, 'current');
	db.close();
}
async function readAll(factory: IDBFactory): Promise<Record<string, unknown>> {
	const db = await raw(factory);
	const keys = await db.getAllKeys('mastery');
	const values = await db.getAll('mastery');
	db.close();
	return Object.fromEntries(keys.map((key, i) => [String(key), values[i]]));
}

describe('mastery in IndexedDB', () => {
	it('starts fresh, counts answers and survives a new page', async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		expect(store.persistent).toBe(true);
		expect(await store.load()).toEqual(emptyMastery());
		await store.record('batches', true);
		await store.record('batches', false);
		const state = await store.record('softmax', true);
		expect(state.answered).toBe(3);
		expect(conceptRecord(state, 'batches')).toMatchObject({ seen: 2, correct: 1, streak: 0 });
		expect(conceptRecord(state, 'softmax')).toMatchObject({ seen: 1, correct: 1, last: NOW });
		const again = await open(factory);
		expect(await again.load()).toEqual(state);
		expect(again.recovered).toBeNull();
	});

	it('never loses a tab’s answers when two tabs record at once', async () => {
		const factory = new IDBFactory();
		const [a, b] = await Promise.all([open(factory), open(factory)]);
		await Promise.all([
			a.record('hinge', true),
			b.record('hinge', false),
			a.record('newton', true),
			b.record('hinge', true)
		]);
		const both = await (await open(factory)).load();
		expect(both.answered).toBe(4);
		expect(conceptRecord(both, 'hinge')).toMatchObject({ seen: 3, correct: 2 });
		expect(conceptRecord(both, 'newton')).toMatchObject({ seen: 1, correct: 1 });
	});

	it('resets to fresh', async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		await store.record('features', true);
		expect(await store.reset()).toEqual(emptyMastery());
		expect(await (await open(factory)).load()).toEqual(emptyMastery());
	});
});

describe('a stored record that no longer reads', () => {
	it('is kept under a backup key and mastery starts fresh, with a flag', async () => {
		const factory = new IDBFactory();
		await (await open(factory)).load();
		await putRaw(factory, 'garbage');
		const store = await open(factory);
		expect(await store.load()).toEqual(emptyMastery());
		const key = `backup-${new Date(NOW).toISOString()}`;
		expect(store.recovered).toEqual({ backupKey: key, partial: false });
		// An old format (another version number) is set aside the same way, under a new key.
		await putRaw(factory, { version: 0, answered: 4, concepts: {} });
		const second = await open(factory);
		expect(await second.load()).toEqual(emptyMastery());
		expect(second.recovered?.backupKey).toBe(`${key}-2`);
		const records = await readAll(factory);
		expect(records[key]).toBe('garbage');
		expect(records[`${key}-2`]).toEqual({ version: 0, answered: 4, concepts: {} });
		expect(records.current).toEqual(emptyMastery());
	});

	it('keeps the readable records and sets the broken one aside', async () => {
		const factory = new IDBFactory();
		const first = await open(factory);
		await first.record('softmax', true);
		const saved = await first.record('hinge', true);
		const broken = {
			...saved,
			concepts: { ...saved.concepts, hinge: { level: 'wizard' }, 'no-such-concept': {} }
		};
		await putRaw(factory, broken);
		const store = await open(factory);
		const state = await store.load();
		expect(Object.keys(state.concepts)).toEqual(['softmax']);
		expect(state.answered).toBe(2);
		expect(store.recovered?.partial).toBe(true);
		const records = await readAll(factory);
		expect(records[store.recovered!.backupKey]).toEqual(broken);
		expect(records.current).toEqual(state);
		// Once mended, the next visit reads it cleanly.
		const next = await open(factory);
		await next.load();
		expect(next.recovered).toBeNull();
	});
});

describe('without a working IndexedDB', () => {
	it('keeps mastery in memory when there is none', async () => {
		const store = await open(null);
		expect(store.persistent).toBe(false);
		const state = await store.record('vanishing', true);
		expect(await store.load()).toEqual(state);
		expect(await (await open(null)).load()).toEqual(emptyMastery());
	});

	it('keeps mastery in memory when opening fails', async () => {
		const refusing = {
			open() {
				throw new DOMException('private mode', 'InvalidStateError');
			}
		} as unknown as IDBFactory;
		expect((await open(refusing)).persistent).toBe(false);
		const factory = new IDBFactory();
		const newer = (await wrap(factory.open(DB_NAME, 2))) as IDBPDatabase;
		newer.close();
		const store = await open(factory);
		expect(store.persistent).toBe(false);
		expect((await store.record('curvature', true)).answered).toBe(1);
	});

	it('carries on in memory, answers and all, when IndexedDB goes away mid-visit', async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		await store.record('curvature', true);
		const newer = (await wrap(factory.open(DB_NAME, 2))) as IDBPDatabase;
		const next = await store.record('curvature', false);
		expect(store.persistent).toBe(false);
		expect(conceptRecord(next, 'curvature')).toMatchObject({ seen: 2, correct: 1 });
		newer.close();
	});
});
