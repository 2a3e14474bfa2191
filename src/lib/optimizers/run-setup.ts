// Checks everything about a run except the optimizer's own numbers (settings.ts does those):
// steps, seed, start, bounds, batch size, schedule, switch, and whether the objective offers
// what the chosen methods need. Errors name the offending option.
import type { DescentPlan, Objective, OptimizerSettings } from './types';
import { isFirstOrder, resolveSettings, type ResolvedSettings } from './settings';
import { isStochastic } from './minibatch';
import { validateSchedule } from './schedules';

export interface RunSetup {
	names: readonly string[];
	start: Float64Array;
	lower: Float64Array; // −∞ where a variable has no bound
	upper: Float64Array;
	phases: ResolvedSettings[]; // one, or two with a switch
	switchAfter: number; // steps taken with phases[0]
}

function checkStart(
	names: readonly string[],
	start: Readonly<Record<string, number>>
): Float64Array {
	return Float64Array.from(names, (name) => {
		if (!(name in start)) throw new Error(`start is missing variable ${name}`);
		if (!Number.isFinite(start[name]))
			throw new Error(`start.${name} must be finite (got ${start[name]})`);
		return start[name];
	});
}

function checkBounds(names: readonly string[], plan: DescentPlan, start: Float64Array) {
	const lower = new Float64Array(names.length).fill(-Infinity);
	const upper = new Float64Array(names.length).fill(Infinity);
	for (const [name, range] of Object.entries(plan.bounds ?? {})) {
		const i = names.indexOf(name);
		if (i < 0) throw new Error(`bounds.${name} names no variable of the objective`);
		const [lo, hi] = range;
		if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
			throw new Error(
				`bounds.${name} must be finite [low, high] with low < high (got [${lo}, ${hi}])`
			);
		}
		if (start[i] < lo || start[i] > hi)
			throw new Error(`start.${name} = ${start[i]} is outside bounds.${name}`);
		lower[i] = lo;
		upper[i] = hi;
	}
	return { lower, upper };
}

function checkMethod(s: ResolvedSettings, objective: Objective, plan: DescentPlan, prefix: string) {
	if (plan.batchSize !== undefined && !isFirstOrder(s.name)) {
		throw new Error(
			`batchSize works with first-order optimizers only, not ${prefix}name ${s.name}`
		);
	}
	if (s.name === 'newton' && typeof objective.hessian !== 'function') {
		throw new Error(`${prefix}name newton needs an objective with a hessian`);
	}
	if (s.name === 'random-search') {
		const missing = objective.variables.find((name) => !plan.bounds?.[name]);
		if (missing !== undefined) throw new Error(`bounds.${missing} is required by random-search`);
	}
}

function checkBatchSize(objective: Objective, plan: DescentPlan): void {
	if (plan.batchSize === undefined) return;
	if (!isStochastic(objective))
		throw new Error('batchSize needs an objective with size and batchGradient');
	const n = plan.batchSize;
	if (!(Number.isInteger(n) && n >= 1 && n <= objective.size)) {
		throw new Error(`batchSize must be an integer from 1 to ${objective.size} (got ${n})`);
	}
}

function nonNegativeInteger(x: number, name: string): void {
	if (!(Number.isInteger(x) && x >= 0))
		throw new Error(`${name} must be a non-negative integer (got ${x})`);
}

export function setUpRun(
	objective: Objective,
	start: Readonly<Record<string, number>>,
	settings: OptimizerSettings,
	plan: DescentPlan
): RunSetup {
	nonNegativeInteger(plan.steps, 'steps');
	if (plan.seed !== undefined && !Number.isSafeInteger(plan.seed))
		throw new Error(`seed must be an integer (got ${plan.seed})`);
	const names = objective.variables;
	const startVector = checkStart(names, start);
	const { lower, upper } = checkBounds(names, plan, startVector);
	const phases = [resolveSettings(settings)];
	if (plan.switchTo) {
		nonNegativeInteger(plan.switchTo.after, 'switchTo.after');
		phases.push(resolveSettings(plan.switchTo.settings, 'switchTo.settings.'));
	}
	checkBatchSize(objective, plan);
	phases.forEach((s, i) => checkMethod(s, objective, plan, i === 0 ? '' : 'switchTo.settings.'));
	if (plan.schedule) validateSchedule(plan.schedule);
	return {
		names,
		start: startVector,
		lower,
		upper,
		phases,
		switchAfter: plan.switchTo?.after ?? Infinity
	};
}
