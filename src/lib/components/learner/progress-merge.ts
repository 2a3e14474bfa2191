// The server's verified progress (GET /api/progress) merged into what this device holds, so a
// learner who signs in on another device gets their stars back. Pure. Nothing is ever lowered or
// dropped: per level the better run stays (recordResult's order: more stars, then fewer steps or
// evaluations), per puzzle the most stars; what only this device has stays as it is. The server's
// numbers are the ones it computed when it re-ran the attempt, so they are believed as they are.
import type { ProgressEntry } from '$lib/classroom/attempt';
import { recordResult, type Progress, type ResultLike } from '$lib/levels';
import type { StarRecord } from '$lib/components/puzzles/star-store';

/** The server's level bests as finished runs (a level the server has no run for is left out). */
export function levelResults(entries: readonly ProgressEntry[]): ResultLike[] {
	return entries.flatMap((entry) => {
		if (entry.item.kind !== 'level' || !entry.level) return [];
		const { run, stepsUsed, evaluationsUsed } = entry.level;
		const { id: levelId, version } = entry.item;
		return [
			{
				run: { levelId, version, ...run },
				stars: entry.stars,
				stepsUsed,
				evaluationsUsed,
				goalReached: entry.stars > 0
			}
		];
	});
}

/**
 * Local progress with the server's levels merged in: each level keeps the better of the two. A
 * server run that no longer fits its level (another version) changes nothing, like any stale run.
 */
export function mergeLevels(
	local: Progress,
	entries: readonly ProgressEntry[],
	now: Date
): Progress {
	return levelResults(entries).reduce(
		(progress, result) => recordResult(progress, result, now),
		local
	);
}

/** The server's puzzle stars as star-store records (puzzles without a star are left out). */
export function puzzleRecords(
	entries: readonly ProgressEntry[]
): { id: string; record: StarRecord }[] {
	return entries.flatMap((entry) => {
		const { stars } = entry;
		if (entry.item.kind !== 'puzzle' || !entry.puzzle) return [];
		if (stars !== 1 && stars !== 2 && stars !== 3) return [];
		const record: StarRecord = {
			stars,
			version: entry.item.version,
			seed: entry.puzzle.seed,
			at: entry.createdAt
		};
		return [{ id: entry.item.id, record }];
	});
}
