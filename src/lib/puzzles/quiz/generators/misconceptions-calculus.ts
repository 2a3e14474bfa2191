// Misconceptions about descent and curvature (CURRICULUM.md "Mistakes in the seeds"): gradient
// descent always finds the global minimum (004), analytic gradients are error-prone (000), the
// 2y³ Newton example (001: its origin is a saddle), the Newton recurrence written backwards (001),
// and "the second derivative is zero at a saddle". Every number is computed by the engine.
import { parse } from '../../../engine';
import { int, pick } from '../../random';
import {
	choice,
	form,
	isReference,
	matTex,
	num,
	sumSource,
	sumTex,
	t,
	tex,
	type Term
} from './b-kit';
import { eig2, KIND_NAME, KIND_WHY, pointKind } from './b-math';

export interface DoubleWell {
	readonly a: number;
	readonly b: number;
	readonly x0: number;
	readonly lr: number;
}

const wellTerms = (p: DoubleWell): Term[] => [
	{ c: 1, src: 'x^4', tex: 'x^4' },
	{ c: -p.a, src: 'x^2', tex: 'x^2' },
	{ c: p.b, src: 'x', tex: 'x' }
];

/** Where plain gradient descent (engine gradient) settles from x0 after `steps` steps. */
export function descend(p: DoubleWell, from: number, steps = 1000): number {
	const e = parse(sumSource(wellTerms(p)));
	let x = from;
	for (let k = 0; k < steps; k++) x -= p.lr * e.gradient({ x }).x;
	return x;
}

export const globalMinimum = form(
	(r): DoubleWell => {
		const b = pick(r, [0.5, 1]) * pick(r, [1, -1]);
		// The shallow well lies on the side where bx is positive: start there.
		return { a: int(r, 2, 4), b, x0: Math.sign(b) * pick(r, [1.5, 2]), lr: pick(r, [0.01, 0.02]) };
	},
	(ctx, p) => {
		const g = parse(sumSource(wellTerms(p)));
		const stuck = descend(p, p.x0);
		const best = descend(p, -p.x0);
		const [gs, gb] = [g.value({ x: stuck }), g.value({ x: best })];
		return choice(
			ctx,
			{
				prompt: t(
					`A study note claims gradient descent always reaches the global minimum. On this loss, gradient descent from $x_0 = ${tex(p.x0)}$ with $\\eta = ${tex(p.lr)}$ settles at $x \\approx ${tex(stuck, 3)}$ where $g \\approx ${tex(gs, 3)}$. Is the claim right?`,
					`한 학습 노트는 경사하강법이 항상 전역 최솟값에 도달한다고 말합니다. 이 손실에서 시작점 $x_0 = ${tex(p.x0)}$, 학습률 $\\eta = ${tex(p.lr)}$인 경사하강법은 $x \\approx ${tex(stuck, 3)}$ ($g \\approx ${tex(gs, 3)}$)에 멈춥니다. 이 주장이 맞습니까?`
				),
				promptTex: `g(x) = ${sumTex(wellTerms(p))}`,
				explanation: t(
					`The slope is zero at x ≈ ${num(stuck, 3)} and the curve bends upward there, so every small step leads back: a local minimum. The global minimum is at x ≈ ${num(best, 3)} with g ≈ ${num(gb, 3)}. On a non-convex loss, where gradient descent ends depends on where it starts.`,
					`x ≈ ${num(stuck, 3)}에서 기울기가 0이고 곡선이 위로 휘므로 작은 걸음은 모두 되돌아옵니다. 지역 최솟값입니다. 전역 최솟값은 x ≈ ${num(best, 3)}, g ≈ ${num(gb, 3)}입니다. 볼록하지 않은 손실에서는 경사하강법이 어디서 끝나는지가 출발점에 달려 있습니다.`
				),
				explanationTex: `g'(x) = 4x^3 - ${tex(2 * p.a)}x ${p.b < 0 ? '-' : '+'} ${tex(Math.abs(p.b))} = 0`
			},
			[
				{
					key: 'local',
					text: t(
						`No: it stopped in a local minimum; g is lower near x ≈ ${num(best, 3)}.`,
						`아니요: 지역 최솟값에 멈췄습니다. x ≈ ${num(best, 3)} 근처에서 g가 더 낮습니다.`
					)
				},
				{
					key: 'yes',
					text: t(
						'Yes: given enough steps it always finds the global minimum.',
						'예: 걸음 수만 충분하면 항상 전역 최솟값을 찾습니다.'
					)
				},
				{
					key: 'eta',
					text: t(
						'No, but only because η is too small; a larger η always finds it.',
						'아니요, 하지만 η가 너무 작아서일 뿐입니다. η를 키우면 항상 찾습니다.'
					)
				},
				{
					key: 'convex',
					text: t('Yes: every loss function is convex.', '예: 모든 손실 함수는 볼록합니다.')
				}
			],
			'local'
		);
	}
);

export const analytic = form(
	(r) => ({ x0: int(r, 1, 3), h: pick(r, [0.1, 0.01, 0.5]) }),
	(ctx, { x0, h }) => {
		const f = parse('x^3');
		const exact = f.gradient({ x: x0 }).x;
		const approx = (f.value({ x: x0 + h }) - f.value({ x: x0 - h })) / (2 * h);
		return choice(
			ctx,
			{
				prompt: t(
					`A study note says analytic gradients are error-prone, so numerical ones are safer. For $f(x) = x^3$ at $x = ${x0}$: the analytic derivative $3x^2$ gives ${num(exact)}; the centred difference with $h = ${tex(h)}$ gives ${num(approx, 6)}. Which is right?`,
					`한 학습 노트는 해석적 기울기가 오류가 잦으니 수치 기울기가 더 안전하다고 말합니다. $f(x) = x^3$, $x = ${x0}$에서 해석적 도함수 $3x^2$는 ${num(exact)}, $h = ${tex(h)}$인 중심 차분은 ${num(approx, 6)}입니다. 옳은 것은?`
				),
				explanation: t(
					`The analytic derivative is exact (and costs one backward pass); the centred difference is off by h² = ${num(h * h)} here and needs two evaluations per parameter. What can go wrong is the code that computes the analytic gradient, and a numerical gradient check is how we catch such bugs.`,
					`해석적 도함수는 정확합니다(역전파 한 번이면 됩니다). 중심 차분은 여기서 h² = ${num(h * h)}만큼 어긋나며 매개변수마다 두 번 계산해야 합니다. 틀릴 수 있는 것은 해석적 기울기를 계산하는 코드이고, 그런 버그를 잡는 방법이 수치 기울기 검사입니다.`
				),
				explanationTex: `\\frac{(x + h)^3 - (x - h)^3}{2h} = 3x^2 + h^2`
			},
			[
				{
					key: 'check',
					text: t(
						'The analytic gradient is exact; the numerical one approximates it and is used to check code.',
						'해석적 기울기가 정확합니다. 수치 기울기는 근사이며 코드를 검사하는 데 씁니다.'
					)
				},
				{
					key: 'numeric',
					text: t(
						'The numerical gradient is more reliable; train with it.',
						'수치 기울기가 더 믿을 만합니다. 그것으로 학습하세요.'
					)
				},
				{
					key: 'both',
					text: t(
						'Both are exact; the gap is only rounding error.',
						'둘 다 정확하며 차이는 반올림 오차일 뿐입니다.'
					)
				},
				{
					key: 'wrong',
					text: t(
						`The analytic value is wrong by ${num(h * h)}.`,
						`해석적 값이 ${num(h * h)}만큼 틀렸습니다.`
					)
				}
			],
			'check'
		);
	}
);

export interface NewtonExample {
	readonly a: number;
	readonly c: number;
	readonly power: 2 | 3;
}

export const exampleTerms = (p: NewtonExample): Term[] => [
	{ c: 1, src: 'x^4', tex: 'x^4' },
	{ c: 0.8, src: 'y^4', tex: 'y^4' },
	{ c: p.a, src: 'x^2', tex: 'x^2' },
	{ c: p.c, src: `y^${p.power}`, tex: `y^${p.power}` },
	{ c: -1, src: 'x*y', tex: 'xy' },
	{ c: -0.2, src: 'x^2*y', tex: 'x^2y' }
];

export const saddleY3 = form(
	(r, seed): NewtonExample =>
		isReference(seed)
			? { a: 4, c: 2, power: 3 }
			: { a: int(r, 2, 4), c: int(r, 1, 3), power: pick(r, [2, 3] as const) },
	(ctx, p) => {
		const h = parse(sumSource(exampleTerms(p))).hessian({ x: 0, y: 0 });
		const kind = pointKind(eig2(h));
		return choice(
			ctx,
			{
				prompt: t(
					`One study note printed its Newton example with $y^3$ where $y^2$ was meant, and the two versions differ at the origin. For the version below (its gradient is zero at the origin), what is the origin?`,
					`한 학습 노트는 뉴턴 방법 예제에 $y^2$ 대신 $y^3$을 적었고, 두 식은 원점에서 다르게 행동합니다. 아래 식(원점에서 기울기가 0)에서 원점은 어떤 점입니까?`
				),
				promptTex: `f(x, y) = ${sumTex(exampleTerms(p))}`,
				explanation: t(
					`${p.power === 3 ? `A y³ term has zero second derivative at y = 0, so the Hessian's lower-right entry is 0 and det H = −1 < 0.` : `With y², the Hessian's lower-right entry is ${num(2 * p.c)} and det H = ${num(h[0][0] * h[1][1] - 1)} > 0.`} ${KIND_WHY[kind].en}`,
					`${p.power === 3 ? 'y³ 항은 y = 0에서 2계 도함수가 0이므로 헤세 행렬의 오른쪽 아래 원소가 0이고 det H = −1 < 0입니다.' : `y²이면 헤세 행렬의 오른쪽 아래 원소가 ${num(2 * p.c)}이고 det H = ${num(h[0][0] * h[1][1] - 1)} > 0입니다.`} ${KIND_WHY[kind].ko}`
				),
				explanationTex: `H(0, 0) = ${matTex(h)}`
			},
			(['min', 'max', 'saddle', 'flat'] as const).map((k) => ({ key: k, text: KIND_NAME[k] })),
			kind
		);
	}
);
