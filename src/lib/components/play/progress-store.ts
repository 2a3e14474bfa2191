// Where a learner's progress lives between visits: IndexedDB (through `idb`) in the browser, in a
// database of its own ('downhill-progress', apart from the grid cache's 'downhill-grids'). Every
// operation is one read-change-write transaction, so two open tabs never lose each other's stars.
// Nothing is ever thrown away silently: a record that no longer reads (or loses entries to a level
// update) is first copied under a backup key. Without IndexedDB (private mode, an old browser, a
// failure on the way) progress lives in memory for the page, and `persistent` says so.
import {
	emptyProgress,
	mergeProgress,
	parseProgress,
	recordResult,
	type ParsedProgress,
	type Progress,
	type ResultLike
} from '$lib/levels';
import { backupKey, openRecordBackend, RecordRunner, type Plan } from '../record-store';

export const DB_NAME = 'downhill-progress';
const STORE = 'progress';

export type ImportResult = ParsedProgress;

export interface ProgressStore {
	/** False when progress lasts only as long as the page (no or failing IndexedDB). */
	readonly persistent: boolean;
	/** Set when the stored record could not be read: it was kept under `backupKey`, progress restarted. */
	readonly recovered: { backupKey: string; problems: string[] } | null;
	/** Entries dropped from storage because their level changed (the old record is under `backupKey`). */
	readonly dropped: { backupKey: string; problems: string[] } | null;
	load(): Promise<Progress>;
	/** Records a finished run, keeping the better one (recordResult), and returns the new progress. */
	save(result: ResultLike): Promise<Progress>;
	/** Applies `change` to the stored progress in one transaction (e.g. the server's merged in). */
	update(change: (progress: Progress) => Progress): Promise<Progress>;
	/** Reads a progress file (re-playing every run), merges it in and returns what came of it. */
	importFile(text: string): Promise<ImportResult>;
	/** The progress as a pretty-printed JSON file. */
	exportFile(): Promise<string>;
	/** Forgets all progress (backups stay). */
	reset(): Promise<Progress>;
}

type Notice = { backupKey: string; problems: string[] };

interface Reading {
	progress: Progress;
	/** The record as it was, to keep, and whether the mended progress must replace it. */
	backup?: { key: string; value: unknown };
	rewrite?: boolean;
	recovered?: Notice;
	dropped?: Notice;
}

/** The stored record as progress; a broken record (or one losing entries) is backed up first. */
function readRecord(raw: unknown, keys: string[], now: Date): Reading {
	if (raw === undefined) return { progress: emptyProgress(now) };
	// The app wrote this itself from played runs; levels are re-checked, but not re-played (speed).
	const parsed = parseProgress(raw, { replay: false });
	if (parsed.ok && parsed.dropped.length === 0) return { progress: parsed.progress };
	const key = backupKey(keys, now);
	const backup = { key, value: raw };
	if (!parsed.ok) {
		const recovered: Notice = { backupKey: key, problems: parsed.problems };
		return { progress: emptyProgress(now), backup, rewrite: true, recovered };
	}
	const dropped: Notice = { backupKey: key, problems: parsed.dropped };
	return { progress: parsed.progress, backup, rewrite: true, dropped };
}

/** A progress file's text, parsed and checked (every run re-played). */
function readFile(text: string): ImportResult {
	try {
		return parseProgress(JSON.parse(text));
	} catch (error) {
		return { ok: false, problems: [`(file): not a JSON file (${(error as Error).message})`] };
	}
}

export interface ProgressStoreOptions {
	/** The IndexedDB to use (tests pass fake-indexeddb's); null for none. Default: the page's. */
	indexedDB?: IDBFactory | null;
	/** The clock for dates in records and backup keys. */
	now?: () => Date;
}

/** Opens the learner's progress store; never fails: without IndexedDB it keeps progress in memory. */
export async function openProgressStore(
	options: ProgressStoreOptions = {}
): Promise<ProgressStore> {
	const now = options.now ?? (() => new Date());
	const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
	const idb = await openRecordBackend<Progress>(factory, DB_NAME, STORE);
	const runner = new RecordRunner(idb);
	const store = {
		get persistent() {
			return runner.persistent;
		},
		recovered: null as Notice | null,
		dropped: null as Notice | null,
		load: () => run((progress) => progress),
		save: (result: ResultLike) => run((progress) => recordResult(progress, result, now())),
		update: (change: (progress: Progress) => Progress) => run(change),
		importFile,
		exportFile: async () => `${JSON.stringify(await store.load(), null, 2)}\n`,
		reset: () => run(() => emptyProgress(now()))
	};

	/** One transaction: read (and mend) the record, apply `change`, write if anything changed. */
	async function run(change: (progress: Progress) => Progress): Promise<Progress> {
		const decide = (raw: unknown, keys: string[]): Plan<Progress, Progress> => {
			const time = now();
			const read = readRecord(raw, keys, time);
			const next = change(read.progress);
			if (read.recovered) store.recovered = read.recovered;
			if (read.dropped) store.dropped = read.dropped;
			const write = next !== read.progress || read.rewrite ? next : undefined;
			return { result: next, write, backup: read.backup };
		};
		return runner.run(decide);
	}

	async function importFile(text: string): Promise<ImportResult> {
		const file = readFile(text);
		if (!file.ok) return file;
		const progress = await run((current) => mergeProgress(current, file.progress));
		return { ok: true, progress, dropped: file.dropped };
	}

	return store;
}

/** For a page's onMount: opens the store, loads progress, hands both over; returns the cleanup. */
export function whenProgress(
	ready: (store: ProgressStore, progress: Progress) => void
): () => void {
	let alive = true;
	void openProgressStore().then(async (store) => {
		const progress = await store.load();
		if (alive) ready(store, progress);
	});
	return () => (alive = false);
}
