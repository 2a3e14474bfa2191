// Numerical vs analytic gradients (C3): finite differences by hand, the relative error of a
// gradient check, which step h to use, and what a check is for. CURRICULUM mistake #7: analytic
// gradients are exact (up to rounding); the check catches bugs in code that computes them.
import type { FormContext } from '../build';
import { choice, defineGenerator, numeric, order, same, tex, text, whichIsTrue } from '../build';
import { int, pick } from '../../random';
import { show } from '../../numbers';
import { numericalGradient, parse, relativeError } from '../../../engine';

/** The engine's central difference of a one-variable formula at x. */
function central(source: string, x: number, h: number): number {
	const expr = parse(source);
	return numericalGradient((p) => expr.value({ x: p[0] }), [x], h)[0];
}

function centralForm(ctx: FormContext) {
	const { r } = ctx;
	const a = pick(r, [1, 2, -1]);
	const b = int(r, -3, 3);
	const x = int(r, -2, 3);
	const h = pick(r, [0.1, 0.5, 1]);
	const source = `${a} * x^3 + ${b} * x`;
	const estimate = central(source, x, h);
	const exact = parse(source).gradient({ x }).x;
	const f = `f(x) = ${a === 1 ? '' : a === -1 ? '-' : a}x^3 ${b < 0 ? '-' : '+'} ${Math.abs(b)}x`;
	return numeric(ctx, {
		prompt: text(
			`Estimate $f'(${x})$ for $${f}$ with the central difference and $h = ${h}$.`,
			`$${f}$에 대해 중앙 차분과 $h = ${h}$로 $f'(${x})$를 어림하세요.`
		),
		explanation: text(
			`Evaluate $f$ at $x \\pm h$ and divide the rise by $2h$. The exact derivative is $${tex(exact)}$; the gap, $${tex(estimate - exact)}$, is the $O(h^2)$ truncation error (for a cubic exactly $a h^2$).`,
			`$x \\pm h$에서 $f$를 계산해 그 차이를 $2h$로 나눕니다. 정확한 도함수는 $${tex(exact)}$이고, 차이 $${tex(estimate - exact)}$는 $O(h^2)$ 절단 오차입니다(삼차식이면 정확히 $a h^2$).`
		),
		explanationTex: `\\frac{f(x+h) - f(x-h)}{2h} = \\frac{f(${x + h}) - f(${x - h})}{${2 * h}} = ${tex(estimate)}`,
		params: { a, b, x, h },
		answer: estimate
	});
}

function forwardForm(ctx: FormContext) {
	const { r } = ctx;
	const a = int(r, 1, 4);
	const x = int(r, -3, 3);
	const h = pick(r, [0.1, 0.5, 1]);
	const expr = parse(`${a} * x^2`);
	const estimate = (expr.value({ x: x + h }) - expr.value({ x })) / h;
	return numeric(ctx, {
		prompt: text(
			`Estimate $f'(${x})$ for $f(x) = ${a}x^2$ with the forward difference and $h = ${h}$.`,
			`$f(x) = ${a}x^2$에 대해 전진 차분과 $h = ${h}$로 $f'(${x})$를 어림하세요.`
		),
		explanation: text(
			`The forward difference looks only one way, so its error is $O(h)$: here $${tex(estimate - 2 * a * x)}$ above the exact $f'(${x}) = ${2 * a * x}$. The central difference would have hit it exactly for a quadratic.`,
			`전진 차분은 한쪽만 보므로 오차가 $O(h)$입니다. 여기서는 정확한 값 $f'(${x}) = ${2 * a * x}$보다 $${tex(estimate - 2 * a * x)}$ 큽니다. 이차식이라면 중앙 차분은 정확히 맞혔을 것입니다.`
		),
		explanationTex: `\\frac{f(x+h) - f(x)}{h} = \\frac{f(${x + h}) - f(${x})}{${h}} = ${tex(estimate)}`,
		params: { a, x, h },
		answer: estimate
	});
}

function relError(ctx: FormContext) {
	const { r } = ctx;
	const analytic = (int(r, 10, 99) / 10) * pick(r, [-1, 1]);
	const numerical = analytic + pick(r, [-1, 1]) * int(r, 1, 9) * 10 ** -int(r, 2, 4);
	const error = relativeError(analytic, numerical);
	const shown = (v: number) => show(v, 8).replace('−', '-');
	return numeric(ctx, {
		prompt: text(
			`Backprop gives $${shown(analytic)}$ and the central difference gives $${shown(numerical)}$. What is their relative error?`,
			`역전파는 $${shown(analytic)}$, 중앙 차분은 $${shown(numerical)}$을 줍니다. 상대 오차는?`
		),
		explanation: text(
			`Divide the gap by the larger size, so the error means the same for big and small gradients. Below about $10^{-7}$ is a pass; above $10^{-3}$ points to a bug.`,
			`차이를 둘 중 큰 크기로 나누어, 기울기가 크든 작든 같은 뜻이 되게 합니다. 대략 $10^{-7}$보다 작으면 통과, $10^{-3}$보다 크면 버그를 의심합니다.`
		),
		explanationTex: `\\frac{|a - n|}{\\max(|a|, |n|)} = \\frac{${tex(Math.abs(analytic - numerical), 6)}}{${tex(Math.max(Math.abs(analytic), Math.abs(numerical)), 8)}} = ${tex(error, 3)}`,
		params: { analytic, numerical },
		answer: error
	});
}

/** Backward code as a learner might write it: right, or with a classic slip. */
const BUGS = {
	none: (g: number) => g,
	'sign-slip': (g: number) => -g,
	'lost-factor': (g: number) => g / 2
};

/** A check's verdict from its relative error (cs231n's rule of thumb). */
export const verdictOf = (error: number) => (error < 1e-6 ? 'pass' : 'bug');

function verdict(ctx: FormContext) {
	const { r } = ctx;
	const fn = pick(r, ['x^2 * sin(x)', 'exp(2 * x)', 'x^3 - 4 * x', 'sin(x) * cos(x)']);
	const x = pick(r, [0.5, 1, 1.5, 2]);
	const bug = pick(r, ['none', 'none', 'sign-slip', 'lost-factor'] as const);
	const claimed = BUGS[bug](parse(fn).gradient({ x }).x);
	const estimate = central(fn, x, 1e-5);
	const error = relativeError(claimed, estimate);
	const key = verdictOf(error);
	const items = {
		pass: text('The backward code is right', '역전파 코드가 맞다'),
		bug: text('The backward code has a bug', '역전파 코드에 버그가 있다'),
		h: text(
			'The check is useless: h = 1e-5 is far too small',
			'h = 1e-5가 너무 작아서 검사가 쓸모없다'
		),
		approx: text(
			'Nothing can be told: analytic gradients are only approximations',
			'해석적 기울기는 어차피 근사라서 알 수 없다'
		)
	};
	const item = (k: keyof typeof items) => ({ id: k, text: items[k] });
	return choice(ctx, {
		prompt: text(
			`For $f(x) = ${parse(fn).toLatex()}$ at $x = ${x}$, your backward code returns $${tex(claimed, 8)}$ and the central difference with $h = 10^{-5}$ gives $${tex(estimate, 8)}$. What do you conclude?`,
			`$f(x) = ${parse(fn).toLatex()}$, $x = ${x}$에서 역전파 코드는 $${tex(claimed, 8)}$, $h = 10^{-5}$ 중앙 차분은 $${tex(estimate, 8)}$을 줍니다. 결론은?`
		),
		explanation: text(
			`The relative error is $${tex(error, 3)}$. An analytic gradient is exact up to rounding, so a correct backward pass agrees to about $10^{-9}$; a gap this ${key === 'pass' ? 'small means it is right' : 'large means the code is wrong'}.`,
			`상대 오차는 $${tex(error, 3)}$입니다. 해석적 기울기는 반올림 오차를 빼면 정확하므로 올바른 역전파는 약 $10^{-9}$까지 일치합니다. 이 정도 차이는 ${key === 'pass' ? '코드가 맞다는 뜻입니다' : '코드가 틀렸다는 뜻입니다'}.`
		),
		explanationTex: `\\frac{|a - n|}{\\max(|a|, |n|)} = ${tex(error, 3)}`,
		params: { fn, x, bug, claimed },
		correct: item(key),
		wrong: (['pass', 'bug', 'h', 'approx'] as const).filter((k) => k !== key).map(item)
	});
}

const STEPS_H = [1, 0.1, 1e-5, 1e-14];

/** |central difference − exact derivative| for each h (NaN counts as worst). */
function errorsByH(fn: string, x: number): number[] {
	const exact = parse(fn).gradient({ x }).x;
	return STEPS_H.map((h) => {
		const e = Math.abs(central(fn, x, h) - exact);
		return Number.isNaN(e) ? Infinity : e;
	});
}

function bestH(ctx: FormContext) {
	const { r } = ctx;
	const fn = pick(r, ['exp(x)', 'sin(x)', 'x^3', 'exp(x) * sin(x)']);
	const x = pick(r, [0.5, 1, 1.5, 2]);
	const errors = errorsByH(fn, x);
	const best = errors.indexOf(Math.min(...errors));
	const label = (h: number) => (h >= 0.1 ? String(h) : `10^{${Math.round(Math.log10(h))}}`);
	const items = STEPS_H.map((h) => ({
		id: `h-${h}`,
		text: same(`h = ${h >= 0.1 ? h : `1e${Math.round(Math.log10(h))}`}`),
		tex: `h = ${label(h)}`
	}));
	const rows = STEPS_H.map((h, i) => `${label(h)}: ${tex(errors[i], 2)}`).join(',\\; ');
	return choice(ctx, {
		prompt: text(
			`Which step gives the most accurate central difference for $f(x) = ${parse(fn).toLatex()}$ at $x = ${x}$ in 64-bit floating point?`,
			`64비트 부동소수점에서 $f(x) = ${parse(fn).toLatex()}$, $x = ${x}$의 중앙 차분이 가장 정확한 간격은?`
		),
		explanation: text(
			`A large h leaves truncation error (about $h^2 f'''/6$); a tiny h loses digits when nearly equal numbers are subtracted (about $\\varepsilon |f| / h$). The errors for each h:`,
			`h가 크면 절단 오차(약 $h^2 f'''/6$)가 남고, 너무 작으면 거의 같은 두 수를 빼면서 유효숫자를 잃습니다(약 $\\varepsilon |f| / h$). h별 오차:`
		),
		explanationTex: `|\\text{central} - f'(x)|:\\; ${rows}`,
		params: { fn, x },
		correct: items[best],
		wrong: items.filter((_, i) => i !== best)
	});
}

function cost(ctx: FormContext) {
	const count = pick(ctx.r, [10, 100, 1000, 5000]) * int(ctx.r, 1, 9);
	let calls = 0;
	numericalGradient(() => (calls += 1), new Float64Array(count), 1e-5);
	return numeric(ctx, {
		prompt: text(
			`A model has ${count.toLocaleString('en-US')} parameters. How many loss evaluations does one full central-difference gradient take?`,
			`모델의 파라미터가 ${count.toLocaleString('en-US')}개입니다. 중앙 차분으로 기울기 전체를 한 번 구하려면 손실을 몇 번 계산해야 하나요?`
		),
		explanation: text(
			`Each parameter is nudged up and down once: two evaluations each. Backprop gets all of them in one forward and one backward pass, which is why training uses it and keeps the numerical gradient for checks.`,
			`파라미터마다 위아래로 한 번씩 움직이므로 두 번씩 계산합니다. 역전파는 순전파 한 번과 역전파 한 번으로 모두 구하므로 학습에는 역전파를 쓰고 수치 기울기는 검사에만 씁니다.`
		),
		explanationTex: `2P = 2 \\times ${count} = ${calls}`,
		params: { count },
		answer: calls,
		tolerance: 0,
		unit: text('evaluations', '번')
	});
}

export const GRADIENT_STATEMENTS = {
	truths: [
		{
			id: 'exact',
			text: text(
				'Backprop gives the exact gradient up to rounding; a gradient check exists to catch bugs in the code that computes it.',
				'역전파는 반올림 오차를 빼면 정확한 기울기를 준다. 기울기 검사는 그것을 계산하는 코드의 버그를 잡으려고 한다.'
			)
		},
		{
			id: 'orders',
			text: text(
				'The central difference has error O(h²); the forward difference only O(h).',
				'중앙 차분의 오차는 O(h²)이고 전진 차분은 O(h)이다.'
			)
		}
	],
	falsehoods: [
		{
			id: 'analytic-error-prone',
			text: text(
				'Analytic gradients are error-prone approximations; the numerical gradient is the exact reference.',
				'해석적 기울기는 틀리기 쉬운 근사이고 수치 기울기가 정확한 기준이다.'
			)
		},
		{
			id: 'smaller-h',
			text: text(
				'The smaller h, the more accurate the numerical gradient, all the way down to 1e-16.',
				'h가 작을수록 수치 기울기가 정확하다. 1e-16까지도 그렇다.'
			)
		},
		{
			id: 'numerical-cheap',
			text: text(
				'For a big network the numerical gradient is cheaper than backprop.',
				'큰 신경망에서는 수치 기울기가 역전파보다 싸다.'
			)
		},
		{
			id: 'every-step',
			text: text(
				'A gradient check must run at every training step.',
				'기울기 검사는 학습 걸음마다 해야 한다.'
			)
		}
	]
};

function whichTrue(ctx: FormContext) {
	return whichIsTrue(ctx, {
		prompt: text('Which statement about gradients is true?', '기울기에 관한 설명 중 옳은 것은?'),
		...GRADIENT_STATEMENTS,
		extra: text(
			'Some notes call analytic gradients error-prone: the formula is exact, only a hand-written implementation can be wrong.',
			'해석적 기울기가 틀리기 쉽다고 적은 노트도 있지만, 공식 자체는 정확하고 틀릴 수 있는 것은 손으로 짠 구현입니다.'
		)
	});
}

function orderCheck(ctx: FormContext) {
	const steps = [
		text('Choose a small step, such as h = 1e-5', 'h = 1e-5 같은 작은 간격을 정한다'),
		text('Evaluate the loss at x + h and at x − h', 'x + h와 x − h에서 손실을 계산한다'),
		text('Divide their difference by 2h', '두 값의 차이를 2h로 나눈다'),
		text(
			"Compute the relative error against backprop's gradient",
			'역전파 기울기와의 상대 오차를 구한다'
		),
		text(
			'Pass if it is below about 1e-6, else hunt for the bug',
			'약 1e-6보다 작으면 통과, 아니면 버그를 찾는다'
		)
	];
	return order(ctx, {
		prompt: text(
			'Put the steps of a gradient check in order.',
			'기울기 검사의 단계를 순서대로 놓으세요.'
		),
		explanation: text(
			'The numerical estimate needs h first, then the two loss values, then their slope; only then can it be compared with the analytic gradient, which is the thing being checked.',
			'수치 추정에는 먼저 h가, 그다음 두 손실 값과 그 기울기가 필요합니다. 그 뒤에야 검사 대상인 해석적 기울기와 비교할 수 있습니다.'
		),
		explanationTex: `\\text{rel. error} = \\frac{|a - n|}{\\max(|a|, |n|)},\\quad n = \\frac{L(x+h) - L(x-h)}{2h}`,
		items: steps.map((s, i) => ({ id: `s${i + 1}`, text: s }))
	});
}

export const gradients = defineGenerator('gradients', 'gradients', {
	central: centralForm,
	forward: forwardForm,
	'relative-error': relError,
	verdict,
	'best-h': bestH,
	cost,
	'which-true': whichTrue,
	'order-check': orderCheck
});
