// The update rule of each optimizer in TeX, as CONTRACT.md states it (PyTorch's conventions).
// The field guide shows them now; the game shows the current one beside the mountain.
import { m } from '$lib/paraglide/messages';

export interface OptimizerRule {
	id: 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam' | 'newton';
	name: () => string;
	tex: string;
}

export const OPTIMIZER_RULES: readonly OptimizerRule[] = [
	{ id: 'gd', name: m.opt_gd, tex: String.raw`p \leftarrow p - \eta\, g` },
	{
		id: 'momentum',
		name: m.opt_momentum,
		tex: String.raw`v \leftarrow \mu v + g,\quad p \leftarrow p - \eta\, v`
	},
	{
		id: 'nesterov',
		name: m.opt_nesterov,
		tex: String.raw`v \leftarrow \mu v + g,\quad p \leftarrow p - \eta\,(g + \mu v)`
	},
	{
		id: 'adagrad',
		name: m.opt_adagrad,
		tex: String.raw`s \leftarrow s + g^2,\quad p \leftarrow p - \frac{\eta\, g}{\sqrt{s} + \varepsilon}`
	},
	{
		id: 'rmsprop',
		name: m.opt_rmsprop,
		tex: String.raw`s \leftarrow \alpha s + (1-\alpha)\, g^2,\quad p \leftarrow p - \frac{\eta\, g}{\sqrt{s} + \varepsilon}`
	},
	{
		id: 'adam',
		name: m.opt_adam,
		tex: String.raw`\begin{aligned} m &\leftarrow \beta_1 m + (1-\beta_1)\, g, & v &\leftarrow \beta_2 v + (1-\beta_2)\, g^2 \\ \hat m &= \frac{m}{1-\beta_1^{\,t}}, & \hat v &= \frac{v}{1-\beta_2^{\,t}} \\ p &\leftarrow p - \frac{\eta\, \hat m}{\sqrt{\hat v} + \varepsilon} \end{aligned}`
	},
	{
		id: 'newton',
		name: m.opt_newton,
		tex: String.raw`p \leftarrow p - \eta\, H^{-1} g`
	}
];
