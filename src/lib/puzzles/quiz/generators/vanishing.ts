// Vanishing gradients and dead ReLUs (C16): backprop multiplies one local slope per layer, and
// σ' ≤ 0.25, so n sigmoid layers shrink the signal by at least 4ⁿ; a ReLU whose input is negative
// for every example passes back nothing at all. Slopes come from the engine's op table.
import type { FormContext } from '../build';
import { defineGenerator, numeric, order, tex, text, whichIsTrue } from '../build';
import { int, pick } from '../../random';
import { parse } from '../../../engine';
import { opSlope } from './engine-run';

/** Small answers are judged to 1 % of their size, not to two decimals (which would accept 0). */
const relative = (answer: number) => Math.abs(answer) * 0.01;
/** The steepest the sigmoid gets, read off the engine at its centre. */
const sigmaMax = () => opSlope('sigmoid', 0);

function sigmoidChain(ctx: FormContext) {
	const n = int(ctx.r, 3, 5);
	const z = Array.from({ length: n }, () => pick(ctx.r, [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]));
	const slopes = z.map((zi) => opSlope('sigmoid', zi));
	const product = slopes.reduce((a, b) => a * b, 1);
	return numeric(ctx, {
		prompt: text(
			`A chain of ${n} sigmoid units, all weights 1, has pre-activations $z = (${z.join(', ')})$. By what factor is the gradient multiplied on its way back through all of them?`,
			`가중치가 모두 1인 시그모이드 유닛 ${n}개가 이어져 있고 입력은 $z = (${z.join(', ')})$입니다. 기울기가 이들을 거꾸로 모두 지나면 몇 배가 되나요?`
		),
		explanation: text(
			`By the chain rule each unit multiplies by its local slope $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\le 0.25$. The factors are ${slopes.map((s) => tex(s)).join(', ')}.`,
			`연쇄 법칙에 따라 유닛마다 국소 기울기 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\le 0.25$를 곱합니다. 각 값은 ${slopes.map((s) => tex(s)).join(', ')}입니다.`
		),
		explanationTex: `\\prod_i \\sigma'(z_i) = ${slopes.map((s) => tex(s)).join(' \\cdot ')} = ${tex(product)}`,
		params: { z },
		answer: product,
		tolerance: relative(product)
	});
}

function bound(ctx: FormContext) {
	const n = int(ctx.r, 2, 8);
	const top = sigmaMax() ** n;
	return numeric(ctx, {
		prompt: text(
			`With weights of size at most 1, what is the largest factor by which a gradient can survive ${n} sigmoid layers?`,
			`가중치 크기가 1 이하일 때, 기울기가 시그모이드 층 ${n}개를 지나며 남을 수 있는 가장 큰 배율은?`
		),
		explanation: text(
			`$\\sigma'$ peaks at $z = 0$ with $\\sigma(0)(1 - \\sigma(0)) = 0.5 \\cdot 0.5 = ${tex(sigmaMax())}$, and each layer multiplies by one such factor. This is the vanishing gradient (기울기 소실): the first layers barely learn.`,
			`$\\sigma'$은 $z = 0$에서 가장 크며 $\\sigma(0)(1 - \\sigma(0)) = 0.5 \\cdot 0.5 = ${tex(sigmaMax())}$입니다. 층마다 이 값을 한 번씩 곱합니다. 이것이 기울기 소실(vanishing gradient)이며 앞쪽 층은 거의 배우지 못합니다.`
		),
		explanationTex: `\\left(\\max_z \\sigma'(z)\\right)^{${n}} = 0.25^{${n}} = ${tex(top)}`,
		params: { n },
		answer: top,
		tolerance: relative(top)
	});
}

function layers(ctx: FormContext) {
	const k = int(ctx.r, 2, 8);
	let n = 0;
	for (let f = 1; f >= 10 ** -k; f *= sigmaMax()) n += 1;
	return numeric(ctx, {
		prompt: text(
			`Even at best ($\\sigma' = 0.25$ in every layer, weights 1), after how many sigmoid layers is the gradient first below $10^{-${k}}$ of its size?`,
			`가장 좋은 경우(모든 층에서 $\\sigma' = 0.25$, 가중치 1)에도 시그모이드 층을 몇 개 지나면 기울기가 처음으로 원래의 $10^{-${k}}$보다 작아지나요?`
		),
		explanation: text(
			`We need $0.25^n < 10^{-${k}}$, i.e. $n > ${k} / \\log_{10} 4 \\approx ${tex(k / Math.log10(4))}$.`,
			`$0.25^n < 10^{-${k}}$, 즉 $n > ${k} / \\log_{10} 4 \\approx ${tex(k / Math.log10(4))}$이어야 합니다.`
		),
		explanationTex: `0.25^{${n - 1}} = ${tex(0.25 ** (n - 1), 3)} \\ge 10^{-${k}} > 0.25^{${n}} = ${tex(0.25 ** n, 3)}`,
		params: { k },
		answer: n,
		tolerance: 0,
		unit: text('layers', '층')
	});
}

function deadRelu(ctx: FormContext) {
	const { r } = ctx;
	const w = pick(r, [-2, -1, 1, 2]);
	const b = pick(r, [-8, -6, -1, 0, 1]);
	const xs = [int(r, -3, 3), int(r, -3, 3), int(r, -3, 3)];
	const gs = [int(r, -3, 3), int(r, -3, 3), int(r, -3, 3)];
	const source = xs.map((x, i) => `(${gs[i]}) * relu(w * (${x}) + b)`).join(' + ');
	const dw = parse(source).gradient({ w, b }).w;
	const zs = xs.map((x) => w * x + b);
	return numeric(ctx, {
		prompt: text(
			`A ReLU unit computes $a = \\operatorname{ReLU}(wx + b)$ with $w = ${w}$, $b = ${b}$. Three examples $x = (${xs.join(', ')})$ arrive with upstream gradients $\\partial L/\\partial a = (${gs.join(', ')})$. What is $\\partial L/\\partial w$ summed over them?`,
			`ReLU 유닛이 $a = \\operatorname{ReLU}(wx + b)$를 계산하고 $w = ${w}$, $b = ${b}$입니다. 데이터 세 개 $x = (${xs.join(', ')})$에 상류 기울기 $\\partial L/\\partial a = (${gs.join(', ')})$가 들어옵니다. 세 데이터에 대한 $\\partial L/\\partial w$의 합은?`
		),
		explanation: text(
			`The inputs to the ReLU are $z = (${zs.join(', ')})$. Only examples with $z > 0$ pass a gradient (slope 1); the rest are cut to 0. A unit whose $z$ is negative for every example is a dead ReLU (죽은 ReLU): it never changes again.`,
			`ReLU의 입력은 $z = (${zs.join(', ')})$입니다. $z > 0$인 데이터만 기울기를 전달하고(기울기 1), 나머지는 0으로 끊깁니다. 모든 데이터에서 $z$가 음수인 유닛이 죽은 ReLU이며 다시는 바뀌지 않습니다.`
		),
		explanationTex: `\\frac{\\partial L}{\\partial w} = \\sum_i \\frac{\\partial L}{\\partial a_i}\\,[z_i > 0]\\,x_i = ${tex(dw)}`,
		params: { w, b, xs, gs },
		answer: dw
	});
}

export const VANISHING_STATEMENTS = {
	truths: [
		{
			id: 'leaky',
			text: text(
				'Leaky ReLU and ELU keep a small slope for negative inputs, so a unit pushed below zero can still recover.',
				'Leaky ReLU와 ELU는 음수 입력에도 작은 기울기가 있어서, 0 아래로 밀린 유닛도 되살아날 수 있다.'
			)
		},
		{
			id: 'relu-depth',
			text: text(
				"ReLU's slope is exactly 1 for positive inputs, so active paths pass gradients through many layers undiminished.",
				'ReLU의 기울기는 양수 입력에서 정확히 1이라, 활성화된 경로는 여러 층을 지나도 기울기가 줄지 않는다.'
			)
		},
		{
			id: 'big-step',
			text: text(
				'One too-large update can push a bias so far negative that a ReLU unit is dead for every example.',
				'지나치게 큰 업데이트 한 번이 편향을 크게 음수로 밀어 ReLU 유닛을 모든 데이터에서 죽게 할 수 있다.'
			)
		}
	],
	falsehoods: [
		{
			id: 'sigmoid-fix',
			text: text(
				'Switching deep networks to sigmoid everywhere cures vanishing gradients.',
				'깊은 신경망을 모두 시그모이드로 바꾸면 기울기 소실이 해결된다.'
			)
		},
		{
			id: 'revives',
			text: text(
				'A dead ReLU unit comes back on its own after a few more epochs.',
				'죽은 ReLU 유닛은 몇 에폭 더 지나면 저절로 살아난다.'
			)
		},
		{
			id: 'last-layer',
			text: text(
				'Vanishing gradients hurt the layers nearest the output most.',
				'기울기 소실은 출력에 가장 가까운 층에 가장 큰 피해를 준다.'
			)
		},
		{
			id: 'sigma-big',
			text: text(
				"The sigmoid's derivative can reach 1, so sigmoid layers need not shrink gradients.",
				'시그모이드의 도함수는 1까지 커질 수 있으므로 시그모이드 층이 기울기를 줄일 필요는 없다.'
			)
		}
	]
};

function whichTrue(ctx: FormContext) {
	return whichIsTrue(ctx, {
		prompt: text(
			'Which statement about vanishing gradients and dead ReLUs is true?',
			'기울기 소실과 죽은 ReLU에 관한 설명 중 옳은 것은?'
		),
		...VANISHING_STATEMENTS,
		extra: text(
			`Remember σ' ≤ ${sigmaMax()}, and the layers nearest the input get the most-multiplied gradient.`,
			`σ' ≤ ${sigmaMax()}이고, 입력에 가까운 층일수록 기울기가 더 여러 번 곱해진다는 점을 기억하세요.`
		)
	});
}

function orderDepth(ctx: FormContext) {
	const { r } = ctx;
	const deep = int(r, 6, 10);
	const shallow = int(r, 2, 3);
	const z = pick(r, [0.5, 1, 1.5]);
	const rows = [
		{
			id: 'relu',
			act: 'relu',
			n: deep,
			z: 1,
			en: `${deep} ReLU layers, all active`,
			ko: `모두 활성화된 ReLU ${deep}층`
		},
		{
			id: 'tanh',
			act: 'tanh',
			n: deep,
			z,
			en: `${deep} tanh layers at z = ${z}`,
			ko: `z = ${z}인 tanh ${deep}층`
		},
		{
			id: 'sig-short',
			act: 'sigmoid',
			n: shallow,
			z,
			en: `${shallow} sigmoid layers at z = ${z}`,
			ko: `z = ${z}인 시그모이드 ${shallow}층`
		},
		{
			id: 'sig-deep',
			act: 'sigmoid',
			n: deep,
			z,
			en: `${deep} sigmoid layers at z = ${z}`,
			ko: `z = ${z}인 시그모이드 ${deep}층`
		}
	].map((row) => ({ ...row, factor: opSlope(row.act, row.z) ** row.n }));
	const sorted = [...rows].sort((a, b) => b.factor - a.factor);
	return order(ctx, {
		prompt: text(
			'Order these stacks (weights 1) by how much of the gradient survives the trip back through them, most first.',
			'가중치가 1인 다음 층 묶음들을 기울기가 거꾸로 지나며 많이 남는 순서대로 놓으세요.'
		),
		explanation: text(
			'Each layer multiplies by its activation slope: 1 for an active ReLU, $1 - \\tanh^2(z)$ for tanh, $\\sigma(z)(1 - \\sigma(z)) \\le 0.25$ for sigmoid, once per layer.',
			'층마다 활성화 함수의 기울기를 곱합니다. 활성화된 ReLU는 1, tanh는 $1 - \\tanh^2(z)$, 시그모이드는 $\\sigma(z)(1 - \\sigma(z)) \\le 0.25$이고 층 수만큼 거듭 곱해집니다.'
		),
		explanationTex: sorted.map((row) => `\\text{${row.id}}: ${tex(row.factor, 3)}`).join(',\\; '),
		params: { deep, shallow, z },
		items: sorted.map((row) => ({ id: row.id, text: text(row.en, row.ko) }))
	});
}

export const vanishing = defineGenerator('vanishing', 'vanishing', {
	'sigmoid-chain': sigmoidChain,
	bound,
	layers,
	'dead-relu': deadRelu,
	'which-true': whichTrue,
	'order-depth': orderDepth
});
