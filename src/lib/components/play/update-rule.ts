// The step just taken, written as its update rule with the numbers filled in (w ← 1.20 − 0.1 · 3.40
// = 0.860), following Descent/first-order/newton/random exactly: the effective (scheduled) lr of
// the record, the optimizer's state after the step, and the state before it recovered from the rule.
import { variableLatex } from '$lib/engine/latex';
import type { ResolvedSettings, StepRecord } from '$lib/optimizers';
import { formatTex, settingTex } from './format';

export interface UpdateRuleOptions {
	/** Significant digits of computed numbers (settings are shown as typed). Default 3. */
	digits?: number;
}

/** At most this many variables get a line: the game's landscapes are curves and surfaces. */
export const MAX_RULE_VARIABLES = 2;

interface Ctx {
	r: StepRecord;
	s: ResolvedSettings;
	digits: number;
	many: boolean; // several variables: state symbols get the variable as a subscript
}

interface Var {
	name: string;
	tex: string;
	g: number; // the gradient component used by this step
	before: number;
	after: number;
}

const num = (c: Ctx, x: number) => formatTex(x, c.digits);
/** A number as an operand after a sign or a product: negatives in parentheses. */
const op = (c: Ctx, x: number) => (x < 0 || x === -Infinity ? `(${num(c, x)})` : num(c, x));
/** A number to be squared: negatives and a × 10^k in parentheses. */
const sq = (c: Ctx, x: number) => {
	const t = num(c, x);
	return `${/^-|\\times|\\mathrm/.test(t) ? `(${t})` : t}^{2}`;
};
const set = (x: number) => settingTex(x);
const setBase = (x: number) => (/\\times|\^/.test(set(x)) ? `(${set(x)})` : set(x));
const aligned = (rows: string[]) => `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;

/** A state symbol for variable v: v in 1-D, v_{x} with several variables (or a clash with v's name). */
function sym(c: Ctx, symbol: string, v: Var): string {
	const base = symbol.startsWith('\\hat') ? symbol.slice(5) : symbol;
	return c.many || v.tex === base ? `${symbol}_{${v.tex}}` : symbol;
}

/** Value before this step, from value after it: after = a·before + rest, so before = (after − rest)/a. */
function previous(after: number, a: number, rest: number): number {
	return a > 0 ? (after - rest) / a : 0;
}

function gd(c: Ctx, v: Var): string {
	return `${v.tex} \\leftarrow ${num(c, v.before)} - ${set(c.r.lr)} \\cdot ${op(c, v.g)} = ${num(c, v.after)}`;
}

function heavyBall(c: Ctx, v: Var, velocity: number): string {
	const mu = c.s.momentum;
	const sv = sym(c, 'v', v);
	const vPrev = previous(velocity, mu, v.g);
	const step =
		c.r.optimizer === 'nesterov'
			? `(${num(c, v.g)} + ${set(mu)} \\cdot ${op(c, velocity)})`
			: op(c, velocity);
	return aligned([
		`${sv} &\\leftarrow ${set(mu)} \\cdot ${op(c, vPrev)} + ${op(c, v.g)} = ${num(c, velocity)}`,
		`${v.tex} &\\leftarrow ${num(c, v.before)} - ${set(c.r.lr)} \\cdot ${step} = ${num(c, v.after)}`
	]);
}

/** Adagrad (decay 1: s ← s + g²) and RMSprop (s ← α s + (1 − α) g²). */
function scaled(c: Ctx, v: Var, s: number, decay: number | null): string {
	const ss = sym(c, 's', v);
	const g2 = decay === null ? v.g * v.g : (1 - decay) * v.g * v.g; // the engine's order of operations
	const sPrev = decay === null ? s - g2 : previous(s, decay, g2);
	const grow =
		decay === null
			? `${num(c, sPrev)} + ${sq(c, v.g)}`
			: `${set(decay)} \\cdot ${num(c, sPrev)} + ${set(1 - decay)} \\cdot ${sq(c, v.g)}`;
	return aligned([
		`${ss} &\\leftarrow ${grow} = ${num(c, s)}`,
		`${v.tex} &\\leftarrow ${num(c, v.before)} - \\frac{${set(c.r.lr)} \\cdot ${op(c, v.g)}}{\\sqrt{${num(c, s)}} + ${set(c.s.eps)}} = ${num(c, v.after)}`
	]);
}

interface AdamNumbers {
	t: number;
	m: number;
	v: number;
	mHat: number;
	vHat: number;
}

function adam(c: Ctx, v: Var, a: AdamNumbers): string {
	const { beta1: b1, beta2: b2 } = c.s;
	const first = a.t === 1; // the state starts at zero: show it exactly
	const mPrev = first ? 0 : previous(a.m, b1, (1 - b1) * v.g);
	const vPrev = first ? 0 : previous(a.v, b2, (1 - b2) * v.g * v.g);
	const [sm, sv] = [sym(c, 'm', v), sym(c, 'v', v)];
	const [smh, svh] = [sym(c, '\\hat m', v), sym(c, '\\hat v', v)];
	return aligned([
		`${sm} &\\leftarrow ${set(b1)} \\cdot ${op(c, mPrev)} + ${set(1 - b1)} \\cdot ${op(c, v.g)} = ${num(c, a.m)}`,
		`${sv} &\\leftarrow ${set(b2)} \\cdot ${num(c, vPrev)} + ${set(1 - b2)} \\cdot ${sq(c, v.g)} = ${num(c, a.v)}`,
		`${smh} &= \\frac{${num(c, a.m)}}{1 - ${setBase(b1)}^{${a.t}}} = ${num(c, a.mHat)}`,
		`${svh} &= \\frac{${num(c, a.v)}}{1 - ${setBase(b2)}^{${a.t}}} = ${num(c, a.vHat)}`,
		`${v.tex} &\\leftarrow ${num(c, v.before)} - \\frac{${set(c.r.lr)} \\cdot ${op(c, a.mHat)}}{\\sqrt{${num(c, a.vHat)}} + ${set(c.s.eps)}} = ${num(c, v.after)}`
	]);
}

function matrix(c: Ctx, rows: readonly (readonly number[])[]): string {
	const body = rows.map((row) => row.map((x) => num(c, x)).join(' & ')).join(' \\\\ ');
	return `\\begin{pmatrix} ${body} \\end{pmatrix}`;
}

/** Newton: 1-D divides by f''; in 2-D a first line shows the solve −H⁻¹∇f, then each coordinate. */
function newton(c: Ctx, vars: Var[], hessian: number[][], direction: Record<string, number>) {
	const lr = set(c.r.lr);
	if (vars.length === 1 && hessian.length === 1) {
		const [v] = vars;
		const ratio = `\\frac{${num(c, v.g)}}{${num(c, hessian[0][0])}}`;
		return [
			`${v.tex} \\leftarrow ${num(c, v.before)} - ${lr} \\cdot ${ratio} = ${num(c, v.after)}`
		];
	}
	const lines = vars.map(
		(v) =>
			`${v.tex} \\leftarrow ${num(c, v.before)} + ${lr} \\cdot ${op(c, direction[v.name])} = ${num(c, v.after)}`
	);
	if (hessian.length !== vars.length) return lines;
	const g = matrix(
		c,
		vars.map((v) => [v.g])
	);
	const d = matrix(
		c,
		vars.map((v) => [direction[v.name]])
	);
	return [`-H^{-1}\\nabla f = -${matrix(c, hessian)}^{-1} ${g} = ${d}`, ...lines];
}

/** Random methods: the candidate q per coordinate, then the comparison that accepts or keeps it. */
function random(c: Ctx, vars: Var[], q: Record<string, number>, qLoss: number, accepted: boolean) {
	const local = c.r.optimizer === 'random-local-search';
	const lines = vars.map((v) => {
		const qv = sym(c, 'q', v);
		const u = () => (q[v.name] - v.before) / c.r.lr; // the unit direction's component (lr = radius)
		const draw = local ? `${num(c, v.before)} + ${set(c.r.lr)} \\cdot ${op(c, u())} = ` : '';
		return `${qv} = ${draw}${num(c, q[v.name])},\\quad ${v.tex} \\leftarrow ${num(c, v.after)}`;
	});
	const relation = accepted ? '<' : '\\not<';
	const move = accepted ? 'p \\leftarrow q' : 'p \\leftarrow p';
	lines.push(
		`f(q) = ${num(c, qLoss)} ${relation} ${num(c, c.r.lossBefore)} = f(p) \\;\\Rightarrow\\; ${move}`
	);
	return lines;
}

function dispatch(c: Ctx, vars: Var[]): string[] {
	const st = c.r.state;
	switch (st.kind) {
		case 'gd':
			return vars.map((v) => gd(c, v));
		case 'momentum':
		case 'nesterov':
			return vars.map((v) => heavyBall(c, v, st.velocity[v.name]));
		case 'adagrad':
			return vars.map((v) => scaled(c, v, st.sumSquares[v.name], null));
		case 'rmsprop':
			return vars.map((v) => scaled(c, v, st.meanSquares[v.name], c.s.alpha));
		case 'adam':
			return vars.map((v) =>
				adam(c, v, {
					t: st.t,
					m: st.m[v.name],
					v: st.v[v.name],
					mHat: st.mHat[v.name],
					vHat: st.vHat[v.name]
				})
			);
		case 'newton':
			return newton(c, vars, st.hessian, st.direction);
		case 'random':
			return random(c, vars, st.candidate, st.candidateLoss, st.accepted);
	}
}

/**
 * TeX lines for the step in `record`: one per variable (the first MAX_RULE_VARIABLES of
 * `variables`), plus a first line with the Hessian solve for Newton in 2-D and a last line with the
 * comparison for the random methods. `settings` are the resolved settings of the method that took
 * this step (with a switch, the second phase's after the switch).
 */
export function updateRuleTex(
	record: StepRecord,
	settings: ResolvedSettings,
	variables: readonly string[],
	options: UpdateRuleOptions = {}
): string[] {
	const shown = variables.slice(0, MAX_RULE_VARIABLES);
	const c: Ctx = { r: record, s: settings, digits: options.digits ?? 3, many: shown.length > 1 };
	const vars = shown.map((name) => ({
		name,
		tex: variableLatex(name),
		g: record.gradient?.[name] ?? NaN,
		before: record.before[name],
		after: record.after[name]
	}));
	return dispatch(c, vars);
}
