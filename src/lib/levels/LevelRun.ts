// A run on a level, one step at a time: the game advances it a step per tick and draws each step;
// runLevel (play.ts) drives the same object to the end, so the browser's path and the server's
// re-play are the same code and the same numbers. It stops as soon as the goal is met, when the
// next step would overrun the budget, or when the optimizer stops (it left the map, or Newton met a
// singular Hessian). The Sandbox plays with no goal: it just walks until the budget ends.
import { analyse, type Analysis, type Landscape, type Point } from '../landscapes';
import { createDescent, type Descent, type StepRecord, type Trajectory } from '../optimizers';
import { BUDGET_SLACK, evaluationCost, paysForValues } from './cost';
import { exampleCount, levelBounds, levelLandscape } from './landscape';
import { validateRun } from './run-check';
import type { Level, RunSpec } from './schema';

export type PlayOutcome = 'goal' | 'over-budget' | 'diverged' | 'singular';

export interface PlayResult {
	run: RunSpec;
	trajectory: Trajectory;
	steps: StepRecord[];
	outcome: PlayOutcome;
	goalReached: boolean;
	stepsUsed: number;
	/** In gradient evaluations (cost.ts), cumulative after each kept step. */
	evaluationsUsed: number;
	stars: 0 | 1 | 2 | 3;
	analysis: Analysis;
}

/** What a run needs of a level: its terrain, budget and, when it is scored, goal and stars. */
export type Course = Pick<Level, 'landscape' | 'bounds' | 'budget'> &
	Partial<Pick<Level, 'goal' | 'stars'>>;

export class LevelRun {
	readonly landscape: Landscape;
	readonly points: Point[];
	readonly losses: number[];
	readonly steps: StepRecord[] = [];
	/** Cumulative cost in gradient evaluations after the last kept step. */
	spent = 0;
	private readonly descent: Descent;
	private readonly cost: (record: StepRecord) => number;
	private readonly reached: (at: Point, loss: number) => boolean;
	private readonly limit: number;
	private stopped: PlayOutcome | null = null;
	private cached: PlayResult | null = null;

	/** Throws an Error listing every problem when a scored level's rules forbid `run`. */
	constructor(
		private readonly course: Course,
		readonly run: RunSpec,
		options: { checked?: boolean } = {}
	) {
		if (!options.checked && 'id' in course) {
			const check = validateRun(course as Level, run);
			if (!check.ok)
				throw new Error(
					`This run is not allowed on level ${(course as Level).id}:\n- ${check.problems.join('\n- ')}`
				);
		}
		this.landscape = levelLandscape(course);
		const { batchSize, schedule, switchTo, ...settings } = run.settings;
		this.descent = createDescent(this.landscape.objective, run.start, settings, {
			steps: course.budget.steps,
			seed: run.seed,
			bounds: levelBounds(course, this.landscape),
			batchSize,
			schedule,
			switchTo
		});
		this.points = [this.descent.point];
		this.losses = [this.descent.loss];
		this.cost = costMeter(this.landscape);
		this.reached = goalTest(course, this.landscape);
		this.limit = (course.budget.evaluations ?? Infinity) + BUDGET_SLACK;
	}

	/** Why the run ended, or null while it can go on. */
	get outcome(): PlayOutcome | null {
		return this.stopped;
	}

	get done(): boolean {
		return this.stopped !== null;
	}

	/** One more step; null (and `outcome` set) once the run has ended. */
	step(): StepRecord | null {
		if (this.stopped) return null;
		const record = this.descent.step();
		if (!record) return this.end();
		const total = this.cost(record);
		if (total > this.limit) return this.end();
		this.spent = total;
		this.steps.push(record);
		this.points.push(record.after);
		this.losses.push(record.loss);
		if (this.descent.outcome === 'diverged') this.stopped = 'diverged';
		else if (this.reached(record.after, record.loss)) this.stopped = 'goal';
		else if (this.descent.outcome !== 'running') this.end();
		return record;
	}

	/** Steps to the end and returns the result (computed once). */
	finish(): PlayResult {
		while (this.step());
		return (this.cached ??= this.result());
	}

	private end(): null {
		this.stopped ??= this.descent.outcome === 'singular' ? 'singular' : 'over-budget';
		return null;
	}

	private result(): PlayResult {
		const outcome = this.stopped ?? 'over-budget';
		const trajectory: Trajectory = {
			points: this.points.map((p) => ({ ...p })),
			losses: [...this.losses],
			outcome: outcome === 'diverged' || outcome === 'singular' ? outcome : 'completed'
		};
		const { name, lr } = this.run.settings;
		const analysis = analyse({ ...trajectory, settings: { name, lr } }, this.landscape);
		const goalReached = outcome === 'goal';
		return {
			run: this.run,
			trajectory,
			steps: this.steps,
			outcome,
			goalReached,
			stepsUsed: this.steps.length,
			evaluationsUsed: this.spent,
			stars:
				goalReached && this.course.stars
					? starsFor(this.course.stars, this.steps.length, this.spent)
					: 0,
			analysis
		};
	}
}

/** The cumulative cost after each step, counting the random methods' paid-for values. */
function costMeter(landscape: Landscape) {
	const dimension = landscape.objective.variables.length;
	const examples = exampleCount(landscape);
	let randomSteps = 0;
	return (record: StepRecord) => {
		if (paysForValues(record.optimizer)) randomSteps += 1;
		return evaluationCost({ counts: record.evaluations, dimension, examples, randomSteps });
	};
}

function goalTest(course: Course, landscape: Landscape): (at: Point, loss: number) => boolean {
	const { goal } = course;
	if (!goal) return () => false;
	if (goal.kind === 'loss') return (_, loss) => loss <= goal.below;
	const target = landscape.critical.find((c) => c.id === goal.minimum);
	if (!target) throw new Error(`goal.minimum: "${goal.minimum}" is not on ${landscape.id}`);
	const names = landscape.objective.variables;
	return (at) => Math.hypot(...names.map((n) => at[n] - target.at[n])) <= goal.radius;
}

function starsFor(stars: Level['stars'], steps: number, evaluations: number): 1 | 2 | 3 {
	const used = stars.by === 'steps' ? steps : evaluations;
	if (used <= stars.three + BUDGET_SLACK) return 3;
	if (used <= stars.two + BUDGET_SLACK) return 2;
	return 1;
}
