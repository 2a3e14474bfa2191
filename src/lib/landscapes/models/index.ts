// The model landscapes: exact regression surfaces and slices through trained MLPs.
import { mlpLandscapes } from './mlp-landscapes';
import { regressionLandscapes } from './regression';
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
