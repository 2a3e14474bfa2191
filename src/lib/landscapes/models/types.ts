// What model landscapes add to a Landscape: an objective that also gives mini-batch gradients
// (structurally the optimizers' StochasticObjective), and the engine grid job that draws it.
import type { GridJob } from '../../engine';
import type { Landscape, LandscapeObjective, Point } from '../types';

/** An objective that is a mean over `size` examples; batchGradient averages over `indices` only. */
export interface StochasticLandscapeObjective extends LandscapeObjective {
	readonly size: number;
	batchGradient(at: Point, indices: Int32Array | readonly number[]): Record<string, number>;
}

export interface ModelLandscape extends Landscape {
	family: 'model';
	objective: StochasticLandscapeObjective;
	/** The engine job that evaluates an n×n grid of this landscape over its bounds. */
	gridJob(n: number): GridJob;
}

/** True for landscapes that bring their own grid job (the model landscapes). */
export function hasGridJob(landscape: Landscape): landscape is ModelLandscape {
	return typeof (landscape as Partial<ModelLandscape>).gridJob === 'function';
}
