// The model landscapes: exact regression surfaces and slices through trained MLPs.
import { mlpLandscapes } from './mlp-landscapes';
import { REGRESSIONS, regressionLandscapes } from './regression';
import type { LandscapeEntry } from '../types';
import type { ModelLandscape } from './types';

export { hasGridJob, type ModelLandscape, type StochasticLandscapeObjective } from './types';
export { LinearModelObjective, type LinearLoss } from './LinearModel';
export { MlpLandscape, type MlpLandscapeSpec, type DatasetName } from './MlpLandscape';
export type { TrainedMlp } from './mlp-objectives';
export { houses, sounds, type House, type Sound } from './data';

/** Every built-in model landscape: the regressions first, then the networks (which train lazily). */
export function modelLandscapes(): ModelLandscape[] {
	return [...regressionLandscapes(), ...mlpLandscapes()];
}

/**
 * The same, by id, none built yet: the registry builds a regression when it is first asked for it
 * (the networks are cheap to make: they train only when first used).
 */
export function modelLandscapeEntries(): LandscapeEntry<ModelLandscape>[] {
	return [
		...REGRESSIONS,
		...mlpLandscapes().map((landscape) => ({ id: landscape.id, build: () => landscape }))
	];
}
