// The functions of one variable the gradient-check puzzles differentiate, and every number about
// them from the engine: values and exact derivatives from parsed expressions, centred differences
// and relative errors from its gradcheck (all in float64, as the table shows them).
import { gradcheck, parse, type Expression } from '../../engine';
import type { GradcheckRow, Text } from '../types';

export interface CheckedFunction {
	readonly id: string;
	/** Engine expression syntax in the variable x. */
	readonly source: string;
	/** The derivative rule in TeX (what a learner writes down), e.g. `3x^2`. */
	readonly derivativeTex: string;
	/** The same rule in words a screen reader can say. */
	readonly derivativeText: Text;
	/** Points are drawn from [lo, hi], with one decimal; x ± 1 stays inside the domain. */
	readonly lo: number;
	readonly hi: number;
}

const same = (s: string): Text => ({ en: s, ko: s });

export const FUNCTIONS: readonly CheckedFunction[] = [
	{ id: 'cube', source: 'x^3', derivativeTex: '3x^2', derivativeText: same('3x²'), lo: 0.5, hi: 2 },
	{
		id: 'exp',
		source: 'exp(x)',
		derivativeTex: 'e^{x}',
		derivativeText: same('eˣ'),
		lo: -1,
		hi: 1.5
	},
	{
		id: 'sigmoid',
		source: 'sigmoid(x)',
		derivativeTex: '\\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)',
		derivativeText: same('σ(x)·(1 − σ(x))'),
		lo: -2,
		hi: 2
	},
	{
		id: 'sin',
		source: 'sin(x)',
		derivativeTex: '\\cos(x)',
		derivativeText: same('cos(x)'),
		lo: -2,
		hi: 2
	},
	{
		id: 'log',
		source: 'log(x)',
		derivativeTex: '\\frac{1}{x}',
		derivativeText: same('1/x'),
		lo: 1.5,
		hi: 3
	},
	{
		id: 'tanh',
		source: 'tanh(x)',
		derivativeTex: '1 - \\tanh^2(x)',
		derivativeText: same('1 − tanh²(x)'),
		lo: -1.5,
		hi: 1.5
	},
	{
		id: 'x-exp',
		source: 'x*exp(x)',
		derivativeTex: '(1 + x)\\,e^{x}',
		derivativeText: {
			en: '(1 + x)·eˣ (product rule)',
			ko: '(1 + x)·eˣ (곱의 미분법)'
		},
		lo: -1,
		hi: 1
	}
];

export function functionById(id: string): CheckedFunction {
	const fn = FUNCTIONS.find((f) => f.id === id);
	if (!fn) throw new Error(`Unknown gradient-check function "${id}"`);
	return fn;
}

/** The engine's view of one function at one point. */
export interface Checked {
	readonly fn: CheckedFunction;
	readonly expression: Expression;
	readonly x: number;
	readonly value: (x: number) => number;
	/** Exact, by the engine's reverse mode. */
	readonly analytic: number;
}

export function check(fn: CheckedFunction, x: number): Checked {
	const expression = parse(fn.source);
	const value = (v: number) => expression.value({ x: v });
	return { fn, expression, x, value, analytic: expression.gradient({ x }).x };
}

/** The centred difference at step h and its relative error to the exact derivative, by gradcheck. */
export function row(c: Checked, h: number): GradcheckRow {
	const result = gradcheck((v) => c.value(v[0]), [c.analytic], [c.x], { h });
	return { h, numerical: result.numerical[0], relativeError: result.relativeErrors[0] };
}

/** The step sizes of the "choose h" table: 10⁰ … 10⁻¹² (written as literals, so exactly 1e-k). */
export const STEP_EXPONENTS: readonly number[] = Array.from({ length: 13 }, (_, k) => -k);
export const stepOf = (k: number): number => Number(`1e${k}`);
