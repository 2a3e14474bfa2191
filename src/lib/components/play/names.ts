// Names of optimizers and settings in the page's language, in one place for every play control.
import { m } from '$lib/paraglide/messages';
import type { OptimizerName } from '$lib/optimizers';
import type { RunSettings } from '$lib/levels';
import { formatSetting } from './format';

const OPTIMIZERS: Record<OptimizerName, () => string> = {
	gd: m.opt_gd,
	momentum: m.opt_momentum,
	nesterov: m.opt_nesterov,
	adagrad: m.opt_adagrad,
	rmsprop: m.opt_rmsprop,
	adam: m.opt_adam,
	newton: m.opt_newton,
	'random-search': m.opt_random_search,
	'random-local-search': m.opt_random_local_search
};

export function optimizerName(name: OptimizerName): string {
	return OPTIMIZERS[name]();
}

const SETTINGS = {
	momentum: m.setting_momentum,
	beta1: m.setting_beta1,
	beta2: m.setting_beta2,
	alpha: m.setting_alpha,
	eps: m.setting_eps,
	radius: m.setting_radius
} as const;

export function settingLabel(key: keyof typeof SETTINGS): string {
	return SETTINGS[key]();
}

/** "Adam, η = 0.1" — a racer's short label (legend, scene, live region). */
export function racerLabel(settings: RunSettings): string {
	const symbol = settings.name === 'newton' ? 'λ' : 'η';
	return `${optimizerName(settings.name)}, ${symbol} = ${formatSetting(settings.lr)}`;
}
