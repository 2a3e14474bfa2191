// The progress store on fake-indexeddb: progress survives a new page, two tabs never lose each
// other's stars, files go out and come in honestly, a broken record is backed up (never deleted),
// and without a working IndexedDB the store carries on in memory and says so.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { emptyProgress, getLevel, runLevel, type RunSpec } from '$lib/levels';
import { DB_NAME, openProgressStore } from './progress-store';

const NOW = new Date('2025-03-04T05:06:07.000Z');
const now = () => NOW;
const run = (levelId: string, lr: number): RunSpec => ({
	levelId,
	version: 1,
	settings: { name: 'gd', lr },
	start: levelId === 'first-step' ? { w: -3 } : { w: 7 },
	seed: 0
});
/** Hand-computed (see progress.test.ts): first-step with η 0.4 takes 3 steps (3 stars), 0.1 takes 21 (1 star). */
const play = (levelId: string, lr: number) => runLevel(getLevel(levelId), run(levelId, lr));

const open = (indexedDB: IDBFactory | null) => openProgressStore({ indexedDB, now });

/** The database as another program sees it (the store's own connection is not used). */
async function raw(factory: IDBFactory): Promise<IDBPDatabase> {
	return (await wrap(factory.open(DB_NAME, 1))) as IDBPDatabase;
}
async function putRaw(factory: IDBFactory, key: string, value: unknown) {
	const db = await raw(factory);
	await db.put('progress', value, key);
	db.close();
}
async function readAll(factory: IDBFactory): Promise<Record<string, unknown>> {
	const db = await raw(factory);
	const keys = await db.getAllKeys('progress');
	const values = await db.getAll('progress');
	db.close();
	return Object.fromEntries(keys.map((key, i) => [String(key), values[i]]));
}

describe('progress in IndexedDB', () => {
	it('starts empty, saves the better run and survives a new page', async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		expect(store.persistent).toBe(true);
		expect(await store.load()).toEqual(emptyProgress(NOW));
		await store.save(play('first-step', 0.1));
		await store.save(play('first-step', 0.4));
		const kept = await store.save(play('first-step', 0.1));
		expect(kept.levels['first-step']).toMatchObject({
			stars: 3,
			steps: 3,
			best: run('first-step', 0.4)
		});
		const again = await open(factory);
		expect(await again.load()).toEqual(kept);
		expect([again.recovered, again.dropped]).toEqual([null, null]);
	});

	it('never loses a tab’s stars when two tabs save at once', async () => {
		const factory = new IDBFactory();
		const [a, b] = await Promise.all([open(factory), open(factory)]);
		await Promise.all([a.load(), b.load()]);
		await Promise.all([
			a.save(play('first-step', 0.4)),
			b.save(play('too-timid', 0.3)),
			a.save(play('first-step', 0.1)),
			b.save(play('too-timid', 0.1))
		]);
		const both = await (await open(factory)).load();
		expect(Object.keys(both.levels).sort()).toEqual(['first-step', 'too-timid']);
		expect(both.levels['first-step'].stars).toBe(3);
	});

	it('exports a pretty file that another browser imports', async () => {
		const source = await open(new IDBFactory());
		await source.save(play('first-step', 0.4));
		const file = await source.exportFile();
		expect(file).toContain('\n  "format": "downhill-progress",\n');
		const target = await open(new IDBFactory());
		await target.save(play('too-timid', 0.3));
		const result = await target.importFile(file);
		expect(result.ok && Object.keys(result.progress.levels).sort()).toEqual([
			'first-step',
			'too-timid'
		]);
		expect(await target.load()).toEqual(result.ok && result.progress);
	});

	it('imports honestly: claimed stars are re-played, a better local run stays', async () => {
		const store = await open(new IDBFactory());
		await store.save(play('first-step', 0.4));
		const forged = emptyProgress(NOW);
		forged.levels['first-step'] = {
			stars: 3,
			steps: 1,
			evaluations: 1,
			best: run('first-step', 0.1),
			at: NOW.toISOString()
		};
		forged.levels['too-timid'] = {
			stars: 3,
			steps: 1,
			evaluations: 1,
			best: run('too-timid', 0.1),
			at: NOW.toISOString()
		};
		const result = await store.importFile(JSON.stringify(forged));
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(result.progress.levels['first-step']).toMatchObject({ stars: 3, steps: 3 });
		expect(result.progress.levels['too-timid'].stars).toBe(play('too-timid', 0.1).stars);
		expect(result.dropped).toHaveLength(2);
	});

	it('refuses a file that is not JSON or not progress, changing nothing', async () => {
		const store = await open(new IDBFactory());
		const before = await store.save(play('first-step', 0.4));
		const notJson = await store.importFile('{ oops');
		expect(notJson.ok).toBe(false);
		expect(!notJson.ok && notJson.problems[0]).toMatch(/^\(file\): not a JSON file/);
		const foreign = await store.importFile('{"format":"other"}');
		expect(!foreign.ok && foreign.problems[0]).toMatch(/^format: /);
		expect(await store.load()).toEqual(before);
	});

	it('resets to empty, keeping backups', async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		await store.save(play('first-step', 0.4));
		expect(await store.reset()).toEqual(emptyProgress(NOW));
		expect(await (await open(factory)).load()).toEqual(emptyProgress(NOW));
	});
});

describe('a stored record that no longer reads', () => {
	it('is kept under a backup key and progress starts empty, with a flag', async () => {
		const factory = new IDBFactory();
		await (await open(factory)).load();
		const broken = {
			format: 'downhill-progress',
			version: 1,
			levels: { 'first-step': { stars: 9 } }
		};
		await putRaw(factory, 'current', broken);
		const store = await open(factory);
		expect(await store.load()).toEqual(emptyProgress(NOW));
		const key = `backup-${NOW.toISOString()}`;
		expect(store.recovered?.backupKey).toBe(key);
		expect(store.recovered?.problems).toContain('levels.first-step.stars: must be 0, 1, 2 or 3');
		await store.save(play('first-step', 0.4));
		await putRaw(factory, 'current', 'garbage');
		const second = await open(factory);
		await second.load();
		expect(second.recovered?.backupKey).toBe(`${key}-2`);
		const records = await readAll(factory);
		expect(records[key]).toEqual(broken);
		expect(records[`${key}-2`]).toBe('garbage');
		expect(records.current).toEqual(emptyProgress(NOW));
	});

	it('drops only the entries its level no longer accepts, backing up the old record', async () => {
		const factory = new IDBFactory();
		const first = await open(factory);
		const saved = await first.save(play('first-step', 0.4));
		const stale = structuredClone(saved);
		stale.levels['retired-level'] = {
			...saved.levels['first-step'],
			best: { ...run('first-step', 0.4), levelId: 'retired-level' }
		};
		await putRaw(factory, 'current', stale);
		const store = await open(factory);
		expect(await store.load()).toEqual(saved);
		expect(store.dropped?.problems).toEqual([
			'levels.retired-level: there is no level "retired-level" (dropped)'
		]);
		const records = await readAll(factory);
		expect(records[store.dropped?.backupKey ?? '']).toEqual(stale);
		expect(records.current).toEqual(saved);
	});
});

describe('without a working IndexedDB', () => {
	it('keeps progress in memory when there is none', async () => {
		const store = await open(null);
		expect(store.persistent).toBe(false);
		const saved = await store.save(play('first-step', 0.4));
		expect(await store.load()).toEqual(saved);
		expect(await (await open(null)).load()).toEqual(emptyProgress(NOW));
	});

	it('keeps progress in memory when opening fails', async () => {
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
		expect((await store.save(play('first-step', 0.4))).levels['first-step'].stars).toBe(3);
	});

	it('carries on in memory, stars and all, when IndexedDB goes away mid-visit', async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		await store.save(play('first-step', 0.4));
		// A newer version of the app opens the database in another tab: ours closes to let it.
		const newer = (await wrap(factory.open(DB_NAME, 2))) as IDBPDatabase;
		const next = await store.save(play('too-timid', 0.3));
		expect(store.persistent).toBe(false);
		expect(Object.keys(next.levels).sort()).toEqual(['first-step', 'too-timid']);
		newer.close();
	});
});
