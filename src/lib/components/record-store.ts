// One record kept in the browser between visits, read and rewritten in a single transaction so two
// open tabs never lose each other's changes: the shared core of the game's progress store and the
// quiz's mastery store. IndexedDB (through `idb`) when the page has it, memory otherwise; a record
// that no longer reads is copied under a backup key by the caller's plan, never deleted.
import { wrap, type IDBPDatabase } from 'idb';

const CURRENT = 'current';

/** What one transaction does once it has read the record: maybe back it up, maybe write anew. */
export interface Plan<T, R> {
	result: T;
	write?: R;
	backup?: { key: string; value: unknown };
}

/** Reads the current record and every key, applies `decide`, writes its plan — atomically. */
export interface RecordBackend<R> {
	transact<T>(decide: (raw: unknown, keys: string[]) => Plan<T, R>): Promise<T>;
}

export function memoryBackend<R>(seed?: R): RecordBackend<R> {
	const records = new Map<string, unknown>(
		seed === undefined ? [] : [[CURRENT, structuredClone(seed)]]
	);
	return {
		async transact(decide) {
			const plan = decide(structuredClone(records.get(CURRENT)), [...records.keys()]);
			if (plan.backup) records.set(plan.backup.key, structuredClone(plan.backup.value));
			if (plan.write !== undefined) records.set(CURRENT, structuredClone(plan.write));
			return plan.result;
		}
	};
}

async function idbBackend<R>(factory: IDBFactory, name: string, store: string) {
	const request = factory.open(name, 1);
	request.addEventListener('upgradeneeded', () => request.result.createObjectStore(store));
	const db = (await wrap(request)) as IDBPDatabase;
	// A newer version in another tab must not be blocked by us; our next transaction then fails
	// and this page carries on in memory.
	db.addEventListener('versionchange', () => db.close());
	const backend: RecordBackend<R> = {
		async transact(decide) {
			const tx = db.transaction(store, 'readwrite');
			const [raw, keys] = await Promise.all([tx.store.get(CURRENT), tx.store.getAllKeys()]);
			const plan = decide(raw, keys.map(String));
			const writes = [];
			if (plan.backup) writes.push(tx.store.put(plan.backup.value, plan.backup.key));
			if (plan.write !== undefined) writes.push(tx.store.put(plan.write, CURRENT));
			await Promise.all([...writes, tx.done]);
			return plan.result;
		}
	};
	return backend;
}

/** The IndexedDB backend for database `name`, store `store`; null when there is none or it fails. */
export async function openRecordBackend<R>(
	factory: IDBFactory | null | undefined,
	name: string,
	store: string
): Promise<RecordBackend<R> | null> {
	if (!factory) return null;
	try {
		return await idbBackend<R>(factory, name, store);
	} catch {
		return null;
	}
}

/** A key no record has yet: backup-<time>, then backup-<time>-2, … */
export function backupKey(keys: string[], now: Date): string {
	const base = `backup-${now.toISOString()}`;
	let key = base;
	for (let n = 2; keys.includes(key); n++) key = `${base}-${n}`;
	return key;
}

/**
 * Transactions on the stored record. When IndexedDB fails mid-visit (quota, closed by a newer tab)
 * it carries on in memory from the last state it saw, and `persistent` turns false.
 */
export class RecordRunner<R> {
	persistent: boolean;
	private backend: RecordBackend<R>;
	private last: R | undefined;

	constructor(idb: RecordBackend<R> | null) {
		this.persistent = idb !== null;
		this.backend = idb ?? memoryBackend<R>();
	}

	async run(decide: (raw: unknown, keys: string[]) => Plan<R, R>): Promise<R> {
		try {
			this.last = await this.backend.transact(decide);
		} catch (error) {
			if (!this.persistent) throw error;
			this.persistent = false;
			this.backend = memoryBackend(this.last);
			this.last = await this.backend.transact(decide);
		}
		return this.last;
	}
}
