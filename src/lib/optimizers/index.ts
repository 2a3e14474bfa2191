// Public entry of the optimizers (CONTRACT.md): the contract's types and `descend`, plus the
// step-wise model, seeded randomness, mini-batches and schedules the game and levels build on.
export type {
	OptimizerName,
	OptimizerSettings,
	Objective,
	DescentOptions,
	Trajectory,
	StochasticObjective,
	LrSchedule,
	DescentPlan,
	DescentOutcome,
	EvaluationCounts,
	OptimizerState,
	BatchInfo,
	StepRecord,
	Vector
} from './types';
export { descend, runToEnd } from './descend';
export { Descent, createDescent } from './Descent';
export { OPTIMIZER_NAMES, isFirstOrder, resolveSettings, type ResolvedSettings } from './settings';
export { createRng, unitDirection, shuffle, type Rng } from './random';
export { iterationsPerEpoch, createBatchSampler, isStochastic } from './minibatch';
export { scheduledLr } from './schedules';
export { solveNewton, PIVOT_TOLERANCE } from './newton';
