// The landscape and map edges a level plays on: a registry id or a typed formula. Formula
// landscapes are parsed once per (formula, bounds) and kept, so re-playing a level is cheap.
import * as landscapes from '../landscapes';
import type { Bounds, Landscape } from '../landscapes';
import type { Level } from './schema';

const formulas = new Map<string, Landscape>();

/** Throws an Error naming the id, or the engine's ExpressionError for a bad formula. */
export function levelLandscape(level: Pick<Level, 'landscape' | 'bounds'>): Landscape {
	const ref = level.landscape;
	if (ref.kind === 'registry') return landscapes.get(ref.id);
	if (!level.bounds) throw new Error('bounds are required for a formula landscape');
	const key = `${ref.formula}\u0000${JSON.stringify(level.bounds)}`;
	let landscape = formulas.get(key);
	if (!landscape) {
		landscape = landscapes.fromFormula(ref.formula, level.bounds);
		formulas.set(key, landscape);
	}
	return landscape;
}

/** The level's own edges, else the landscape's. */
export function levelBounds(level: Pick<Level, 'bounds'>, landscape: Landscape): Bounds {
	return level.bounds ?? landscape.bounds;
}

/** Whether the objective is a mean over examples (mini-batches possible), and over how many. */
export function exampleCount(landscape: Landscape): number | undefined {
	const size = (landscape.objective as { size?: unknown }).size;
	return typeof size === 'number' ? size : undefined;
}
