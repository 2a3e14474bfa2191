// The racers of a run or a race: their default settings on a level, their colours and labels, and
// how one optimizer step becomes what the mountain draws (points in the landscape's variable
// order, the gradient, and the one arrow that shows the optimizer's memory).
import type { MapPoint, StateArrow, StepView } from '$lib/game/events';
import { RACER_COLOURS } from '$lib/game/events';
import type { AllowedOptimizer, RunSettings } from '$lib/levels';
import type { Objective, StepRecord } from '$lib/optimizers';

export { MAX_RACERS } from './share';

/** The variables of a point, in order. */
export function toMapPoint(
	point: Readonly<Record<string, number>>,
	names: readonly string[]
): MapPoint {
	return names.map((name) => point[name]);
}

/** A setting's middle of its range on a log scale (a range of one value gives that value). */
export function logMiddle([lo, hi]: readonly [number, number]): number {
	if (lo === hi) return lo;
	if (lo > 0) return Number(Math.sqrt(lo * hi).toPrecision(2));
	return Number(((lo + hi) / 2).toPrecision(2));
}

/** Clamps into [lo, hi]. */
export const clamp = (x: number, [lo, hi]: readonly [number, number]) =>
	Math.min(hi, Math.max(lo, x));

/** A first choice for an allowed optimizer: the middle of each range (never the level's answer). */
export function defaultSettings(allowed: AllowedOptimizer): RunSettings {
	const settings: RunSettings = { name: allowed.name, lr: logMiddle(allowed.lr) };
	for (const key of ['momentum', 'beta1', 'beta2', 'alpha', 'eps', 'radius'] as const) {
		const range = allowed[key];
		if (range) settings[key] = clamp(defaultOf(key), range);
	}
	return settings;
}

function defaultOf(key: 'momentum' | 'beta1' | 'beta2' | 'alpha' | 'eps' | 'radius'): number {
	return { momentum: 0.9, beta1: 0.9, beta2: 0.999, alpha: 0.99, eps: 1e-8, radius: 0.5 }[key];
}

export function racerColour(index: number): number {
	return RACER_COLOURS[index % RACER_COLOURS.length];
}

export function cssColour(colour: number): string {
	return `#${colour.toString(16).padStart(6, '0')}`;
}

/** The arrow of the optimizer's memory: velocity, Adam's per-axis step, Newton's step, or the candidate tried. */
export function stateArrow(record: StepRecord, names: readonly string[]): StateArrow | null {
	const { state } = record;
	switch (state.kind) {
		case 'momentum':
		case 'nesterov':
			return {
				kind: 'velocity',
				vector: names.map((n) => -record.lr * state.velocity[n])
			};
		case 'adam':
			return { kind: 'adam-step', vector: toMapPoint(record.update, names) };
		case 'newton':
			return { kind: 'newton-step', vector: toMapPoint(record.update, names) };
		case 'random':
			return {
				kind: 'candidate',
				vector: names.map((n) => state.candidate[n] - record.before[n])
			};
		default:
			return null;
	}
}

/** The gradient at `at` for the arrow, or null where there is none worth drawing (not finite). */
export function gradientAt(
	objective: Pick<Objective, 'gradient'>,
	at: Readonly<Record<string, number>>,
	names: readonly string[]
): MapPoint | null {
	if (!names.every((n) => Number.isFinite(at[n]))) return null;
	try {
		const g = toMapPoint(objective.gradient(at), names);
		return g.every(Number.isFinite) ? g : null;
	} catch {
		return null;
	}
}

/** One step as the scene draws it; `gradientAfter` puts the arrow where the hiker now stands. */
export function stepView(
	racer: number,
	record: StepRecord,
	names: readonly string[],
	durationMs: number,
	gradientAfter: MapPoint | null = null
): StepView {
	return {
		racer,
		step: record.step,
		from: toMapPoint(record.before, names),
		to: toMapPoint(record.after, names),
		lossBefore: record.lossBefore,
		loss: record.loss,
		gradient: record.gradient ? toMapPoint(record.gradient, names) : null,
		gradientAfter,
		state: stateArrow(record, names),
		durationMs
	};
}
