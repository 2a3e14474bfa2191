// The op table: the one place where each op's forward rule, local derivatives, second derivatives
// and LaTeX form live together (micrograd's `_backward` closures; tinygrad's rules table).
// Expressions, the tape, graphs and the puzzle views all read their ops from here.

/** A rule evaluated at the op's inputs (a, b) and its output; unary ops ignore b. */
export type LocalRule = (a: number, b: number, out: number) => number;

/** LaTeX precedence levels: an operand below its slot's minimum is wrapped in \left( \right). */
export const PREC = { sum: 1, neg: 1.5, product: 2, power: 4, frac: 5, atom: 6 } as const;

export interface OpRule {
	readonly name: string;
	readonly arity: 1 | 2;
	/** Infix symbol in the expression syntax, or `call` if written name(args), or `none`. */
	readonly syntax: '+' | '-' | '*' | '/' | '^' | 'call' | 'none';
	readonly forward: (a: number, b: number) => number;
	/** ∂out/∂input[i]. */
	readonly derivatives: readonly LocalRule[];
	/** ∂²out/∂input[i]∂input[j]. */
	readonly second: readonly (readonly LocalRule[])[];
	readonly latex: {
		readonly prec: number;
		/** Minimum precedence each operand may have without parentheses. */
		readonly min: readonly number[];
		readonly render: (args: readonly string[]) => string;
	};
}

const zero: LocalRule = () => 0;
const one: LocalRule = () => 1;
const Z2 = [
	[zero, zero],
	[zero, zero]
];

/** LeakyReLU's negative slope and ELU's α: PyTorch's defaults. */
export const LEAKY_SLOPE = 0.01;
export const ELU_ALPHA = 1;

/** Overflow-free logistic function: exp is only ever taken of a non-positive number. */
export function sigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

/** log(1 + eˣ) written so neither exp overflows nor log1p loses digits for large |x|. */
export function softplus(x: number): number {
	return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

const call = (tex: string) => ({
	prec: PREC.atom,
	min: [0, 0],
	render: (args: readonly string[]) => `${tex}\\left(${args.join(', ')}\\right)`
});

function unary(
	name: string,
	syntax: 'call' | 'none',
	forward: (a: number) => number,
	d: LocalRule,
	d2: LocalRule,
	latex: OpRule['latex'] = call(`\\operatorname{${name}}`)
): OpRule {
	return { name, arity: 1, syntax, forward, derivatives: [d], second: [[d2]], latex };
}

/**
 * d/db of aᵇ and friends need care where log a is -∞ or NaN; like PyTorch's pow_backward we
 * mask to 0 where the true limit is 0 (exponent 0 for ∂/∂a; base 0 with exponent ≥ 0 for ∂/∂b).
 */
const pow: OpRule = {
	name: 'pow',
	arity: 2,
	syntax: '^',
	forward: (a, b) => Math.pow(a, b),
	derivatives: [
		(a, b) => (b === 0 ? 0 : b * Math.pow(a, b - 1)),
		(a, b, out) => (a === 0 && b >= 0 ? 0 : out * Math.log(a))
	],
	second: [
		[
			(a, b) => (b === 0 || b === 1 ? 0 : b * (b - 1) * Math.pow(a, b - 2)),
			(a, b) => (b === 0 ? 1 / a : Math.pow(a, b - 1) * (1 + b * Math.log(a)))
		],
		[
			(a, b) => (b === 0 ? 1 / a : Math.pow(a, b - 1) * (1 + b * Math.log(a))),
			(a, b, out) => (a === 0 && b >= 0 ? 0 : out * Math.log(a) ** 2)
		]
	],
	latex: { prec: PREC.power, min: [PREC.atom, 0], render: ([a, b]) => `${a}^{${b}}` }
};

/** max/min route the gradient to the chosen input; at a tie PyTorch splits it evenly. */
const pick = (chooseA: (a: number, b: number) => boolean): LocalRule[] => [
	(a, b) => (a === b ? 0.5 : chooseA(a, b) ? 1 : 0),
	(a, b) => (a === b ? 0.5 : chooseA(a, b) ? 0 : 1)
];

export const OPS = {
	add: {
		name: 'add',
		arity: 2,
		syntax: '+',
		forward: (a, b) => a + b,
		derivatives: [one, one],
		second: Z2,
		latex: { prec: PREC.sum, min: [PREC.sum, PREC.product], render: ([a, b]) => `${a} + ${b}` }
	},
	sub: {
		name: 'sub',
		arity: 2,
		syntax: '-',
		forward: (a, b) => a - b,
		derivatives: [one, () => -1],
		second: Z2,
		latex: { prec: PREC.sum, min: [PREC.sum, PREC.product], render: ([a, b]) => `${a} - ${b}` }
	},
	mul: {
		name: 'mul',
		arity: 2,
		syntax: '*',
		forward: (a, b) => a * b,
		derivatives: [(_a, b) => b, (a) => a],
		second: [
			[zero, one],
			[one, zero]
		],
		latex: {
			prec: PREC.product,
			min: [PREC.neg, PREC.product],
			render: ([a, b]) => `${a} \\cdot ${b}`
		}
	},
	div: {
		name: 'div',
		arity: 2,
		syntax: '/',
		forward: (a, b) => a / b,
		derivatives: [(_a, b) => 1 / b, (a, b) => -a / (b * b)],
		second: [
			[zero, (_a, b) => -1 / (b * b)],
			[(_a, b) => -1 / (b * b), (a, b) => (2 * a) / (b * b * b)]
		],
		latex: { prec: PREC.frac, min: [0, 0], render: ([a, b]) => `\\frac{${a}}{${b}}` }
	},
	pow,
	neg: unary(
		'neg',
		'none',
		(a) => -a,
		() => -1,
		zero,
		{
			prec: PREC.neg,
			min: [PREC.product],
			render: ([a]) => `-${a}`
		}
	),
	exp: unary(
		'exp',
		'call',
		Math.exp,
		(_a, _b, out) => out,
		(_a, _b, out) => out,
		{
			prec: PREC.power,
			min: [0],
			render: ([a]) => `e^{${a}}`
		}
	),
	log: unary(
		'log',
		'call',
		Math.log,
		(a) => 1 / a,
		(a) => -1 / (a * a),
		call('\\ln')
	),
	sqrt: unary(
		'sqrt',
		'call',
		Math.sqrt,
		(_a, _b, out) => 0.5 / out,
		(a, _b, out) => -0.25 / (a * out),
		{
			prec: PREC.atom,
			min: [0],
			render: ([a]) => `\\sqrt{${a}}`
		}
	),
	// Math.sign(0) is 0: PyTorch's abs'(0) = 0.
	abs: unary('abs', 'call', Math.abs, (a) => Math.sign(a), zero, {
		prec: PREC.atom,
		min: [0],
		render: ([a]) => `\\left|${a}\\right|`
	}),
	sin: unary(
		'sin',
		'call',
		Math.sin,
		(a) => Math.cos(a),
		(a) => -Math.sin(a),
		call('\\sin')
	),
	cos: unary(
		'cos',
		'call',
		Math.cos,
		(a) => -Math.sin(a),
		(a) => -Math.cos(a),
		call('\\cos')
	),
	tanh: unary(
		'tanh',
		'call',
		Math.tanh,
		(_a, _b, t) => 1 - t * t,
		(_a, _b, t) => -2 * t * (1 - t * t),
		call('\\tanh')
	),
	sigmoid: unary(
		'sigmoid',
		'call',
		sigmoid,
		(_a, _b, s) => s * (1 - s),
		(_a, _b, s) => s * (1 - s) * (1 - 2 * s),
		call('\\sigma')
	),
	// relu'(0) = 0 as in PyTorch.
	relu: unary(
		'relu',
		'call',
		(a) => (a > 0 ? a : 0),
		(a) => (a > 0 ? 1 : 0),
		zero
	),
	softplus: unary(
		'softplus',
		'call',
		softplus,
		(a) => sigmoid(a),
		(a) => {
			const s = sigmoid(a);
			return s * (1 - s);
		}
	),
	max: {
		name: 'max',
		arity: 2,
		syntax: 'call',
		forward: (a, b) => Math.max(a, b),
		derivatives: pick((a, b) => a > b),
		second: Z2,
		latex: call('\\max')
	},
	min: {
		name: 'min',
		arity: 2,
		syntax: 'call',
		forward: (a, b) => Math.min(a, b),
		derivatives: pick((a, b) => a < b),
		second: Z2,
		latex: call('\\min')
	},
	// Not in the expression syntax; for graphs built from code (activation puzzles).
	leakyRelu: unary(
		'leakyRelu',
		'none',
		(a) => (a > 0 ? a : LEAKY_SLOPE * a),
		(a) => (a > 0 ? 1 : LEAKY_SLOPE),
		zero,
		call('\\operatorname{LeakyReLU}')
	),
	elu: unary(
		'elu',
		'none',
		(a) => (a > 0 ? a : ELU_ALPHA * Math.expm1(a)),
		(a, _b, out) => (a > 0 ? 1 : out + ELU_ALPHA),
		(a, _b, out) => (a > 0 ? 0 : out + ELU_ALPHA),
		call('\\operatorname{ELU}')
	)
} satisfies Record<string, OpRule>;

export type OpName = keyof typeof OPS;

/** Ops in a fixed order; an op's code on the tape is its index here. */
export const OP_LIST: readonly OpRule[] = Object.values(OPS);

/** Looks an op up by name; an unknown name fails loudly. */
export function getOp(name: string): OpRule {
	if (!Object.hasOwn(OPS, name)) throw new Error(`Unknown op "${name}"`);
	return OPS[name as OpName];
}

/** ∂out/∂input[i] of an op, failing by name when the op has no such rule. */
export function derivativeRule(op: OpRule, i: number): LocalRule {
	const rule = op.derivatives[i];
	if (typeof rule !== 'function')
		throw new Error(`Op "${op.name}" has no derivative rule for input ${i}`);
	return rule;
}

/** ∂²out/∂input[i]∂input[j], failing by name when missing (exact Hessians need it). */
export function secondDerivativeRule(op: OpRule, i: number, j: number): LocalRule {
	const rule = op.second[i]?.[j];
	if (typeof rule !== 'function') {
		throw new Error(`Op "${op.name}" has no second-derivative rule for inputs (${i}, ${j})`);
	}
	return rule;
}
