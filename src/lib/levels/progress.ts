// A learner's progress: per level the stars earned and the best run, as a versioned JSON document
// the browser keeps and the learner can export and import. Pure: what is recorded, merged or
// imported is checked against the current levels, and an imported star count is never believed —
// the best run is re-played and keeps only the stars it really earns.
import * as v from 'valibot';
import { runLevel } from './play';
import { issuesToProblems } from './problems';
import { validateRun } from './run-check';
import { RunSpecSchema, type Level, type RunSpec, type World } from './schema';
import { WORLDS } from './worlds';

const BUILT_IN: readonly Level[] = WORLDS.flatMap((world) => world.levels);

const count = v.pipe(
	v.number('must be a number ≥ 0'),
	v.finite('must be a number ≥ 0'),
	v.minValue(0, 'must be a number ≥ 0')
);
const timestamp = v.pipe(
	v.string('must be an ISO date string'),
	v.isoTimestamp('must be an ISO date string')
);

export const LevelProgressSchema = v.strictObject({
	stars: v.picklist([0, 1, 2, 3], 'must be 0, 1, 2 or 3'),
	steps: count,
	evaluations: count,
	best: RunSpecSchema,
	at: timestamp
});

export const ProgressSchema = v.strictObject({
	format: v.literal(
		'downhill-progress',
		'must be "downhill-progress" (not a Downhill progress file)'
	),
	version: v.literal(1, 'must be 1 (a progress file from another version of Downhill)'),
	levels: v.record(v.string(), LevelProgressSchema, 'must be an object of levels'),
	updatedAt: timestamp
});

export type LevelProgress = v.InferOutput<typeof LevelProgressSchema>;
export type Progress = v.InferOutput<typeof ProgressSchema>;

/** What recordResult needs of a finished run (a PlayResult is one). */
export interface ResultLike {
	run: RunSpec;
	stars: number;
	stepsUsed: number;
	evaluationsUsed: number;
	goalReached: boolean;
}

export type ParsedProgress =
	{ ok: true; progress: Progress; dropped: string[] } | { ok: false; problems: string[] };

/** No level played yet; `now` defaults to the epoch so the function stays pure. */
export function emptyProgress(now: Date = new Date(0)): Progress {
	return { format: 'downhill-progress', version: 1, levels: {}, updatedAt: now.toISOString() };
}

const find = (levels: readonly Level[], id: string) => levels.find((level) => level.id === id);
/** A level's entry; own keys only, so a level id like "constructor" never reads Object's. */
const entryAt = (progress: Progress, id: string): LevelProgress | undefined =>
	Object.hasOwn(progress.levels, id) ? progress.levels[id] : undefined;

/** Whether entry `a` beats `b`: more stars, then fewer of what the level's stars count. */
function beats(level: Level | undefined, a: LevelProgress, b: LevelProgress): boolean {
	if (a.stars !== b.stars) return a.stars > b.stars;
	// Among losses nothing is better: the first one stays.
	if (a.stars === 0) return false;
	const first = level?.stars.by === 'evaluations' ? 'evaluations' : 'steps';
	const second = first === 'steps' ? 'evaluations' : 'steps';
	if (a[first] !== b[first]) return a[first] < b[first];
	return a[second] < b[second];
}

/** The entry a result makes, or null when it is unscored (unknown level, stale version, forged). */
function entryOf(result: ResultLike, levels: readonly Level[], now: Date): LevelProgress | null {
	const level = find(levels, result.run?.levelId);
	if (!level) return null;
	const check = validateRun(level, result.run);
	const { stars, stepsUsed, evaluationsUsed, goalReached } = result;
	const sane =
		(stars === 0 || stars === 1 || stars === 2 || stars === 3) &&
		goalReached === stars > 0 &&
		v.is(count, stepsUsed) &&
		v.is(count, evaluationsUsed);
	if (!check.ok || !sane) return null;
	return {
		stars,
		steps: stepsUsed,
		evaluations: evaluationsUsed,
		best: check.run,
		at: now.toISOString()
	};
}

/**
 * Progress with `result` recorded: the level keeps its better run (more stars, then fewer steps or
 * evaluations as the level's stars count them; a loss never replaces a win). An unscored result
 * (the Sandbox, an unknown level, a run for another version or breaking the rules) changes
 * nothing and the same object is returned.
 */
export function recordResult(
	progress: Progress,
	result: ResultLike,
	now: Date,
	levels: readonly Level[] = BUILT_IN
): Progress {
	const entry = entryOf(result, levels, now);
	if (!entry) return progress;
	const id = entry.best.levelId;
	const old = entryAt(progress, id);
	if (old && !beats(find(levels, id), entry, old)) return progress;
	return { ...progress, levels: { ...progress.levels, [id]: entry }, updatedAt: entry.at };
}

/** Both progresses in one (an import): per level the better entry; on a tie `a`'s stays. */
export function mergeProgress(
	a: Progress,
	b: Progress,
	levels: readonly Level[] = BUILT_IN
): Progress {
	const merged = { ...a.levels };
	for (const [id, entry] of Object.entries(b.levels)) {
		const old = Object.hasOwn(merged, id) ? merged[id] : undefined;
		if (!old || beats(find(levels, id), entry, old)) merged[id] = entry;
	}
	const updatedAt = a.updatedAt >= b.updatedAt ? a.updatedAt : b.updatedAt;
	return { ...a, levels: merged, updatedAt };
}

/** One stored entry checked against today's level; a message instead when it must be dropped. */
function checkEntry(
	id: string,
	entry: LevelProgress,
	levels: readonly Level[],
	replay: boolean
): { entry: LevelProgress; note?: string } | { dropped: string } {
	const path = `levels.${id}`;
	const level = find(levels, id);
	if (!level) return { dropped: `${path}: there is no level "${id}" (dropped)` };
	const check = validateRun(level, entry.best);
	if (!check.ok)
		return {
			dropped: `${path}: the saved run no longer fits this level (dropped): ${check.problems.join('; ')}`
		};
	if (!replay) return { entry };
	let played;
	try {
		played = runLevel(level, check.run);
	} catch (error) {
		return {
			dropped: `${path}: the saved run cannot be re-played (dropped): ${(error as Error).message}`
		};
	}
	const honest = {
		...entry,
		stars: played.stars,
		steps: played.stepsUsed,
		evaluations: played.evaluationsUsed
	};
	if (played.stars === entry.stars) return { entry: honest };
	const note = `${path}: the file claims ${entry.stars} stars but the run earns ${played.stars}; kept ${played.stars}`;
	return { entry: honest, note };
}

/**
 * A progress document read from a file or from storage. Anything that is not one (another app's
 * file, a broken one) is rejected with every problem. Entries for unknown levels, or whose best
 * run no longer fits its level (the level's version moved on), are dropped with a message each and
 * the rest is kept. With `replay` (the default) every best run is played again and keeps only the
 * stars, steps and evaluations it really earns; storage the app wrote itself may skip that.
 */
export function parseProgress(
	json: unknown,
	options: { levels?: readonly Level[]; replay?: boolean } = {}
): ParsedProgress {
	const { levels = BUILT_IN, replay = true } = options;
	const parsed = v.safeParse(ProgressSchema, json);
	if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.issues) };
	const kept: Record<string, LevelProgress> = {};
	const dropped: string[] = [];
	for (const [id, stored] of Object.entries(parsed.output.levels)) {
		const checked = checkEntry(id, stored, levels, replay);
		if ('dropped' in checked) dropped.push(checked.dropped);
		else {
			kept[id] = checked.entry;
			if (checked.note) dropped.push(checked.note);
		}
	}
	return { ok: true, progress: { ...parsed.output, levels: kept }, dropped };
}

const won = (progress: Progress, level: Level) => (entryAt(progress, level.id)?.stars ?? 0) >= 1;

/** Which worlds are open: the first, and each whose previous world has at least half its levels won. */
function openWorlds(progress: Progress, worlds: readonly World[]): boolean[] {
	return worlds.map((_, i) => {
		if (i === 0) return true;
		const previous = worlds[i - 1].levels;
		return (
			previous.filter((level) => won(progress, level)).length >= Math.ceil(previous.length / 2)
		);
	});
}

/**
 * The levels the learner may play: in an open world its first level and every level whose previous
 * level has a star; a level already won is always open.
 */
export function unlocked(progress: Progress, worlds: readonly World[] = WORLDS): Set<string> {
	const open = new Set<string>();
	const worldOpen = openWorlds(progress, worlds);
	worlds.forEach((world, w) =>
		world.levels.forEach((level, i) => {
			const reachable = worldOpen[w] && (i === 0 || won(progress, world.levels[i - 1]));
			if (reachable || won(progress, level)) open.add(level.id);
		})
	);
	return open;
}

export interface WorldSummary {
	id: string;
	/** Stars earned in this world, and the most it offers (3 a level). */
	stars: number;
	possible: number;
	/** Levels with at least one star, of `levels`. */
	won: number;
	levels: number;
	open: boolean;
}

/** Per world, for the world map: stars earned and possible, levels won, whether it is open. */
export function worldSummary(
	progress: Progress,
	worlds: readonly World[] = WORLDS
): WorldSummary[] {
	const worldOpen = openWorlds(progress, worlds);
	return worlds.map((world, w) => ({
		id: world.id,
		stars: world.levels.reduce((sum, level) => sum + (entryAt(progress, level.id)?.stars ?? 0), 0),
		possible: 3 * world.levels.length,
		won: world.levels.filter((level) => won(progress, level)).length,
		levels: world.levels.length,
		open: worldOpen[w]
	}));
}
