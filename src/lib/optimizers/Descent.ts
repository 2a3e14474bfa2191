// The step-wise descent model the game draws from: one optimizer step per call to step(), each
// returning what the view needs (points, loss, gradient, update, effective lr, optimizer state,
// evaluation counts). `descend` is this model run to the end, so both give identical paths.
import type {
	BatchInfo,
	DescentOutcome,
	DescentPlan,
	EvaluationCounts,
	Objective,
	OptimizerSettings,
	OptimizerState,
	StepRecord,
	StochasticObjective,
	Vector
} from './types';
import type { ResolvedSettings } from './settings';
import { createFirstOrder, toVector, type FirstOrderRule } from './first-order';
import { solveNewton } from './newton';
import { createRng, unitDirection, type Rng } from './random';
import { createBatchSampler } from './minibatch';
import { scheduledLr } from './schedules';
import { setUpRun, type RunSetup } from './run-setup';

interface Move {
	after: Float64Array;
	loss: number;
	gradient: Float64Array | null;
	state: OptimizerState;
	lr: number;
	batch?: BatchInfo;
}

export class Descent {
	readonly variables: readonly string[];
	readonly points: Vector[] = [];
	readonly losses: number[] = [];
	readonly evaluations: EvaluationCounts = {
		value: 0,
		gradient: 0,
		hessian: 0,
		batchGradient: 0,
		examples: 0
	};
	outcome: DescentOutcome = 'running';
	private readonly setup: RunSetup;
	private readonly rng: Rng;
	private readonly nextBatch?: () => BatchInfo;
	private p: Float64Array;
	private lossNow: number;
	private t = 0;
	private rule: { phase: number; rule: FirstOrderRule | null } = { phase: -1, rule: null };

	constructor(
		private readonly objective: Objective,
		start: Readonly<Record<string, number>>,
		settings: OptimizerSettings,
		private readonly plan: DescentPlan
	) {
		this.setup = setUpRun(objective, start, settings, plan);
		this.variables = this.setup.names;
		this.rng = createRng(plan.seed ?? 0);
		if (plan.batchSize !== undefined) {
			const size = (objective as StochasticObjective).size;
			this.nextBatch = createBatchSampler(size, plan.batchSize, this.rng);
		}
		this.p = this.setup.start;
		this.lossNow = this.valueAt(this.p);
		this.record(this.p, this.lossNow);
		if (!Number.isFinite(this.lossNow)) this.outcome = 'diverged';
		else if (plan.steps === 0) this.outcome = 'completed';
	}

	get done(): boolean {
		return this.outcome !== 'running';
	}
	get stepsTaken(): number {
		return this.t;
	}
	get point(): Vector {
		return this.points[this.points.length - 1];
	}
	get loss(): number {
		return this.lossNow;
	}

	/** Takes one optimizer step; null when the run is over (or Newton met a singular Hessian). */
	step(): StepRecord | null {
		if (this.done) return null;
		const t = this.t + 1;
		const phase = t <= this.setup.switchAfter ? 0 : 1;
		const s = this.setup.phases[phase];
		const lr = scheduledLr(this.plan.schedule, s.lr, t);
		const move = this.move(phase, s, lr);
		if (!move) {
			this.outcome = 'singular';
			return null;
		}
		const before = this.p;
		const lossBefore = this.lossNow;
		this.t = t;
		this.p = move.after;
		this.lossNow = move.loss;
		this.record(move.after, move.loss);
		if (this.leftTheMap(move.after, move.loss)) this.outcome = 'diverged';
		else if (t === this.plan.steps) this.outcome = 'completed';
		return this.stepRecord(t, s, before, lossBefore, move);
	}

	private move(phase: number, s: ResolvedSettings, lr: number): Move | null {
		if (s.name === 'newton') return this.newtonMove(lr);
		if (s.name === 'random-search' || s.name === 'random-local-search') {
			return this.randomMove(s, lr);
		}
		if (this.rule.phase !== phase) this.rule = { phase, rule: createFirstOrder(s, this.p.length) };
		return this.firstOrderMove(this.rule.rule!, lr);
	}

	private firstOrderMove(rule: FirstOrderRule, lr: number): Move {
		const batch = this.nextBatch?.();
		const g = batch ? this.batchGradientAt(this.p, batch.indices) : this.gradientAt(this.p);
		const delta = rule.update(g, lr);
		const after = this.p.map((x, i) => x + delta[i]);
		return {
			after,
			loss: this.valueAt(after),
			gradient: g,
			state: rule.state(this.variables),
			lr,
			batch
		};
	}

	private newtonMove(lr: number): Move | null {
		const g = this.gradientAt(this.p);
		this.evaluations.hessian += 1;
		const hessian = this.objective.hessian!(this.at(this.p));
		const d = solveNewton(hessian, g);
		if (!d) return null;
		const after = this.p.map((x, i) => x - lr * d[i]);
		const direction = toVector(
			this.variables,
			d.map((x) => -x)
		);
		return {
			after,
			loss: this.valueAt(after),
			gradient: g,
			state: { kind: 'newton', hessian, direction },
			lr
		};
	}

	/** Random search ignores lr; random local search scales its radius with any lr schedule. */
	private randomMove(s: ResolvedSettings, lr: number): Move {
		const { lower, upper } = this.setup;
		const radius = (s.radius * lr) / s.lr;
		const candidate =
			s.name === 'random-search'
				? this.p.map((_, i) => lower[i] + (upper[i] - lower[i]) * this.rng.uniform())
				: unitDirection(this.rng, this.p.length).map((u, i) => this.p[i] + radius * u);
		const candidateLoss = this.valueAt(candidate);
		const accepted = candidateLoss < this.lossNow;
		const state: OptimizerState = {
			kind: 'random',
			candidate: toVector(this.variables, candidate),
			candidateLoss,
			accepted
		};
		const after = accepted ? candidate : this.p.slice();
		const loss = accepted ? candidateLoss : this.lossNow;
		return { after, loss, gradient: null, state, lr: s.name === 'random-search' ? 0 : radius };
	}

	private stepRecord(
		t: number,
		s: ResolvedSettings,
		before: Float64Array,
		lossBefore: number,
		move: Move
	): StepRecord {
		const vec = (x: ArrayLike<number>) => toVector(this.variables, x);
		return {
			step: t,
			optimizer: s.name,
			before: vec(before),
			after: vec(move.after),
			lossBefore,
			loss: move.loss,
			gradient: move.gradient && vec(move.gradient),
			update: vec(move.after.map((x, i) => x - before[i])),
			lr: move.lr,
			state: move.state,
			evaluations: { ...this.evaluations },
			...(move.batch && { batch: move.batch })
		};
	}

	private leftTheMap(p: Float64Array, loss: number): boolean {
		const { lower, upper } = this.setup;
		return (
			!Number.isFinite(loss) ||
			p.some((x, i) => !Number.isFinite(x) || x < lower[i] || x > upper[i])
		);
	}

	private record(p: Float64Array, loss: number): void {
		this.points.push(this.at(p));
		this.losses.push(loss);
	}

	private at(p: ArrayLike<number>): Vector {
		return toVector(this.variables, p);
	}

	private valueAt(p: Float64Array): number {
		this.evaluations.value += 1;
		return this.objective.value(this.at(p));
	}

	private gradientAt(p: Float64Array): Float64Array {
		this.evaluations.gradient += 1;
		const g = this.objective.gradient(this.at(p));
		return Float64Array.from(this.variables, (name) => g[name]);
	}

	private batchGradientAt(p: Float64Array, indices: readonly number[]): Float64Array {
		this.evaluations.batchGradient += 1;
		this.evaluations.examples += indices.length;
		const g = (this.objective as StochasticObjective).batchGradient(this.at(p), indices);
		return Float64Array.from(this.variables, (name) => g[name]);
	}
}

/** The step-wise model for a run; see `Descent`. Throws on invalid settings, naming them. */
export function createDescent(
	objective: Objective | StochasticObjective,
	start: Readonly<Record<string, number>>,
	settings: OptimizerSettings,
	plan: DescentPlan
): Descent {
	return new Descent(objective, start, settings, plan);
}
