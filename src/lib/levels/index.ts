// Public entry of the levels: the schema and its validation, the cost model, playing a run, the
// built-in worlds and the Sandbox. Pure: the server imports this to re-play and verify a score.
import type { Level } from './schema';
import { WORLDS } from './worlds';

export * from './schema';
export { validateLevel, type LevelValidation } from './validate';
export { validateRun } from './run-check';
export { runLevel, type PlayOutcome, type PlayResult } from './play';
export { LevelRun, type Course } from './LevelRun';
export { evaluationCost, VALUE_COST, type CostInputs } from './cost';
export { levelLandscape, levelBounds } from './landscape';
export { SANDBOX, type SandboxSpec } from './sandbox';
export * from './progress';
export { WORLDS };

/** Every built-in level, world by world, in playing order. */
export const LEVELS: readonly Level[] = WORLDS.flatMap((world) => world.levels);

/** A built-in level by id; throws an Error naming the id when there is none. */
export function getLevel(id: string): Level {
	const level = LEVELS.find((l) => l.id === id);
	if (!level) throw new Error(`Unknown level "${id}"`);
	return level;
}
