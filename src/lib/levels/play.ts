// Playing a level: a pure function of the run (level id and version, settings, start, seed), so the
// browser draws it and the server re-plays it to verify a score with the same result, bit for bit.
// The descent stops as soon as the goal is met, when the next step would overrun the budget, or
// when the optimizer stops (it left the map, or Newton met a singular Hessian).
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

/** Plays `run` on `level`; throws an Error listing every problem when the run breaks the rules. */
export function runLevel(level: Level, run: RunSpec): PlayResult {
	const check = validateRun(level, run);
	if (!check.ok)
		throw new Error(
			`This run is not allowed on level ${level.id}:\n- ${check.problems.join('\n- ')}`
		);
	const landscape = levelLandscape(level);
	const { batchSize, schedule, switchTo, ...settings } = run.settings;
	const descent = createDescent(landscape.objective, run.start, settings, {
		steps: level.budget.steps,
		seed: run.seed,
		bounds: levelBounds(level, landscape),
		batchSize,
		schedule,
		switchTo
	});
	const { points, losses, steps, outcome, spent } = walk(level, landscape, descent);
	const trajectory: Trajectory = {
		points,
		losses,
		outcome: outcome === 'diverged' || outcome === 'singular' ? outcome : 'completed'
	};
	const analysis = analyse(
		{ ...trajectory, settings: { name: settings.name, lr: settings.lr } },
		landscape
	);
	const goalReached = outcome === 'goal';
	const stars = goalReached ? starsFor(level, steps.length, spent) : 0;
	return {
		run,
		trajectory,
		steps,
		outcome,
		goalReached,
		stepsUsed: steps.length,
		evaluationsUsed: spent,
		stars,
		analysis
	};
}

/** Steps until the goal, the budget's end, or the optimizer's; a step that would overrun the evaluation budget is not kept. */
function walk(level: Level, landscape: Landscape, descent: Descent) {
	const cost = costMeter(landscape);
	const reached = goalTest(level, landscape);
	const points: Point[] = [descent.point];
	const losses = [descent.loss];
	const steps: StepRecord[] = [];
	const limit = (level.budget.evaluations ?? Infinity) + BUDGET_SLACK;
	let outcome: PlayOutcome = 'over-budget';
	let spent = 0;
	for (let record = descent.step(); record; record = descent.step()) {
		const total = cost(record);
		if (total > limit) break;
		spent = total;
		steps.push(record);
		points.push(record.after);
		losses.push(record.loss);
		if (descent.outcome === 'diverged') outcome = 'diverged';
		else if (reached(record.after, record.loss)) outcome = 'goal';
		if (outcome !== 'over-budget') break;
	}
	if (descent.outcome === 'singular') outcome = 'singular';
	return { points, losses, steps, outcome, spent };
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

function goalTest(level: Level, landscape: Landscape): (at: Point, loss: number) => boolean {
	const { goal } = level;
	if (goal.kind === 'loss') return (_, loss) => loss <= goal.below;
	const target = landscape.critical.find((c) => c.id === goal.minimum);
	if (!target) throw new Error(`goal.minimum: "${goal.minimum}" is not on ${landscape.id}`);
	const names = landscape.objective.variables;
	return (at) => Math.hypot(...names.map((n) => at[n] - target.at[n])) <= goal.radius;
}

function starsFor(level: Level, steps: number, evaluations: number): 1 | 2 | 3 {
	const used = level.stars.by === 'steps' ? steps : evaluations;
	if (used <= level.stars.three + BUDGET_SLACK) return 3;
	if (used <= level.stars.two + BUDGET_SLACK) return 2;
	return 1;
}
