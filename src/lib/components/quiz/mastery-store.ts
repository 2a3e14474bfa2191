// Where a learner's quiz mastery lives between visits: IndexedDB (through `idb`) in a database of its
// own ('downhill-quiz'). Each answer is one read-record-write transaction, so two open tabs never
// lose each other's answers. A stored record that no longer reads (corrupt, or from an older
// version) never crashes the page: it is copied under a backup key, the readable part (or a fresh
// state) carries on, and `recovered` says so. Without IndexedDB (private mode, an old browser, a
// failure on the way) mastery lives in memory for the page, and `persistent` says so.
import {
	MASTERY_VERSION,
	emptyMastery,
	parseMastery,
	recordAnswer,
	type MasteryState
} from '$lib/puzzles/quiz/mastery';
import type { ConceptId } from '$lib/puzzles/quiz/types';
import { backupKey, openRecordBackend, RecordRunner, type Plan } from '../record-store';

export const DB_NAME = 'downhill-quiz';
const STORE = 'mastery';

export interface Recovered {
	/** Where the unreadable record was kept. */
	readonly backupKey: string;
	/** Whether part of it could be read and was kept (otherwise mastery starts fresh). */
	readonly partial: boolean;
}

export interface MasteryStore {
	/** False when mastery lasts only as long as the page (no or failing IndexedDB). */
	readonly persistent: boolean;
	/** Set when the stored record could not be read in full (it was backed up, not deleted). */
	readonly recovered: Recovered | null;
	load(): Promise<MasteryState>;
	/** Records one answer to a question of `concept` and returns the new state. */
	record(concept: ConceptId, correct: boolean): Promise<MasteryState>;
	/** Forgets all mastery (backups stay). */
	reset(): Promise<MasteryState>;
}

/** Whether parsing kept everything: same version and count, and no concept record dropped. */
function intact(raw: unknown, state: MasteryState): boolean {
	if (typeof raw !== 'object' || raw === null) return false;
	const record = raw as { version?: unknown; answered?: unknown; concepts?: unknown };
	if (record.version !== MASTERY_VERSION || record.answered !== state.answered) return false;
	const concepts = record.concepts;
	if (typeof concepts !== 'object' || concepts === null) return false;
	return Object.keys(concepts).length === Object.keys(state.concepts).length;
}

interface Reading {
	state: MasteryState;
	backup?: { key: string; value: unknown };
	recovered?: Recovered;
}

/** The stored record as a state; one that does not read in full is backed up first. */
function readRecord(raw: unknown, keys: string[], now: number): Reading {
	if (raw === undefined) return { state: emptyMastery() };
	const state = parseMastery(raw);
	if (intact(raw, state)) return { state };
	const key = backupKey(keys, new Date(now));
	const partial = state.answered > 0 || Object.keys(state.concepts).length > 0;
	return { state, backup: { key, value: raw }, recovered: { backupKey: key, partial } };
}

export interface MasteryStoreOptions {
	/** The IndexedDB to use (tests pass fake-indexeddb's); null for none. Default: the page's. */
	indexedDB?: IDBFactory | null;
	/** The clock (ms since 1970) for answers and backup keys. */
	now?: () => number;
}

/** Opens the learner's mastery store; never fails: without IndexedDB it keeps mastery in memory. */
export async function openMasteryStore(options: MasteryStoreOptions = {}): Promise<MasteryStore> {
	const now = options.now ?? Date.now;
	const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
	const idb = await openRecordBackend<MasteryState>(factory, DB_NAME, STORE);
	const runner = new RecordRunner(idb);
	const store = {
		get persistent() {
			return runner.persistent;
		},
		recovered: null as Recovered | null,
		load: () => run((state) => state),
		record: (concept: ConceptId, correct: boolean) =>
			run((state) => recordAnswer(state, concept, correct, now())),
		reset: () => run(() => emptyMastery())
	};

	/** One transaction: read (and mend) the record, apply `change`, write if anything changed. */
	async function run(change: (state: MasteryState) => MasteryState): Promise<MasteryState> {
		const decide = (raw: unknown, keys: string[]): Plan<MasteryState, MasteryState> => {
			const read = readRecord(raw, keys, now());
			const next = change(read.state);
			if (read.recovered) store.recovered = read.recovered;
			const write = next !== read.state || read.backup ? next : undefined;
			return { result: next, write, backup: read.backup };
		};
		return runner.run(decide);
	}

	return store;
}

/** For a page's onMount: opens the store, loads mastery, hands both over; returns the cleanup. */
export function whenMastery(ready: (store: MasteryStore, state: MasteryState) => void): () => void {
	let alive = true;
	void openMasteryStore().then(async (store) => {
		const state = await store.load();
		if (alive) ready(store, state);
	});
	return () => (alive = false);
}
