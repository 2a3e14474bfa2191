// Where the outbox lives: IndexedDB (through `idb`), database 'downhill-outbox', one store of
// entries in queue order and one of receipts (what the server stored for a delivered entry, kept a
// day so the page that queued it can show the verdict even when another tab or the service worker
// sent it). Delivering is one transaction: the entry goes and its receipt comes together. Without
// IndexedDB the same store lives in memory for the page, and `persistent` says so.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry, Receipt } from './entry';

export const OUTBOX_DB = 'downhill-outbox';
const VERSION = 1;
/** Receipts older than this are dropped when a new one is written. */
export const RECEIPT_MS = 24 * 60 * 60 * 1000;

export type NewEntry = Omit<OutboxEntry, 'seq'>;

export interface OutboxStore {
	/** False when the outbox lasts only as long as the page. */
	readonly persistent: boolean;
	/** Queues the entries, in one transaction: all of them are kept, or none. */
	add(entries: readonly NewEntry[]): Promise<OutboxEntry[]>;
	/** Every entry, oldest first. */
	all(): Promise<OutboxEntry[]>;
	/** The oldest entry that `match` accepts. */
	first(match: (entry: OutboxEntry) => boolean): Promise<OutboxEntry | undefined>;
	/** Rewrites an entry if it is still there (another tab may have delivered it meanwhile). */
	update(seq: number, change: (entry: OutboxEntry) => OutboxEntry): Promise<void>;
	/** Removes a delivered entry and keeps its receipt, together. */
	deliver(seq: number, receipt: Receipt): Promise<void>;
	/** Removes an entry (a refused one the learner dismissed). */
	remove(seq: number): Promise<void>;
	/** The receipts of these keys that are still kept. */
	receipts(keys: readonly string[]): Promise<Receipt[]>;
	close(): void;
}

interface Schema extends DBSchema {
	entries: { key: number; value: OutboxEntry };
	receipts: { key: string; value: Receipt; indexes: { at: string } };
}

const cutoff = (receipt: Receipt) =>
	new Date(new Date(receipt.at).getTime() - RECEIPT_MS).toISOString();

function idbStore(db: IDBPDatabase<Schema>): OutboxStore {
	return {
		persistent: true,
		async add(entries) {
			const tx = db.transaction('entries', 'readwrite');
			// `seq` is left out so IndexedDB numbers the entries in order.
			const seqs = await Promise.all(entries.map((e) => tx.store.add(e as OutboxEntry)));
			await tx.done;
			return entries.map((entry, i) => ({ ...entry, seq: seqs[i] }));
		},
		all: () => db.getAll('entries'),
		async first(match) {
			const tx = db.transaction('entries');
			for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue())
				if (match(cursor.value)) return cursor.value;
			return undefined;
		},
		async update(seq, change) {
			const tx = db.transaction('entries', 'readwrite');
			const entry = await tx.store.get(seq);
			if (entry) await tx.store.put(change(entry));
			await tx.done;
		},
		async deliver(seq, receipt) {
			const tx = db.transaction(['entries', 'receipts'], 'readwrite');
			const receipts = tx.objectStore('receipts');
			const old = await receipts.index('at').getAllKeys(IDBKeyRange.upperBound(cutoff(receipt)));
			await Promise.all([
				tx.objectStore('entries').delete(seq),
				receipts.put(receipt),
				...old.map((key) => receipts.delete(key))
			]);
			await tx.done;
		},
		remove: (seq) => db.delete('entries', seq),
		async receipts(keys) {
			const tx = db.transaction('receipts');
			const found = await Promise.all(keys.map((key) => tx.store.get(key)));
			return found.filter((r): r is Receipt => r !== undefined);
		},
		close: () => db.close()
	};
}

export function memoryStore(): OutboxStore {
	let entries: OutboxEntry[] = [];
	const receipts = new Map<string, Receipt>();
	let next = 1;
	const copy = <T>(value: T): T => structuredClone(value);
	return {
		persistent: false,
		async add(added) {
			const made = added.map((entry) => ({ ...copy(entry), seq: next++ }));
			entries.push(...made);
			return copy(made);
		},
		all: async () => copy(entries),
		first: async (match) => copy(entries.find(match)),
		async update(seq, change) {
			entries = entries.map((e) => (e.seq === seq ? copy(change(copy(e))) : e));
		},
		async deliver(seq, receipt) {
			entries = entries.filter((e) => e.seq !== seq);
			for (const [key, r] of receipts) if (r.at <= cutoff(receipt)) receipts.delete(key);
			receipts.set(receipt.key, copy(receipt));
		},
		async remove(seq) {
			entries = entries.filter((e) => e.seq !== seq);
		},
		receipts: async (keys) => copy(keys.flatMap((k) => receipts.get(k) ?? [])),
		close: () => {}
	};
}

/** Opens the outbox; never fails: without IndexedDB (or when it fails to open) it is in memory. */
export async function openOutbox(
	factory: IDBFactory | null | undefined = globalThis.indexedDB
): Promise<OutboxStore> {
	if (!factory) return memoryStore();
	try {
		const request = factory.open(OUTBOX_DB, VERSION);
		request.addEventListener('upgradeneeded', () => {
			const db = request.result;
			db.createObjectStore('entries', { keyPath: 'seq', autoIncrement: true });
			db.createObjectStore('receipts', { keyPath: 'key' }).createIndex('at', 'at');
		});
		const db = (await wrap(request)) as IDBPDatabase<Schema>;
		// A newer version in another tab must not be blocked by this one.
		db.addEventListener('versionchange', () => db.close());
		return idbStore(db);
	} catch {
		return memoryStore();
	}
}
