// Playing a level to the end: a pure function of the run (level id and version, settings, start,
// seed), so the browser draws it and the server re-plays it to verify a score with the same result,
// bit for bit. The step-wise LevelRun does the walking; this drives it to the end.
import { LevelRun, type PlayResult } from './LevelRun';
import type { Level, RunSpec } from './schema';

export type { PlayOutcome, PlayResult } from './LevelRun';

/** Plays `run` on `level`; throws an Error listing every problem when the run breaks the rules. */
export function runLevel(level: Level, run: RunSpec): PlayResult {
	return new LevelRun(level, run).finish();
}
