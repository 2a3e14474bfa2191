// Learning-rate questions (C4, C5): the update w ← w − η·L'(w) by hand, which way it moves, and
// what η does on the bowl λx²/2, where each step multiplies x by (1 − ηλ). Every number is the
// optimizers' own (gradient descent stepped by the Descent model on an engine formula).
import { parse } from '../../../engine';
import {
	choice,
	defineGenerator,
	num,
	numeric,
	order,
	same,
	tex,
	text,
	type FormContext
} from '../build';
import { int, pick, shuffle } from '../../random';
import { pointAfter, runSteps } from './engine-run';

const gd = (lr: number) => ({ name: 'gd' as const, lr });
/** ηλ / λ, rounded to what the question shows (so 1.4 / 5 is 0.28, not 0.27999…). */
const rate = (product: number, lambda: number) => Math.round((product / lambda) * 1e6) / 1e6;
const bowl = (lambda: number) => `${lambda} * x^2 / 2`;
/** x after `steps` gradient-descent steps on λx²/2 from x0. */
const bowlAfter = (lambda: number, lr: number, x0: number, steps: number) =>
	pointAfter(bowl(lambda), { x: x0 }, gd(lr), steps).x;

function update(ctx: FormContext) {
	const { r } = ctx;
	const a = int(r, 1, 3);
	const c = int(r, -3, 3);
	const w0 = c + pick(r, [-4, -3, -2, -1, 1, 2, 3, 4]);
	const lr = pick(r, [0.05, 0.1, 0.2, 0.25]);
	const source = `${a} * (w - (${c}))^2`;
	const [step] = runSteps(source, { w: w0 }, gd(lr), 1);
	const slope = step.gradient!.w;
	const w1 = step.after.w;
	const f = `L(w) = ${a}(w ${c < 0 ? '+' : '-'} ${Math.abs(c)})^2`;
	return numeric(ctx, {
		prompt: text(
			`With $${f}$, $w_0 = ${w0}$ and learning rate $\\eta = ${lr}$, what is $w_1$ after one gradient-descent step?`,
			`$${f}$, $w_0 = ${w0}$, 학습률 $\\eta = ${lr}$일 때 경사하강법 한 걸음 뒤의 $w_1$은?`
		),
		explanation: text(
			`The slope is $L'(w_0) = 2 \\cdot ${a} \\cdot (${w0} - (${c})) = ${tex(slope)}$, so the step moves against it by $\\eta L'(w_0) = ${tex(lr * slope)}$.`,
			`기울기는 $L'(w_0) = 2 \\cdot ${a} \\cdot (${w0} - (${c})) = ${tex(slope)}$이고, 그 반대 방향으로 $\\eta L'(w_0) = ${tex(lr * slope)}$만큼 움직입니다.`
		),
		explanationTex: `w_1 = w_0 - \\eta\\,L'(w_0) = ${w0} - ${lr} \\cdot ${tex(slope)} = ${tex(w1)}`,
		params: { a, c, w0, lr },
		answer: w1
	});
}

function direction(ctx: FormContext) {
	const { r } = ctx;
	const g = pick(r, [-1, 1]) * int(r, 1, 9);
	const w0 = int(r, -5, 5);
	const lr = pick(r, [0.01, 0.1, 0.5]);
	const moved = pointAfter(`${g} * w`, { w: w0 }, gd(lr), 1).w - w0;
	const items = {
		up: { id: 'increase', text: text('$w$ increases', '$w$가 커진다') },
		down: { id: 'decrease', text: text('$w$ decreases', '$w$가 작아진다') },
		stay: { id: 'stay', text: text('$w$ stays where it is', '$w$는 그대로다') },
		depends: {
			id: 'depends',
			text: text('It depends on the value of $L(w_0)$', '$L(w_0)$의 값에 따라 다르다')
		}
	};
	const right = moved > 0 ? items.up : items.down;
	return choice(ctx, {
		prompt: text(
			`At $w_0 = ${w0}$ the slope of the loss is $dL/dw = ${g}$. What does one gradient-descent step with $\\eta = ${lr}$ do?`,
			`$w_0 = ${w0}$에서 손실의 기울기가 $dL/dw = ${g}$입니다. $\\eta = ${lr}$로 경사하강법을 한 걸음 가면?`
		),
		explanation: text(
			`The step is $-\\eta \\cdot dL/dw = ${tex(moved)}$: a ${g > 0 ? 'positive' : 'negative'} slope sends $w$ the other way, downhill.`,
			`한 걸음은 $-\\eta \\cdot dL/dw = ${tex(moved)}$입니다. 기울기가 ${g > 0 ? '양수' : '음수'}이면 $w$는 그 반대쪽, 즉 내리막으로 갑니다.`
		),
		explanationTex: `w_1 = w_0 - \\eta\\,\\frac{dL}{dw} = ${w0} - ${lr} \\cdot (${g}) = ${tex(w0 + moved)}`,
		params: { g, w0, lr },
		correct: right,
		wrong: [moved > 0 ? items.down : items.up, items.stay, items.depends]
	});
}

/** ηλ values (on λx²/2) for each behaviour; the key is read back from the engine's first step. */
const REGIMES = {
	steady: [0.2, 0.5, 0.8],
	exact: [1],
	zigzag: [1.2, 1.5, 1.8],
	bounce: [2],
	diverge: [2.2, 2.5, 3]
} as const;
type Regime = keyof typeof REGIMES;

export function regimeOf(ratio: number): Regime {
	const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
	if (near(ratio, 0)) return 'exact';
	if (near(ratio, -1)) return 'bounce';
	if (ratio > 0 && ratio < 1) return 'steady';
	if (ratio < 0 && ratio > -1) return 'zigzag';
	return 'diverge';
}

const REGIME_TEXT: Record<Regime, { en: string; ko: string }> = {
	steady: text(
		'It creeps towards 0 from one side, never overshooting',
		'한쪽에서 0으로 다가가며 넘어가지 않는다'
	),
	exact: text('It lands on the minimum in one step', '한 걸음 만에 최솟값에 도착한다'),
	zigzag: text(
		'It jumps across the minimum each step but still converges',
		'매 걸음 최솟값을 건너뛰지만 결국 수렴한다'
	),
	bounce: text(
		'It bounces between $x_0$ and $-x_0$ forever',
		'$x_0$와 $-x_0$ 사이를 영원히 오간다'
	),
	diverge: text('It flies off: $|x|$ grows every step', '발산한다: $|x|$가 매 걸음 커진다')
};

function regime(ctx: FormContext) {
	const { r } = ctx;
	const lambda = pick(r, [2, 4, 5, 10]);
	const target = pick(r, Object.keys(REGIMES) as Regime[]);
	const lr = rate(pick(r, REGIMES[target]), lambda);
	const x0 = pick(r, [-3, -2, 2, 3]);
	const ratio = bowlAfter(lambda, lr, x0, 1) / x0;
	const key = regimeOf(ratio);
	const item = (k: Regime) => ({ id: k, text: REGIME_TEXT[k] });
	const factor = tex(ratio);
	return choice(ctx, {
		prompt: text(
			`Gradient descent on $L(x) = ${lambda}x^2/2$ from $x_0 = ${x0}$ with $\\eta = ${tex(lr)}$. What happens?`,
			`$L(x) = ${lambda}x^2/2$에서 $x_0 = ${x0}$, $\\eta = ${tex(lr)}$로 경사하강법을 하면?`
		),
		explanation: text(
			`Each step multiplies $x$ by $1 - \\eta\\lambda = ${factor}$. Below 1 in size it shrinks (a negative factor flips the side); 0 lands at once; $-1$ bounces; beyond it grows.`,
			`매 걸음 $x$에 $1 - \\eta\\lambda = ${factor}$가 곱해집니다. 크기가 1보다 작으면 줄어들고(음수면 부호가 바뀜), 0이면 바로 도착, $-1$이면 제자리에서 튀고, 그보다 크면 커집니다.`
		),
		explanationTex: `x_{k+1} = (1 - \\eta\\lambda)\\,x_k = (1 - ${tex(lr)} \\cdot ${lambda})\\,x_k = ${factor}\\,x_k`,
		params: { lambda, lr, x0 },
		correct: item(key),
		wrong: (Object.keys(REGIMES) as Regime[]).filter((k) => k !== key).map(item)
	});
}

function afterSteps(ctx: FormContext) {
	const { r } = ctx;
	const lambda = pick(r, [1, 2, 4]);
	const lr = pick(r, [0.1, 0.25, 0.4, 0.6]);
	const x0 = pick(r, [-4, -2, 2, 4, 8]);
	const k = int(r, 2, 4);
	const xk = bowlAfter(lambda, lr, x0, k);
	const factor = 1 - lr * lambda;
	return numeric(ctx, {
		prompt: text(
			`Gradient descent on $L(x) = ${lambda}x^2/2$ from $x_0 = ${x0}$ with $\\eta = ${lr}$. What is $x_${k}$?`,
			`$L(x) = ${lambda}x^2/2$에서 $x_0 = ${x0}$, $\\eta = ${lr}$로 경사하강법을 할 때 $x_${k}$는?`
		),
		explanation: text(
			`Here $L'(x) = ${lambda}x$, so every step multiplies $x$ by $1 - \\eta\\lambda = ${tex(factor)}$; after ${k} steps that is $${tex(factor)}^${k}$.`,
			`$L'(x) = ${lambda}x$이므로 매 걸음 $x$에 $1 - \\eta\\lambda = ${tex(factor)}$가 곱해집니다. ${k}걸음 뒤에는 $${tex(factor)}^${k}$배입니다.`
		),
		explanationTex: `x_${k} = (1 - \\eta\\lambda)^${k} x_0 = (${tex(factor)})^${k} \\cdot ${x0} = ${tex(xk)}`,
		params: { lambda, lr, x0, k },
		answer: xk
	});
}

/** A positive-definite ½(a x² + 2c xy + b y²): its source and Hessian eigenvalues (engine Hessian). */
function quadratic(ctx: FormContext) {
	const { r } = ctx;
	for (;;) {
		const a = int(r, 1, 8);
		const b = int(r, 1, 8);
		const c = pick(r, [0, 0, 1, -1, 2, -2]);
		if (a * b <= c * c) continue;
		const source = `(${a} * x^2 + ${2 * c} * x * y + ${b} * y^2) / 2`;
		const [[h11, h12], [, h22]] = parse(source).hessian({ x: 0, y: 0 });
		const mid = (h11 + h22) / 2;
		const spread = Math.hypot((h11 - h22) / 2, h12);
		const f = `L(x, y) = \\tfrac12(${a === 1 ? '' : a}x^2 ${c === 0 ? '' : `${c < 0 ? '-' : '+'} ${2 * Math.abs(c) === 1 ? '' : 2 * Math.abs(c)}xy `}+ ${b === 1 ? '' : b}y^2)`;
		return { a, b, c, f, min: mid - spread, max: mid + spread };
	}
}

const hessianTex = (q: { a: number; b: number; c: number }) =>
	`H = \\begin{pmatrix} ${q.a} & ${q.c} \\\\ ${q.c} & ${q.b} \\end{pmatrix}`;

function maxLr(ctx: FormContext) {
	const q = quadratic(ctx);
	const limit = 2 / q.max;
	return numeric(ctx, {
		prompt: text(
			`Gradient descent with a fixed $\\eta$ on $${q.f}$ converges only if $\\eta$ is below what number?`,
			`$${q.f}$에서 고정된 $\\eta$로 경사하강법이 수렴하려면 $\\eta$가 어떤 수보다 작아야 할까요?`
		),
		promptTex: hessianTex(q),
		explanation: text(
			`On a quadratic, each eigen-direction of the Hessian is multiplied by $1 - \\eta\\lambda_i$ per step, so every $|1 - \\eta\\lambda_i| < 1$, i.e. $0 < \\eta\\lambda_i < 2$. The eigenvalues are $${tex(q.min)}$ and $${tex(q.max)}$; the largest one sets the limit.`,
			`이차 함수에서는 헤세 행렬의 고유 방향마다 한 걸음에 $1 - \\eta\\lambda_i$가 곱해지므로 모든 $|1 - \\eta\\lambda_i| < 1$, 즉 $0 < \\eta\\lambda_i < 2$여야 합니다. 고윳값은 $${tex(q.min)}$, $${tex(q.max)}$이고 가장 큰 값이 한계를 정합니다.`
		),
		explanationTex: `\\eta < \\frac{2}{\\lambda_{\\max}} = \\frac{2}{${tex(q.max)}} = ${tex(limit)}`,
		params: { a: q.a, b: q.b, c: q.c },
		answer: limit
	});
}

function bestLr(ctx: FormContext) {
	const q = quadratic(ctx);
	const best = 2 / (q.min + q.max);
	return numeric(ctx, {
		prompt: text(
			`Which fixed learning rate makes gradient descent on $${q.f}$ converge fastest?`,
			`$${q.f}$에서 경사하강법이 가장 빨리 수렴하는 고정 학습률은?`
		),
		promptTex: hessianTex(q),
		explanation: text(
			`The slowest direction shrinks by $\\max_i |1 - \\eta\\lambda_i|$ per step. It is smallest when the two extremes balance, $1 - \\eta\\lambda_{\\min} = \\eta\\lambda_{\\max} - 1$. Here $\\lambda_{\\min} + \\lambda_{\\max}$ is the trace, $${q.a} + ${q.b}$.`,
			`가장 느린 방향은 한 걸음에 $\\max_i |1 - \\eta\\lambda_i|$배로 줄어듭니다. 양 끝이 균형을 이룰 때, 즉 $1 - \\eta\\lambda_{\\min} = \\eta\\lambda_{\\max} - 1$일 때 가장 작습니다. 여기서 $\\lambda_{\\min} + \\lambda_{\\max}$는 대각합 $${q.a} + ${q.b}$입니다.`
		),
		explanationTex: `\\eta^* = \\frac{2}{\\lambda_{\\min} + \\lambda_{\\max}} = \\frac{2}{${tex(q.min)} + ${tex(q.max)}} = ${tex(best)}`,
		params: { a: q.a, b: q.b, c: q.c },
		answer: best
	});
}

/** Products ηλ with step factors |1 − ηλ| at least 0.15 apart, so the order is clear. */
function spreadProducts(r: () => number, count: number): number[] {
	const out: number[] = [];
	for (const p of shuffle(r, [0.1, 0.3, 0.5, 0.7, 1, 1.2, 1.4, 1.6, 1.8, 1.9])) {
		if (out.every((q) => Math.abs(Math.abs(1 - q) - Math.abs(1 - p)) >= 0.15)) out.push(p);
		if (out.length === count) break;
	}
	return out;
}

function orderSpeed(ctx: FormContext) {
	const { r } = ctx;
	const lambda = pick(r, [2, 4, 5, 10]);
	const rates = spreadProducts(r, 4).map((p) => rate(p, lambda));
	const factors = new Map(rates.map((lr) => [lr, Math.abs(bowlAfter(lambda, lr, 1, 1))]));
	const sorted = [...rates].sort((a, b) => factors.get(a)! - factors.get(b)!);
	const list = sorted.map((lr) => `${tex(lr)} \\to ${tex(factors.get(lr)!)}`).join(',\\; ');
	return order(ctx, {
		prompt: text(
			`Order these learning rates by how fast gradient descent converges on $L(x) = ${lambda}x^2/2$, fastest first.`,
			`$L(x) = ${lambda}x^2/2$에서 경사하강법이 빨리 수렴하는 학습률부터 순서대로 놓으세요.`
		),
		explanation: text(
			`Each step multiplies the distance to the minimum by $|1 - \\eta\\lambda|$; the smaller that factor, the faster. A large $\\eta$ that overshoots can still beat a timid one.`,
			`한 걸음마다 최솟값까지의 거리에 $|1 - \\eta\\lambda|$가 곱해집니다. 이 값이 작을수록 빠릅니다. 최솟값을 넘어가는 큰 $\\eta$가 소심한 작은 $\\eta$보다 빠를 수도 있습니다.`
		),
		explanationTex: `|1 - \\eta\\lambda|:\\; ${list}`,
		params: { lambda, rates },
		items: sorted.map((lr) => ({ id: `eta-${tex(lr)}`, text: same(`η = ${num(lr)}`) }))
	});
}

const DIAGNOSES = {
	crawl: [0.02, 0.04, 0.06],
	good: [0.6, 0.9, 1.1, 1.3],
	diverge: [2.3, 2.6, 3]
} as const;
type Diagnosis = keyof typeof DIAGNOSES;

const DIAGNOSIS_TEXT: Record<Diagnosis | 'done', { en: string; ko: string }> = {
	crawl: text('η is too small: the loss barely moves', 'η가 너무 작다: 손실이 거의 줄지 않는다'),
	good: text('η is about right: the loss falls fast', 'η가 적당하다: 손실이 빠르게 준다'),
	diverge: text('η is too large: the run diverges', 'η가 너무 크다: 발산한다'),
	done: text('The run has already reached the minimum', '이미 최솟값에 도착했다')
};

/** Whether a run's losses crawl, fall well or blow up: read from ηλ on λx²/2. */
export function diagnosisOf(product: number): Diagnosis {
	if (product > 2) return 'diverge';
	return product < 0.2 ? 'crawl' : 'good';
}

function diagnose(ctx: FormContext) {
	const { r } = ctx;
	const lambda = pick(r, [2, 4, 5]);
	const kind = pick(r, Object.keys(DIAGNOSES) as Diagnosis[]);
	const lr = rate(pick(r, DIAGNOSES[kind]), lambda);
	const x0 = pick(r, [-3, -2, 2, 3]);
	const records = runSteps(bowl(lambda), { x: x0 }, gd(lr), 4);
	const losses = [records[0].lossBefore, ...records.map((s) => s.loss)];
	const product = 1 - records[0].after.x / x0;
	const key = diagnosisOf(product);
	const item = (k: Diagnosis | 'done') => ({ id: k, text: DIAGNOSIS_TEXT[k] });
	return choice(ctx, {
		prompt: text(
			`A run of gradient descent shows these losses: ${losses.map((l) => num(l)).join(', ')}. What is going on?`,
			`경사하강법의 손실이 이렇게 나왔습니다: ${losses.map((l) => num(l)).join(', ')}. 무슨 일일까요?`
		),
		explanation: text(
			`The run was on $L(x) = ${lambda}x^2/2$ with $\\eta = ${tex(lr)}$: the loss is multiplied by $(1 - \\eta\\lambda)^2 = ${tex((1 - product) ** 2)}$ per step.`,
			`$L(x) = ${lambda}x^2/2$, $\\eta = ${tex(lr)}$로 돌린 결과입니다. 손실은 한 걸음에 $(1 - \\eta\\lambda)^2 = ${tex((1 - product) ** 2)}$배가 됩니다.`
		),
		explanationTex: `L(x_{k+1}) = (1 - \\eta\\lambda)^2\\,L(x_k),\\quad \\eta\\lambda = ${tex(product)}`,
		params: { lambda, lr, x0, losses },
		correct: item(key),
		wrong: (['crawl', 'good', 'diverge', 'done'] as const).filter((k) => k !== key).map(item)
	});
}

export const learningRate = defineGenerator('learning-rate', 'learning-rate', {
	update,
	direction,
	regime,
	'after-steps': afterSteps,
	'max-lr': maxLr,
	'best-lr': bestLr,
	'order-speed': orderSpeed,
	diagnose
});
