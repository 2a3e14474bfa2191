// Merging the server's verified bests into this device's progress: the better of the two per level,
// nothing local ever lowered or dropped, stale or unusable server entries ignored. Step counts are
// hand-computed (levels/progress.test.ts): on first-step GD from w = −3 with η = 0.4 takes 3 steps
// (3 stars), 0.3 takes 6 (2 stars), 0.1 takes 21 (1 star).
import { describe, expect, it } from 'vitest';
import type { ProgressEntry } from '$lib/classroom/attempt';
import { emptyProgress, getLevel, recordResult, runLevel, type RunSpec } from '$lib/levels';
import { levelResults, mergeLevels, puzzleRecords } from './progress-merge';

const T0 = new Date('2025-01-02T03:04:05.000Z');
const T1 = new Date('2025-02-03T04:05:06.000Z');
const run = (lr: number) => ({ settings: { name: 'gd' as const, lr }, start: { w: -3 }, seed: 0 });
const spec = (lr: number): RunSpec => ({ levelId: 'first-step', version: 1, ...run(lr) });

/** A level best as GET /api/progress gives it. */
const serverLevel = (
	id: string,
	stars: number,
	steps: number,
	lr: number,
	version = 1
): ProgressEntry => ({
	item: { kind: 'level', id, version },
	attemptId: 1,
	score: stars / 3,
	stars,
	passed: stars > 0,
	summary: null,
	createdAt: T0.toISOString(),
	level: { run: run(lr), stepsUsed: steps, evaluationsUsed: steps }
});

const local = (lr: number) =>
	recordResult(emptyProgress(T0), runLevel(getLevel('first-step'), spec(lr)), T0);

describe('merging the server’s levels', () => {
	it('takes the server’s run where it is better, with its stars and steps', () => {
		const merged = mergeLevels(local(0.1), [serverLevel('first-step', 3, 3, 0.4)], T1);
		expect(merged.levels['first-step']).toEqual({
			stars: 3,
			steps: 3,
			evaluations: 3,
			best: spec(0.4),
			at: T1.toISOString()
		});
	});

	it('keeps the local run where it is better, and what only this device has', () => {
		const mine = local(0.4);
		const merged = mergeLevels(mine, [serverLevel('first-step', 2, 6, 0.3)], T1);
		expect(merged).toBe(mine);
		// Another level only the server has: added beside the local one, which stays as it was.
		const timid = getLevel('too-timid');
		const played = runLevel(timid, {
			levelId: timid.id,
			version: timid.version,
			...timid.reference
		});
		const theirs: ProgressEntry = {
			...serverLevel(timid.id, played.stars, played.stepsUsed, 0),
			level: {
				run: timid.reference,
				stepsUsed: played.stepsUsed,
				evaluationsUsed: played.evaluationsUsed
			}
		};
		const both = mergeLevels(mine, [theirs], T1);
		expect(Object.keys(both.levels).sort()).toEqual(['first-step', 'too-timid']);
		expect(both.levels['first-step']).toBe(mine.levels['first-step']);
		expect(both.levels['too-timid']).toMatchObject({
			stars: played.stars,
			steps: played.stepsUsed,
			best: { levelId: timid.id, ...timid.reference }
		});
		expect(played.stars).toBeGreaterThan(0);
	});

	it('adds a level only the server has, and a server loss never replaces a win', () => {
		const merged = mergeLevels(emptyProgress(T0), [serverLevel('first-step', 2, 6, 0.3)], T1);
		expect(merged.levels['first-step']).toMatchObject({ stars: 2, steps: 6, best: spec(0.3) });
		const lost = mergeLevels(local(0.1), [serverLevel('first-step', 0, 800, 1.2)], T1);
		expect(lost.levels['first-step']).toMatchObject({ stars: 1, steps: 21 });
	});

	it('ignores a run for another version of the level and entries that are not levels', () => {
		const entries: ProgressEntry[] = [
			serverLevel('first-step', 3, 3, 0.4, 7),
			{ ...serverLevel('first-step', 3, 3, 0.4), level: undefined },
			{
				...serverLevel('gates.mul', 3, 3, 0.4),
				item: { kind: 'puzzle', id: 'gates.mul', version: 1 }
			}
		];
		expect(levelResults(entries.slice(2))).toEqual([]);
		const mine = local(0.1);
		expect(mergeLevels(mine, entries, T1)).toBe(mine);
	});
});

describe('the server’s puzzle stars', () => {
	const puzzle = (id: string, stars: number, seed?: number): ProgressEntry => ({
		item: { kind: 'puzzle', id, version: 2 },
		attemptId: 4,
		score: stars / 3,
		stars,
		passed: stars > 0,
		summary: null,
		createdAt: T0.toISOString(),
		...(seed === undefined ? {} : { puzzle: { seed } })
	});

	it('become star records with the version and seed they were earned on; none for no stars', () => {
		expect(
			puzzleRecords([puzzle('gates.mul', 2, 9), puzzle('gates.add', 0, 1), puzzle('x', 3)])
		).toEqual([
			{ id: 'gates.mul', record: { stars: 2, version: 2, seed: 9, at: T0.toISOString() } }
		]);
	});
});
