// The optimizers' public types: the contract's (CONTRACT.md, kept exactly) and the step-wise
// model's additions (step records, mini-batch objectives, schedules, switching).

export type OptimizerName =
	| 'gd'
	| 'momentum'
	| 'nesterov'
	| 'adagrad'
	| 'rmsprop'
	| 'adam'
	| 'newton'
	| 'random-search'
	| 'random-local-search';

export interface OptimizerSettings {
	name: OptimizerName;
	lr: number; // learning rate η (for newton: damping, 1 = pure Newton)
	momentum?: number; // μ, momentum and nesterov; default 0.9
	beta1?: number; // adam; default 0.9
	beta2?: number; // adam; default 0.999
	alpha?: number; // rmsprop smoothing; default 0.99
	eps?: number; // adam, rmsprop default 1e-8; adagrad default 1e-10
	radius?: number; // random-local-search step length; default = lr
}

export interface Objective {
	readonly variables: readonly string[];
	value(at: Readonly<Record<string, number>>): number;
	gradient(at: Readonly<Record<string, number>>): Record<string, number>;
	hessian?(at: Readonly<Record<string, number>>): number[][];
}

export interface DescentOptions {
	steps: number; // optimizer steps to take
	seed?: number; // for the random methods (and SGD batches)
	bounds?: Readonly<Record<string, readonly [number, number]>>; // the map's edges
}

export interface Trajectory {
	points: Record<string, number>[]; // start first; one more per step taken
	losses: number[]; // objective value at each point
	outcome: 'completed' | 'diverged' | 'singular';
}

/** A loss over N examples: `value`/`gradient` use all of them, `batchGradient` the listed ones. */
export interface StochasticObjective extends Objective {
	readonly size: number;
	batchGradient(
		at: Readonly<Record<string, number>>,
		indices: Int32Array | readonly number[]
	): Record<string, number>;
}

/** lr for step t (1-based): constant; ×γ after every `every` steps; cosine from lr to `minLr` over `total` steps. */
export type LrSchedule =
	| { kind: 'constant' }
	| { kind: 'step'; every: number; gamma: number }
	| { kind: 'cosine'; total: number; minLr?: number };

/** The contract's options plus the advanced controls (all optional). */
export interface DescentPlan extends DescentOptions {
	batchSize?: number; // mini-batch size (1 = SGD, size = full batch); needs a StochasticObjective
	schedule?: LrSchedule;
	switchTo?: { after: number; settings: OptimizerSettings }; // e.g. Adam for k steps, then gd
}

/** Objective evaluations so far; levels budget them. */
export interface EvaluationCounts {
	value: number;
	gradient: number; // full gradients
	hessian: number;
	batchGradient: number; // mini-batch gradients
	examples: number; // examples seen by batch gradients
}

export type Vector = Record<string, number>;

/** What an optimizer remembers between steps, as the game draws it. */
export type OptimizerState =
	| { kind: 'gd' }
	| { kind: 'momentum' | 'nesterov'; velocity: Vector }
	| { kind: 'adagrad'; sumSquares: Vector }
	| { kind: 'rmsprop'; meanSquares: Vector }
	| { kind: 'adam'; t: number; m: Vector; v: Vector; mHat: Vector; vHat: Vector }
	| { kind: 'newton'; hessian: number[][]; direction: Vector }
	| { kind: 'random'; candidate: Vector; candidateLoss: number; accepted: boolean };

export interface BatchInfo {
	epoch: number; // 1-based
	iteration: number; // 1-based, within the epoch
	iterationsPerEpoch: number; // ceil(N / batchSize)
	examplesSeen: number; // in total, including this batch
	indices: readonly number[];
}

export interface StepRecord {
	step: number; // 1-based
	optimizer: OptimizerName;
	before: Vector;
	after: Vector;
	lossBefore: number;
	loss: number; // at `after`
	gradient: Vector | null; // null for the random methods (they never look at a slope)
	update: Vector; // after − before
	lr: number; // effective step size after any schedule (radius for random-local-search, 0 for random-search)
	state: OptimizerState;
	evaluations: EvaluationCounts; // cumulative, after this step
	batch?: BatchInfo;
}

export type DescentOutcome = Trajectory['outcome'] | 'running';
