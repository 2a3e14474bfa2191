// Activation functions (C15): values and derivatives of sigmoid, tanh, ReLU, Leaky ReLU, ELU and
// Maxout. Numbers come from the engine's op table (the same rules the puzzles and networks use:
// Leaky ReLU slope 0.01, ELU α = 1, relu'(0) = 0 as in PyTorch).
import type { FormContext } from '../build';
import { choice, defineGenerator, numeric, order, same, tex, text } from '../build';
import { int, pick, shuffle } from '../../random';
import { LEAKY_SLOPE, ELU_ALPHA, parse } from '../../../engine';
import { opSlope, opValue } from './engine-run';

export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu'] as const;
type Activation = (typeof ACTIVATIONS)[number];

const NAME: Record<Activation, string> = {
	sigmoid: '\\sigma',
	tanh: '\\tanh',
	relu: '\\operatorname{ReLU}',
	leakyRelu: '\\operatorname{LeakyReLU}',
	elu: '\\operatorname{ELU}'
};
const LABEL: Record<Activation, string> = {
	sigmoid: 'sigmoid',
	tanh: 'tanh',
	relu: 'ReLU',
	leakyRelu: 'Leaky ReLU',
	elu: 'ELU'
};

/** Each activation's definition and derivative in TeX. */
const DEFINITION: Record<Activation, { f: string; d: string }> = {
	sigmoid: { f: '\\frac{1}{1 + e^{-x}}', d: '\\sigma(x)\\,(1 - \\sigma(x))' },
	tanh: { f: '\\frac{e^x - e^{-x}}{e^x + e^{-x}}', d: '1 - \\tanh^2(x)' },
	relu: { f: '\\max(0, x)', d: '\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}' },
	leakyRelu: {
		f: `\\begin{cases} x & x > 0 \\\\ ${LEAKY_SLOPE}x & x \\le 0 \\end{cases}`,
		d: `\\begin{cases} 1 & x > 0 \\\\ ${LEAKY_SLOPE} & x \\le 0 \\end{cases}`
	},
	elu: {
		f: `\\begin{cases} x & x > 0 \\\\ ${ELU_ALPHA === 1 ? '' : ELU_ALPHA}(e^x - 1) & x \\le 0 \\end{cases}`,
		d: `\\begin{cases} 1 & x > 0 \\\\ ${ELU_ALPHA === 1 ? '' : `${ELU_ALPHA}`}e^x & x \\le 0 \\end{cases}`
	}
};

/** The derivatives in words, for screen readers and plain text. */
const DERIVATIVE_TEXT: Record<Activation, { en: string; ko: string }> = {
	sigmoid: same('σ(x)(1 − σ(x))'),
	tanh: same('1 − tanh²(x)'),
	relu: text('1 if x > 0, else 0', 'x > 0이면 1, 아니면 0'),
	leakyRelu: text(`1 if x > 0, else ${LEAKY_SLOPE}`, `x > 0이면 1, 아니면 ${LEAKY_SLOPE}`),
	elu: text(
		`1 if x > 0, else ${ELU_ALPHA === 1 ? '' : ELU_ALPHA}eˣ`,
		`x > 0이면 1, 아니면 ${ELU_ALPHA === 1 ? '' : ELU_ALPHA}eˣ`
	)
};

const POINTS = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2];

function valueForm(ctx: FormContext) {
	const act = pick(ctx.r, ACTIVATIONS);
	const x = pick(ctx.r, POINTS);
	const y = opValue(act, x);
	return numeric(ctx, {
		prompt: text(
			`What is $${NAME[act]}(${x})$? (${LABEL[act]}; answer to two decimals)`,
			`$${NAME[act]}(${x})$의 값은? (${LABEL[act]}, 소수 둘째 자리까지)`
		),
		promptTex: `${NAME[act]}(x) = ${DEFINITION[act].f}`,
		explanation: text(`Put $x = ${x}$ into the definition.`, `정의에 $x = ${x}$를 넣습니다.`),
		explanationTex: `${NAME[act]}(${x}) = ${tex(y)}`,
		params: { act, x },
		answer: y
	});
}

function derivativeForm(ctx: FormContext) {
	const act = pick(ctx.r, ACTIVATIONS);
	const x = pick(ctx.r, POINTS);
	const slope = opSlope(act, x);
	return numeric(ctx, {
		prompt: text(
			`What is the derivative of ${LABEL[act]} at $x = ${x}$, i.e. $${NAME[act]}'(${x})$?`,
			`${LABEL[act]}의 $x = ${x}$에서의 도함수 $${NAME[act]}'(${x})$의 값은?`
		),
		promptTex: `${NAME[act]}(x) = ${DEFINITION[act].f}`,
		explanation: text(
			`Use the derivative's own formula at $x = ${x}$. This local gradient is what backprop multiplies the upstream gradient by at this node.`,
			`도함수 공식에 $x = ${x}$를 넣습니다. 역전파에서 이 노드는 상류 기울기에 이 국소 기울기를 곱합니다.`
		),
		explanationTex: `${NAME[act]}'(x) = ${DEFINITION[act].d} \\;\\Rightarrow\\; ${NAME[act]}'(${x}) = ${tex(slope)}`,
		params: { act, x },
		answer: slope
	});
}

function maxout(ctx: FormContext) {
	const { r } = ctx;
	for (;;) {
		const [w1, w2] = [int(r, -3, 3), int(r, -3, 3)];
		const [b1, b2] = [int(r, -2, 2), int(r, -2, 2)];
		const x = pick(r, [-2, -1, 1, 2]);
		if (w1 === w2 || w1 * x + b1 === w2 * x + b2) continue;
		const slope = parse(`max(${w1} * x + ${b1}, ${w2} * x + ${b2})`).gradient({ x }).x;
		const p1 = w1 * x + b1;
		const p2 = w2 * x + b2;
		return numeric(ctx, {
			prompt: text(
				`A Maxout unit computes $\\max(${w1}x + ${b1},\\; ${w2}x + ${b2})$. What is its derivative with respect to $x$ at $x = ${x}$?`,
				`Maxout 유닛이 $\\max(${w1}x + ${b1},\\; ${w2}x + ${b2})$를 계산합니다. $x = ${x}$에서 $x$에 대한 도함수는?`
			),
			explanation: text(
				`The two pieces are $${p1}$ and $${p2}$; the larger one wins, so the unit is that line near $x = ${x}$ and its slope passes through. ReLU is the Maxout of $0$ and $x$.`,
				`두 조각의 값은 $${p1}$, $${p2}$이고 큰 쪽이 이깁니다. 그래서 $x = ${x}$ 근처에서 유닛은 그 직선이고 그 기울기가 그대로 전달됩니다. ReLU는 $0$과 $x$의 Maxout입니다.`
			),
			explanationTex: `\\frac{\\partial}{\\partial x}\\max(w_1 x + b_1, w_2 x + b_2) = w_{\\arg\\max} = ${slope}`,
			params: { w1, b1, w2, b2, x },
			answer: slope
		});
	}
}

function formula(ctx: FormContext) {
	const act = pick(ctx.r, ACTIVATIONS);
	const item = (a: Activation) => ({ id: a, text: DERIVATIVE_TEXT[a], tex: DEFINITION[a].d });
	const wrong = [
		...ACTIVATIONS.filter((a) => a !== act).map(item),
		{ id: 'sigma-itself', text: same('σ(x)'), tex: '\\sigma(x)' }
	];
	return choice(ctx, {
		prompt: text(
			`Which formula is the derivative of ${LABEL[act]}?`,
			`${LABEL[act]}의 도함수는 어느 것인가요?`
		),
		promptTex: `${NAME[act]}(x) = ${DEFINITION[act].f}`,
		explanation: text(
			`${LABEL[act]}′ is shown below. A frequent slip is to use σ(x) where σ(x)(1 − σ(x)) belongs.`,
			`${LABEL[act]}의 도함수는 아래와 같습니다. σ(x)(1 − σ(x)) 자리에 σ(x)를 쓰는 실수가 흔합니다.`
		),
		explanationTex: `${NAME[act]}'(x) = ${DEFINITION[act].d}`,
		params: { act },
		correct: item(act),
		wrong
	});
}

const RANGE: Record<Activation, string> = {
	sigmoid: '(0,\\ 1)',
	tanh: '(-1,\\ 1)',
	relu: '[0,\\ \\infty)',
	leakyRelu: '(-\\infty,\\ \\infty)',
	elu: `(-${ELU_ALPHA},\\ \\infty)`
};

const RANGE_TEXT: Record<Activation, string> = {
	sigmoid: '(0, 1)',
	tanh: '(−1, 1)',
	relu: '[0, ∞)',
	leakyRelu: '(−∞, ∞)',
	elu: `(−${ELU_ALPHA}, ∞)`
};

function range(ctx: FormContext) {
	const act = pick(ctx.r, ACTIVATIONS);
	const item = (a: Activation) => ({ id: a, text: same(RANGE_TEXT[a]), tex: RANGE[a] });
	return choice(ctx, {
		prompt: text(
			`What values can ${LABEL[act]} output?`,
			`${LABEL[act]}가 내놓을 수 있는 값의 범위는?`
		),
		promptTex: `${NAME[act]}(x) = ${DEFINITION[act].f}`,
		explanation: text(
			`Let $x$ run to $-\\infty$ and $+\\infty$ in the definition. Only tanh is centred on 0 among the bounded ones; ReLU's zero floor is what lets a unit die.`,
			`정의에서 $x$를 $-\\infty$와 $+\\infty$로 보내 봅니다. 범위가 유한한 것 중 0을 중심으로 하는 것은 tanh뿐이고, ReLU의 0 바닥 때문에 유닛이 죽을 수 있습니다.`
		),
		explanationTex: `${NAME[act]}(\\mathbb{R}) = ${RANGE[act]}`,
		params: { act },
		correct: item(act),
		wrong: ACTIVATIONS.filter((a) => a !== act).map(item)
	});
}

function orderValues(ctx: FormContext) {
	const x = pick(ctx.r, [-3, -2, -1.5, -0.5]);
	const acts = shuffle(ctx.r, ACTIVATIONS).slice(0, 4);
	const values = new Map(acts.map((a) => [a, opValue(a, x)]));
	const sorted = [...acts].sort((a, b) => values.get(b)! - values.get(a)!);
	return order(ctx, {
		prompt: text(
			`Order these activations by their output at $x = ${x}$, largest first.`,
			`$x = ${x}$에서의 출력이 큰 활성화 함수부터 순서대로 놓으세요.`
		),
		explanation: text(
			`For a negative input: sigmoid stays positive, ReLU gives 0, Leaky ReLU a small negative number, ELU bends towards −1, and tanh is the most negative.`,
			`입력이 음수일 때 시그모이드는 여전히 양수, ReLU는 0, Leaky ReLU는 작은 음수, ELU는 −1 쪽으로 휘고, tanh가 가장 음수입니다.`
		),
		explanationTex: sorted.map((a) => `${NAME[a]}(${x}) = ${tex(values.get(a)!)}`).join(',\\; '),
		params: { x, acts: sorted },
		items: sorted.map((a) => ({ id: a, text: same(LABEL[a]) }))
	});
}

export const activations = defineGenerator('activations', 'activations', {
	value: valueForm,
	derivative: derivativeForm,
	maxout,
	formula,
	range,
	'order-values': orderValues
});
