// The linear score f = Wx + b (C11, C24): shapes and values, how many axes a scalar, vector,
// matrix or tensor has (a scalar is 0-D), why W2·W1 collapses into one layer, the perceptron
// update, parameter counts and the order of a forward pass.
import { int, pick, shuffle } from '../../random';
import {
	choice,
	form,
	generator,
	matTex,
	num,
	numeric,
	t,
	tex,
	vecTex,
	type Rand,
	par,
	texPar
} from './b-kit';
import { collapse, composed, dimensions, orderForward } from './tensors';

const sizes = (r: Rand, count: number) =>
	shuffle(r, [2, 3, 4, 5, 10, 64, 784, 3072]).slice(0, count);

const shape = form(
	(r) => {
		const [m, n] = sizes(r, 2);
		return { m, n };
	},
	(ctx, { m, n }) => {
		const vec = (k: number) => ({
			key: `v${k}`,
			text: t(`A vector of ${k} numbers`, `수 ${k}개로 된 벡터`),
			tex: `\\mathbb{R}^{${k}}`
		});
		const mat = (a: number, b: number) => ({
			key: `m${a}x${b}`,
			text: t(`A ${a} × ${b} matrix`, `${a} × ${b} 행렬`),
			tex: `\\mathbb{R}^{${a} \\times ${b}}`
		});
		return choice(
			ctx,
			{
				prompt: t(
					`$W$ is ${m} × ${n}, $x$ has ${n} entries and $b$ has ${m}. What is $f = Wx + b$?`,
					`$W$는 ${m} × ${n}, $x$는 원소 ${n}개, $b$는 원소 ${m}개입니다. $f = Wx + b$는 무엇입니까?`
				),
				promptTex: `f = Wx + b,\\quad W \\in \\mathbb{R}^{${m} \\times ${n}}`,
				explanation: t(
					`Each of W's ${m} rows takes a dot product with x (${n} numbers each), giving one score per row: f has ${m} entries, one per class. The inner sizes (${n}) must match and disappear.`,
					`W의 ${m}개 행이 각각 x(수 ${n}개)와 내적하여 행마다 점수 하나를 냅니다. f는 클래스마다 하나씩 ${m}개의 원소를 가집니다. 안쪽 크기(${n})는 맞아야 하고 사라집니다.`
				),
				explanationTex: `(${m} \\times ${n})\\,(${n}) \\to (${m})`
			},
			[vec(m), vec(n), mat(m, n), mat(n, m)],
			`v${m}`
		);
	}
);

export interface Affine {
	readonly W: number[][];
	readonly x: number[];
	readonly b: number[];
	readonly i: number;
}

const value = form(
	(r): Affine => ({
		W: [0, 1].map(() => [0, 1, 2].map(() => int(r, -3, 3))),
		x: [0, 1, 2].map(() => int(r, -2, 3)),
		b: [0, 1].map(() => int(r, -2, 2)),
		i: int(r, 0, 1)
	}),
	(ctx, { W, x, b, i }) => {
		const f = W[i].reduce((s, w, j) => s + w * x[j], b[i]);
		const products = W[i].map((w, j) => `${par(w)}·${par(x[j])}`).join(' + ');
		return numeric(
			ctx,
			{
				prompt: t(
					`What is entry ${i + 1} of $f = Wx + b$?`,
					`$f = Wx + b$의 ${i + 1}번째 원소는 얼마입니까?`
				),
				promptTex: `W = ${matTex(W)},\\quad x = ${vecTex(x)},\\quad b = ${vecTex(b)}`,
				explanation: t(
					`Row ${i + 1} of W dotted with x, plus b${i + 1}: ${products} + ${num(b[i])} = ${num(f)}.`,
					`W의 ${i + 1}번째 행과 x의 내적에 편향 b${i + 1}의 값을 더합니다: ${products} + ${num(b[i])} = ${num(f)}.`
				),
				explanationTex: `f_{${i + 1}} = \\sum_j W_{${i + 1}j}\\,x_j + b_{${i + 1}} = ${tex(f)}`
			},
			f
		);
	}
);

export interface PerceptronCase {
	readonly w: [number, number];
	readonly bias: number;
	readonly x: [number, number];
	readonly y: number;
	readonly alpha: number;
	readonly which: 0 | 1 | 2;
}

const perceptron = form(
	(r): PerceptronCase => ({
		w: [int(r, -10, 10) / 10, int(r, -10, 10) / 10],
		bias: int(r, -5, 5) / 10,
		x: [int(r, 1, 4), int(r, -2, 3)],
		y: int(r, -3, 5),
		alpha: pick(r, [0.1, 0.05, 0.01]),
		which: pick(r, [0, 1, 2] as const)
	}),
	(ctx, p) => {
		const yHat = p.w[0] * p.x[0] + p.w[1] * p.x[1] + p.bias;
		const err = p.y - yHat;
		const input = p.which === 2 ? 1 : p.x[p.which];
		const old = p.which === 2 ? p.bias : p.w[p.which];
		const next = old + p.alpha * err * input;
		const name = p.which === 2 ? 'b' : `w_${p.which + 1}`;
		return numeric(
			ctx,
			{
				prompt: t(
					`A perceptron $\\hat y = w_1x_1 + w_2x_2 + b$ with $w = ${vecTex(p.w)}$, $b = ${tex(p.bias)}$ sees $x = ${vecTex(p.x)}$ with target $y = ${p.y}$. With loss $\\tfrac12(y - \\hat y)^2$ and $\\alpha = ${tex(p.alpha)}$, what is the new $${name}$?`,
					`퍼셉트론 $\\hat y = w_1x_1 + w_2x_2 + b$ ($w = ${vecTex(p.w)}$, $b = ${tex(p.bias)}$)이 입력 $x = ${vecTex(p.x)}$, 목표값 $y = ${p.y}$인 예제를 봅니다. 손실 $\\tfrac12(y - \\hat y)^2$, $\\alpha = ${tex(p.alpha)}$일 때 새 $${name}$는 얼마입니까?`
				),
				promptTex: `${name} \\leftarrow ${name} + \\alpha\\,(y - \\hat y)\\,${p.which === 2 ? '1' : `x_${p.which + 1}`}`,
				explanation: t(
					`ŷ = ${num(yHat)}, so y − ŷ = ${num(err)}. The gradient of ½(y − ŷ)² is −(y − ŷ)·(input), and a step against it adds α(y − ŷ)·(input): ${num(old)} + ${num(p.alpha)} × ${par(err)} × ${par(input)} = ${num(next)}.`,
					`ŷ = ${num(yHat)}이므로 y − ŷ = ${num(err)}입니다. ½(y − ŷ)²의 기울기는 −(y − ŷ)·(입력)이고, 그 반대로 한 걸음 가면 α(y − ŷ)·(입력)을 더합니다: ${num(old)} + ${num(p.alpha)} × ${par(err)} × ${par(input)} = ${num(next)}.`
				),
				explanationTex: `${name} = ${tex(old)} + ${tex(p.alpha)} \\cdot ${texPar(err)} \\cdot ${texPar(input)} = ${tex(next)}`
			},
			next
		);
	}
);

const params = form(
	(r) => ({ n: pick(r, [4, 10, 784, 3072]), h: pick(r, [5, 16, 100]), m: pick(r, [2, 3, 10]) }),
	(ctx, { n, h, m }) => {
		const count = h * n + h + m * h + m;
		return numeric(
			ctx,
			{
				prompt: t(
					`A two-layer network $s = W_2\\max(0, W_1x + b_1) + b_2$ maps ${n} inputs to ${h} hidden units to ${m} scores. How many numbers does training adjust?`,
					`2층 신경망 $s = W_2\\max(0, W_1x + b_1) + b_2$가 입력 ${n}개를 은닉 유닛 ${h}개로, 다시 점수 ${m}개로 보냅니다. 학습이 조정하는 수는 모두 몇 개입니까?`
				),
				explanation: t(
					`W₁ is ${h} × ${n} (${h * n}), b₁ has ${h}, W₂ is ${m} × ${h} (${m * h}), b₂ has ${m}: ${count} in all.`,
					`W₁은 ${h} × ${n}(${h * n}개), b₁은 ${h}개, W₂는 ${m} × ${h}(${m * h}개), b₂는 ${m}개로 모두 ${count}개입니다.`
				),
				explanationTex: `${h}\\cdot${n} + ${h} + ${m}\\cdot${h} + ${m} = ${count}`
			},
			count,
			{ tolerance: 0, unit: t('parameters', '개') }
		);
	}
);

export const linearScoreForms = {
	shape,
	value,
	dimensions,
	composed,
	collapse,
	perceptron,
	params,
	'order-forward': orderForward
};

export const linearScore = generator('linear-score', 'linear-score', linearScoreForms);
