// The contract's one-call descent (CONTRACT.md): the step-wise model run to its end.
import type { DescentOptions, Objective, OptimizerSettings, Trajectory } from './types';
import { createDescent, type Descent } from './Descent';

/** Steps `descent` until it is done and returns its path. */
export function runToEnd(descent: Descent): Trajectory {
	while (descent.step());
	const outcome = descent.outcome;
	if (outcome === 'running') throw new Error('descent stopped while still running');
	return { points: descent.points.map((p) => ({ ...p })), losses: [...descent.losses], outcome };
}

/**
 * Takes `options.steps` steps of the chosen optimizer from `start`. Stops early with outcome
 * `diverged` (a non-finite point or loss, or a point outside `bounds`, recorded as the last point)
 * or `singular` (Newton met a Hessian it cannot invert; no new point). Extra controls of a
 * `DescentPlan` (batchSize, schedule, switchTo) are honoured when present.
 */
export function descend(
	objective: Objective,
	start: Readonly<Record<string, number>>,
	settings: OptimizerSettings,
	options: DescentOptions
): Trajectory {
	return runToEnd(createDescent(objective, start, settings, options));
}
