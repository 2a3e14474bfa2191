// Public entry of the landscapes: the registry of terrain the levels use, and the run analysis.
import { ANALYTIC } from './analytic';
import { modelLandscapes } from './models';
import type { Landscape } from './types';

export * from './types';
export { symmetricEigenvalues, classify, type Signature } from './linalg';
export { fromFormula } from './formula';
export { analyse, type Analysis, type AnalysisKind, type RunRecord } from './analyse';
export * from './models';
export * from './grid';

// Model landscapes are cheap to list: the networks train only when first used.
const REGISTRY = new Map<string, Landscape>(
	[...ANALYTIC, ...modelLandscapes()].map((landscape) => [landscape.id, landscape])
);

/** Every built-in landscape, in the order the worlds meet them. */
export function all(): Landscape[] {
	return [...REGISTRY.values()];
}

/** A built-in landscape by id; throws an Error naming the id when there is none. */
export function get(id: string): Landscape {
	const landscape = REGISTRY.get(id);
	if (!landscape) throw new Error(`Unknown landscape "${id}"`);
	return landscape;
}

/** Adds landscapes built elsewhere (the model landscapes register here). */
export function register(landscape: Landscape): void {
	if (REGISTRY.has(landscape.id))
		throw new Error(`Landscape "${landscape.id}" is registered twice`);
	REGISTRY.set(landscape.id, landscape);
}
