// Misconceptions (CURRICULUM.md "Mistakes in the seeds") as "is this right?" questions, each
// answered with the correct version: the Newton recurrence backwards, a saddle's curvature,
// 003's regularization arithmetic, "a scalar is 1-D", 001's two-layer equations and 003's
// ∂(x+y)/∂x slip. The descent and curvature ones live in misconceptions-calculus.ts.
import { parse } from '../../../engine';
import { int, nonZeroInt, pick } from '../../random';
import {
	choice,
	form,
	generator,
	isReference,
	matTex,
	num,
	sumSource,
	sumTex,
	t,
	tex,
	vecTex,
	type Option,
	type Term,
	par
} from './b-kit';
import { eig2 } from './b-math';
import { analytic, globalMinimum, saddleY3 } from './misconceptions-calculus';
import { l1, l2 } from './penalties';
import { twoLayer } from './misconceptions-network';

/** Keeps the first option of each face (the right one comes first), so no two read the same. */
const unique = (options: Option[]) =>
	options.filter((o, i) => options.findIndex((p) => p.text.en === o.text.en) === i);
const numberOption = (key: string, v: number): Option => ({ key, text: t(num(v), num(v)) });

const newtonBackwards = form(
	(r) => ({ a: pick(r, [2, 3, 5, 7, 10]), x: int(r, 1, 4) }),
	(ctx, { a, x }) => {
		const f = parse(`x^2 - ${a}`);
		const [v, slope] = [f.value({ x }), f.gradient({ x }).x];
		const right = x - v / slope;
		const options = unique([
			numberOption('minus', right),
			numberOption('plus', x + v / slope),
			numberOption('flipped', x - slope / v),
			numberOption('value', x - v)
		]);
		return choice(
			ctx,
			{
				prompt: t(
					`A study note writes Newton's method as $x_k = x_{k+1} - f(x_k)/f'(x_k)$. For $f(x) = x^2 - ${a}$ (zero at $\\sqrt{${a}} \\approx ${tex(Math.sqrt(a))}$) and $x_k = ${x}$, what is the correct $x_{k+1}$?`,
					`한 학습 노트는 뉴턴 방법을 $x_k = x_{k+1} - f(x_k)/f'(x_k)$처럼 적었습니다. $f(x) = x^2 - ${a}$ (영점 $\\sqrt{${a}} \\approx ${tex(Math.sqrt(a))}$), $x_k = ${x}$일 때 올바른 $x_{k+1}$은?`
				),
				explanation: t(
					`The new point goes on the left: xₖ₊₁ = xₖ − f(xₖ)/f'(xₖ) = ${x} − ${par(v)}/${par(slope)} = ${num(right)}. Read the note's version literally and the step goes the other way (xₖ + f/f' = ${num(x + v / slope)}), away from the zero.`,
					`새 점은 왼쪽에 씁니다: xₖ₊₁ = xₖ − f(xₖ)/f'(xₖ) = ${x} − ${par(v)}/${par(slope)} = ${num(right)}. 노트의 식을 그대로 풀면 걸음이 반대로(xₖ + f/f' = ${num(x + v / slope)}) 가서 영점에서 멀어집니다.`
				),
				explanationTex: `x_{k+1} = x_k - \\frac{f(x_k)}{f'(x_k)} = ${x} - \\frac{${tex(v)}}{${tex(slope)}} = ${tex(right)}`
			},
			options,
			'minus'
		);
	}
);

export interface SaddleCase {
	readonly a: number;
	readonly b: number;
	readonly c: number;
}

const saddleTerms = (p: SaddleCase): Term[] => [
	{ c: p.a, src: 'x^2', tex: 'x^2' },
	{ c: -p.b, src: 'y^2', tex: 'y^2' },
	{ c: p.c, src: 'x*y', tex: 'xy' }
];

const pairOption = (key: string, hi: number, lo: number): Option => ({
	key,
	text: t(`${num(hi)} and ${num(lo)}`, `${num(hi)}, ${num(lo)}`),
	tex: `\\lambda_1 = ${tex(hi)},\\ \\lambda_2 = ${tex(lo)}`
});

const saddleFlat = form(
	(r): SaddleCase => ({ a: int(r, 1, 4), b: int(r, 1, 4), c: int(r, -2, 2) }),
	(ctx, p) => {
		const h = parse(sumSource(saddleTerms(p))).hessian({ x: 0, y: 0 });
		const [hi, lo] = eig2(h);
		return choice(
			ctx,
			{
				prompt: t(
					'A common belief says the second derivative is zero at a saddle point. The origin is a saddle point of this function. What are the eigenvalues of its Hessian there?',
					'안장점에서는 2계 도함수가 0이라는 통념이 있습니다. 원점은 이 함수의 안장점입니다. 그곳에서 헤세 행렬의 고윳값은 무엇입니까?'
				),
				promptTex: `f(x, y) = ${sumTex(saddleTerms(p))}`,
				explanation: t(
					`The Hessian is [[${num(h[0][0])}, ${num(h[0][1])}], [${num(h[1][0])}, ${num(h[1][1])}]] with eigenvalues ${num(hi)} and ${num(lo)}: not zero, but of opposite signs. The surface curves up along one direction and down along another. A zero gradient makes the point stationary; the mixed signs make it a saddle.`,
					`헤세 행렬은 [[${num(h[0][0])}, ${num(h[0][1])}], [${num(h[1][0])}, ${num(h[1][1])}]]이고 고윳값은 λ₁ = ${num(hi)}, λ₂ = ${num(lo)}입니다. 0이 아니라 부호가 서로 반대입니다. 한 방향으로는 위로, 다른 방향으로는 아래로 휩니다. 기울기가 0이라서 정류점이고, 부호가 섞여서 안장점입니다.`
				),
				explanationTex: `H = ${matTex(h)},\\quad \\lambda_1 \\lambda_2 = \\det H = ${tex(h[0][0] * h[1][1] - h[0][1] ** 2)} < 0`
			},
			[
				pairOption('mixed', hi, lo),
				pairOption('zero', 0, 0),
				pairOption('positive', Math.max(hi, -lo), Math.min(hi, -lo)),
				pairOption('negative', Math.max(-hi, lo), Math.min(-hi, lo))
			].filter((o, i, all) => all.findIndex((q) => q.tex === o.tex) === i),
			'mixed'
		);
	}
);

const regArithmetic = form(
	(r, seed) => {
		if (isReference(seed)) return [0.25, 0.25, 0.25, 0.25];
		for (;;) {
			const w = [0, 1, 2, 3].map(() => int(r, -10, 15) / 10);
			if (Math.abs(l2(w) - l2(w.map((v) => 1 - v))) > 0.01) return w;
		}
	},
	(ctx, w) => {
		const wrong = w.map((v) => 1 - v);
		const options = unique([
			numberOption('squares', l2(w)),
			numberOption('gap-squares', l2(wrong)),
			numberOption('sizes', l1(w)),
			numberOption('gap-sizes', l1(wrong))
		]);
		return choice(
			ctx,
			{
				prompt: t(
					`A study note computes the L2 penalty of $w = ${vecTex(w)}$ as $\\sum_k (1 - w_k)^2 = ${tex(l2(wrong))}$. What is the right L2 penalty?`,
					`한 학습 노트는 $w = ${vecTex(w)}$의 L2 정규화 항을 $\\sum_k (1 - w_k)^2 = ${tex(l2(wrong))}$처럼 계산했습니다. 올바른 L2 정규화 항은?`
				),
				explanation: t(
					`The penalty measures the weights themselves, not their distance from 1: Σw² = ${w.map((v) => `${par(v)}²`).join(' + ')} = ${num(l2(w))}. (The L1 penalty would be Σ|w| = ${num(l1(w))}.)`,
					`정규화 항은 1과의 거리가 아니라 가중치 자체를 잽니다: Σw² = ${w.map((v) => `${par(v)}²`).join(' + ')} = ${num(l2(w))}. (L1 정규화 항은 Σ|w| = ${num(l1(w))}입니다.)`
				),
				explanationTex: `R(w) = \\sum_k w_k^2 = ${tex(l2(w))}`
			},
			options,
			'squares'
		);
	}
);

const scalar = form(
	(r) => ({ value: int(r, -50, 50) / 10, n: pick(r, [3, 10, 784]) }),
	(ctx, { value, n }) =>
		choice(
			ctx,
			{
				prompt: t(
					`A study note calls one-dimensional data a "scalar". How many axes does the scalar ${num(value)} have, compared with a vector of ${n} numbers?`,
					`한 학습 노트는 1차원 데이터를 "스칼라"라고 부릅니다. 스칼라(예: ${num(value)})는 수 ${n}개로 된 벡터와 비교해 축이 몇 개입니까?`
				),
				explanation: t(
					`A scalar is a single number: no index is needed, so it is 0-D. The vector of ${n} numbers needs one index (1-D), a matrix two (2-D); more axes make a tensor.`,
					`스칼라는 수 하나이므로 인덱스가 필요 없어 0차원입니다. 수 ${n}개의 벡터는 인덱스 하나(1차원), 행렬은 둘(2차원)이 필요하고, 축이 더 많으면 텐서입니다.`
				)
			},
			[
				{
					key: 'zero',
					text: t(
						'0 axes: a scalar is 0-D; the vector is 1-D.',
						'축 0개: 스칼라는 0차원, 벡터는 1차원입니다.'
					)
				},
				{
					key: 'one',
					text: t(
						'1 axis: a scalar is 1-D, like the vector.',
						'축 1개: 스칼라도 벡터처럼 1차원입니다.'
					)
				},
				{
					key: 'two',
					text: t(
						'2 axes: a scalar is 2-D; the vector is 1-D.',
						'축 2개: 스칼라는 2차원, 벡터는 1차원입니다.'
					)
				},
				{ key: 'n', text: t(`${n} axes, one per number.`, `수마다 하나씩, 축 ${n}개입니다.`) }
			],
			'zero'
		)
);

export interface PartialCase {
	readonly x: number;
	readonly y: number;
	readonly z: number;
}

const partialSum = form(
	(r, seed): PartialCase => {
		if (isReference(seed)) return { x: -2, y: 5, z: -4 };
		for (;;) {
			const p = { x: nonZeroInt(r, -5, 5), y: nonZeroInt(r, -5, 5), z: nonZeroInt(r, -5, 5) };
			const faces = new Set([p.z, p.x + p.y, p.y * p.z, 1]);
			if (faces.size === 4) return p;
		}
	},
	(ctx, { x, y, z }) => {
		const f = parse('(x + y) * z');
		const g = f.gradient({ x, y, z });
		return choice(
			ctx,
			{
				prompt: t(
					`For $f = (x + y)z$ at $x = ${x}$, $y = ${y}$, $z = ${z}$, a study note writes $\\partial(x + y)/\\partial x$ where it means $\\partial(x + y)/\\partial y$. What is $\\partial f/\\partial y$?`,
					`$f = (x + y)z$, $x = ${x}$, $y = ${y}$, $z = ${z}$에서 한 학습 노트는 $\\partial(x + y)/\\partial y$를 써야 할 곳에 $\\partial(x + y)/\\partial x$를 적었습니다. $\\partial f/\\partial y$는?`
				),
				explanation: t(
					`With q = x + y, ∂f/∂y = ∂f/∂q · ∂q/∂y = z · 1 = ${num(g.y)}. The add gate passes the upstream gradient to each input unchanged, so the answer happens to equal ∂f/∂x, but the factor that belongs in it is ∂q/∂y.`,
					`q = x + y라 하면 ∂f/∂y = ∂f/∂q · ∂q/∂y = z · 1 = ${num(g.y)}입니다. 덧셈 게이트는 위에서 온 기울기를 각 입력에 그대로 전하므로 값은 ∂f/∂x와 같지만, 식에 들어갈 인수는 ∂q/∂y입니다.`
				),
				explanationTex: `\\frac{\\partial f}{\\partial y} = \\frac{\\partial f}{\\partial q}\\frac{\\partial q}{\\partial y} = ${tex(z)} \\cdot 1 = ${tex(g.y)}`
			},
			[
				numberOption('upstream', g.y),
				numberOption('sum', x + y),
				numberOption('product', y * z),
				numberOption('local', 1)
			],
			'upstream'
		);
	}
);

export const misconceptionsForms = {
	'global-minimum': globalMinimum,
	'analytic-gradient': analytic,
	'saddle-y3': saddleY3,
	'newton-backwards': newtonBackwards,
	'saddle-curvature': saddleFlat,
	'regularization-arithmetic': regArithmetic,
	'scalar-dimension': scalar,
	'two-layer': twoLayer,
	'partial-sum': partialSum
};

export const misconceptions = generator('misconceptions', 'misconceptions', misconceptionsForms);
