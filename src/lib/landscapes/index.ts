// Public entry of the landscapes: the registry of terrain the levels use, and the run analysis.
import { ANALYTIC } from './analytic';
import { modelLandscapeEntries } from './models';
import type { Landscape } from './types';

export * from './types';
export { symmetricEigenvalues, classify, type Signature } from './linalg';
export { fromFormula } from './formula';
export { analyse, type Analysis, type AnalysisKind, type RunRecord } from './analyse';
export * from './models';
export * from './grid';

// Every landscape is known by id from the start but built (a formula parsed, a minimum solved) only
// when first asked for: importing the registry costs next to nothing, which the pages that list
// levels (and load this through the level checks) feel as a shorter start-up.
type Slot = { landscape: Landscape } | { build: () => Landscape };
const REGISTRY = new Map<string, Slot>(
	[...ANALYTIC, ...modelLandscapeEntries()].map(({ id, build }) => [id, { build }])
);

function landscapeIn(id: string, slot: Slot): Landscape {
	if ('landscape' in slot) return slot.landscape;
	const landscape = slot.build();
	if (landscape.id !== id) throw new Error(`Landscape "${id}" built as "${landscape.id}"`);
	REGISTRY.set(id, { landscape });
	return landscape;
}

/** Every built-in landscape, in the order the worlds meet them. */
export function all(): Landscape[] {
	return [...REGISTRY].map(([id, slot]) => landscapeIn(id, slot));
}

/** A built-in landscape by id; throws an Error naming the id when there is none. */
export function get(id: string): Landscape {
	const slot = REGISTRY.get(id);
	if (!slot) throw new Error(`Unknown landscape "${id}"`);
	return landscapeIn(id, slot);
}

/** Adds landscapes built elsewhere. */
export function register(landscape: Landscape): void {
	if (REGISTRY.has(landscape.id))
		throw new Error(`Landscape "${landscape.id}" is registered twice`);
	REGISTRY.set(landscape.id, { landscape });
}
