// Checks optimizer settings and fills in PyTorch's defaults. Every error names the bad setting,
// because learners and level authors type these numbers in.
import type { OptimizerName, OptimizerSettings } from './types';

export const OPTIMIZER_NAMES: readonly OptimizerName[] = [
	'gd',
	'momentum',
	'nesterov',
	'adagrad',
	'rmsprop',
	'adam',
	'newton',
	'random-search',
	'random-local-search'
];

export type ResolvedSettings = Required<OptimizerSettings>;

function fraction(value: number | undefined, fallback: number, name: string): number {
	const x = value ?? fallback;
	if (!(x >= 0 && x < 1)) throw new Error(`${name} must be in [0, 1) (got ${x})`);
	return x;
}

function positive(value: number, name: string): number {
	if (!(value > 0 && Number.isFinite(value))) {
		throw new Error(`${name} must be a positive finite number (got ${value})`);
	}
	return value;
}

/** Validates `settings` and returns them with every default filled in; `prefix` names where they came from. */
export function resolveSettings(settings: OptimizerSettings, prefix = ''): ResolvedSettings {
	if (!OPTIMIZER_NAMES.includes(settings.name)) {
		throw new Error(
			`${prefix}name must be one of ${OPTIMIZER_NAMES.join(', ')} (got ${String(settings.name)})`
		);
	}
	const lr = positive(settings.lr, `${prefix}lr`);
	const eps = settings.eps ?? (settings.name === 'adagrad' ? 1e-10 : 1e-8);
	if (!(eps >= 0 && Number.isFinite(eps))) {
		throw new Error(`${prefix}eps must be a non-negative finite number (got ${eps})`);
	}
	return {
		name: settings.name,
		lr,
		momentum: fraction(settings.momentum, 0.9, `${prefix}momentum`),
		beta1: fraction(settings.beta1, 0.9, `${prefix}beta1`),
		beta2: fraction(settings.beta2, 0.999, `${prefix}beta2`),
		alpha: fraction(settings.alpha, 0.99, `${prefix}alpha`),
		eps,
		radius: positive(settings.radius ?? lr, `${prefix}radius`)
	};
}

/** Whether the method follows a gradient it is given (and so can run on mini-batch gradients). */
export function isFirstOrder(name: OptimizerName): boolean {
	return name !== 'newton' && name !== 'random-search' && name !== 'random-local-search';
}
