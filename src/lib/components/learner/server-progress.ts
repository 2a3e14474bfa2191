// Brings the signed-in learner's verified progress from the server into this device's stores (the
// levels' progress, the puzzles' stars), each merge one transaction that only ever raises an entry
// (progress-merge.ts). Run on start and after signing in; without a connection it does nothing.
import type { ProgressBody } from '$lib/classroom/attempt';
import { openProgressStore } from '$lib/components/play/progress-store';
import { openStarStore } from '$lib/components/puzzles/star-store';
import { mergeLevels, puzzleRecords } from './progress-merge';

export const PROGRESS_ENDPOINT = '/api/progress';

export interface MergeOptions {
	fetch?: typeof fetch;
	indexedDB?: IDBFactory | null;
	now?: () => Date;
}

/** What the merge changed on this device. */
export interface Merged {
	/** Levels and puzzles whose entry the server's raised. */
	levels: string[];
	puzzles: string[];
}

async function fetchProgress(send: typeof fetch): Promise<ProgressBody | 'signed-out' | null> {
	try {
		const response = await send(PROGRESS_ENDPOINT, { credentials: 'same-origin' });
		// 401 nobody, 403 a teacher: no learner is signed in here.
		if (response.status === 401 || response.status === 403) return 'signed-out';
		if (!response.ok) return null;
		const body = (await response.json()) as Partial<ProgressBody> | null;
		return Array.isArray(body?.items) ? (body as ProgressBody) : null;
	} catch {
		return null;
	}
}

/**
 * Merges the server's progress in. 'signed-out': the server says no learner is signed in here;
 * null: it could not be asked (offline, an error), and nothing changed.
 */
export async function mergeServerProgress(
	options: MergeOptions = {}
): Promise<Merged | 'signed-out' | null> {
	const body = await fetchProgress(options.fetch ?? globalThis.fetch);
	if (body === null || body === 'signed-out') return body;
	const now = options.now ?? (() => new Date());
	const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
	const progress = await openProgressStore({ indexedDB: factory, now });
	const levels: string[] = [];
	await progress.update((local) => {
		const merged = mergeLevels(local, body.items, now());
		levels.length = 0;
		for (const [id, entry] of Object.entries(merged.levels))
			if (!Object.hasOwn(local.levels, id) || local.levels[id] !== entry) levels.push(id);
		return merged;
	});
	const stars = await openStarStore(factory);
	const puzzles: string[] = [];
	for (const { id, record } of puzzleRecords(body.items))
		if (await stars.record(id, record)) puzzles.push(id);
	return { levels, puzzles };
}
