// The Sandbox as a course the player can run: any built-in landscape or a typed formula, every
// optimizer with the Sandbox's wide ranges, mini-batches on data landscapes, schedules, and a
// start anywhere on the map. No goal and no stars.
import { parse } from '$lib/engine';
import * as landscapes from '$lib/landscapes';
import type { Bounds, Landscape } from '$lib/landscapes';
import { SANDBOX, type AllowedOptimizer, type Course } from '$lib/levels';
import { exampleCount } from '$lib/levels/landscape';

export interface SandboxChoice {
	/** A registry id, or null for the typed formula. */
	id: string | null;
	formula: string;
	low: number;
	high: number;
	steps: number;
}

export interface SandboxCourse {
	course: Course;
	landscape: Landscape;
	bounds: Bounds;
	allowed: AllowedOptimizer[];
	batch?: readonly [number, number];
}

const FRACTION: readonly [number, number] = [0, 0.999];

/** Every optimizer with the Sandbox's ranges. */
export function sandboxOptimizers(): AllowedOptimizer[] {
	const { lr, momentum, radius } = SANDBOX.ranges;
	return SANDBOX.optimizers.map((name) => {
		const allowed: AllowedOptimizer = { name, lr: [...lr] };
		if (name === 'momentum' || name === 'nesterov') allowed.momentum = [...momentum];
		if (name === 'adam') Object.assign(allowed, { beta1: [...FRACTION], beta2: [0, 0.9999] });
		if (name === 'rmsprop') allowed.alpha = [...FRACTION];
		if (name === 'random-local-search') allowed.radius = [...radius];
		return allowed;
	});
}

/** The course for a choice; throws the engine's ExpressionError for a bad formula, an Error for bad edges. */
export function sandboxCourse(choice: SandboxChoice): SandboxCourse {
	const steps = Math.max(1, Math.min(SANDBOX.maxSteps, Math.round(choice.steps)));
	const allowed = sandboxOptimizers();
	if (choice.id !== null) {
		const landscape = landscapes.get(choice.id);
		const course: Course = { landscape: { kind: 'registry', id: choice.id }, budget: { steps } };
		const n = landscape.family === 'model' ? exampleCount(landscape) : undefined;
		return {
			course,
			landscape,
			bounds: landscape.bounds,
			allowed,
			batch: n ? [1, n] : undefined
		};
	}
	if (!(choice.low < choice.high)) throw new Error('The left edge must be below the right edge.');
	const probe = landscapes.fromFormula(choice.formula, edgesFor(choice.formula, choice));
	const bounds = probe.bounds;
	const course: Course = {
		landscape: { kind: 'formula', formula: choice.formula },
		bounds: Object.fromEntries(Object.entries(bounds).map(([name, [lo, hi]]) => [name, [lo, hi]])),
		budget: { steps }
	};
	return { course, landscape: probe, bounds, allowed };
}

function edgesFor(formula: string, { low, high }: SandboxChoice): Bounds {
	const names = parse(formula).variables;
	return Object.fromEntries(names.map((name) => [name, [low, high] as const]));
}
