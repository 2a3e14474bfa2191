// Why activations are needed (C14): two linear layers W₂(W₁x) are the single layer (W₂W₁)x, so
// without a nonlinearity depth adds nothing; a ReLU between them breaks the collapse. Products
// come from the engine's tensor kernels (row-major, PyTorch layout).
import type { FormContext } from '../build';
import { defineGenerator, numeric, order, tex, text, whichIsTrue } from '../build';
import { int } from '../../random';
import { tensor } from '../../../engine';
import { opValue } from './engine-run';

type Mat = number[]; // 2×2 row-major

const matrix = (r: () => number): Mat => [0, 1, 2, 3].map(() => int(r, -3, 3));
const matTex = (m: Mat) =>
	`\\begin{pmatrix} ${m[0]} & ${m[1]} \\\\ ${m[2]} & ${m[3]} \\end{pmatrix}`;
const vecTex = (v: readonly number[]) =>
	`\\begin{pmatrix} ${v.map((x) => tex(x)).join(' \\\\ ')} \\end{pmatrix}`;

/** a (m×k) · b (k×n) by the engine's kernel. */
function mul(
	a: readonly number[],
	b: readonly number[],
	m: number,
	k: number,
	n: number
): number[] {
	const out = new Float64Array(m * n);
	tensor.matmul(out, Float64Array.from(a), Float64Array.from(b), m, k, n);
	return [...out];
}

function setup(ctx: FormContext) {
	const w1 = matrix(ctx.r);
	const w2 = matrix(ctx.r);
	const x = [int(ctx.r, -2, 2), int(ctx.r, -2, 2)];
	return { w1, w2, x, prompt: `W_1 = ${matTex(w1)},\\quad W_2 = ${matTex(w2)}` };
}

function combinedEntry(ctx: FormContext) {
	const { w1, w2, prompt } = setup(ctx);
	const i = int(ctx.r, 0, 1);
	const j = int(ctx.r, 0, 1);
	const w = mul(w2, w1, 2, 2, 2);
	return numeric(ctx, {
		prompt: text(
			`Two linear layers without an activation compute $y = W_2(W_1 x)$, which is one layer $y = Wx$. What is the entry $W_{${i + 1}${j + 1}}$ of $W = W_2 W_1$?`,
			`활성화 함수 없는 선형 층 두 개는 $y = W_2(W_1 x)$를 계산하며, 이는 층 하나 $y = Wx$와 같습니다. $W = W_2 W_1$의 성분 $W_{${i + 1}${j + 1}}$은?`
		),
		promptTex: prompt,
		explanation: text(
			`Row ${i + 1} of $W_2$ times column ${j + 1} of $W_1$. Any stack of linear layers folds into one matrix like this, so it can only draw straight decision boundaries.`,
			`$W_2$의 ${i + 1}행과 $W_1$의 ${j + 1}열을 곱해 더합니다. 선형 층은 몇 개를 쌓아도 이렇게 행렬 하나로 접히므로 직선 경계밖에 그리지 못합니다.`
		),
		explanationTex: `W = W_2 W_1 = ${matTex(w)}`,
		params: { w1, w2, i, j },
		answer: w[i * 2 + j]
	});
}

function withRelu(ctx: FormContext) {
	const { w1, w2, x, prompt } = setup(ctx);
	const i = int(ctx.r, 0, 1);
	const z = mul(w1, x, 2, 2, 1);
	const h = z.map((zi) => opValue('relu', zi));
	const y = mul(w2, h, 2, 2, 1);
	const linear = mul(mul(w2, w1, 2, 2, 2), x, 2, 2, 1);
	return numeric(ctx, {
		prompt: text(
			`Now put a ReLU between the layers: $y = W_2\\,\\operatorname{ReLU}(W_1 x)$ with $x = (${x.join(', ')})$. What is $y_${i + 1}$?`,
			`이번에는 두 층 사이에 ReLU를 넣습니다: $y = W_2\\,\\operatorname{ReLU}(W_1 x)$, $x = (${x.join(', ')})$. $y_${i + 1}$은?`
		),
		promptTex: prompt,
		explanation: text(
			`First $W_1 x = (${z.join(', ')})$, then ReLU zeroes the negative entries: $(${h.join(', ')})$. Without the ReLU the answer would be $${tex(linear[i])}$; the kink is what lets depth build new shapes.`,
			`먼저 $W_1 x = (${z.join(', ')})$이고 ReLU가 음수 성분을 0으로 만들어 $(${h.join(', ')})$가 됩니다. ReLU가 없다면 답은 $${tex(linear[i])}$입니다. 이 꺾임 덕분에 층을 쌓으면 새로운 모양을 만들 수 있습니다.`
		),
		explanationTex: `y = W_2\\,${vecTex(h)} = ${vecTex(y)}`,
		params: { w1, w2, x, i },
		answer: y[i]
	});
}

function collapsedOutput(ctx: FormContext) {
	const { w1, w2, x, prompt } = setup(ctx);
	const i = int(ctx.r, 0, 1);
	const y = mul(w2, mul(w1, x, 2, 2, 1), 2, 2, 1);
	return numeric(ctx, {
		prompt: text(
			`Two linear layers, no activation: $y = W_2(W_1 x)$ with $x = (${x.join(', ')})$. What is $y_${i + 1}$?`,
			`활성화 함수 없는 선형 층 두 개: $y = W_2(W_1 x)$, $x = (${x.join(', ')})$. $y_${i + 1}$은?`
		),
		promptTex: prompt,
		explanation: text(
			`Either way round gives the same: $W_2(W_1 x) = (W_2 W_1)x$. That is why a network needs activations between its layers.`,
			`어느 쪽으로 계산해도 같습니다: $W_2(W_1 x) = (W_2 W_1)x$. 그래서 층 사이에 활성화 함수가 필요합니다.`
		),
		explanationTex: `W_1 x = ${vecTex(mul(w1, x, 2, 2, 1))},\\quad y = ${vecTex(y)}`,
		params: { w1, w2, x, i },
		answer: y[i]
	});
}

export const WHY_STATEMENTS = {
	truths: [
		{
			id: 'collapse',
			text: text(
				'Without activations, any number of linear layers equals one linear layer.',
				'활성화 함수가 없으면 선형 층을 몇 개 쌓든 선형 층 하나와 같다.'
			)
		},
		{
			id: 'xor',
			text: text(
				'A network with no activations cannot learn XOR, however deep it is.',
				'활성화 함수가 없는 신경망은 아무리 깊어도 XOR을 배울 수 없다.'
			)
		}
	],
	falsehoods: [
		{
			id: 'deeper-better',
			text: text(
				'Adding linear layers without activations lets the model fit curved boundaries.',
				'활성화 함수 없이 선형 층만 더해도 곡선 경계를 맞출 수 있다.'
			)
		},
		{
			id: 'speed',
			text: text(
				'Activations are there only to make training faster; the model could express the same without them.',
				'활성화 함수는 학습을 빠르게 하려고 있을 뿐이고, 없어도 같은 것을 표현할 수 있다.'
			)
		},
		{
			id: 'output-only',
			text: text(
				'One activation at the output is enough to make a deep network nonlinear in every layer.',
				'출력에 활성화 함수 하나만 있으면 깊은 신경망의 모든 층이 비선형이 된다.'
			)
		}
	]
};

function whichTrue(ctx: FormContext) {
	return whichIsTrue(ctx, {
		prompt: text(
			'Why do networks need activation functions?',
			'신경망에 활성화 함수가 왜 필요할까요?'
		),
		...WHY_STATEMENTS,
		extra: text(
			'The algebra: $W_3(W_2(W_1x)) = (W_3W_2W_1)x$.',
			'식으로 보면 $W_3(W_2(W_1x)) = (W_3W_2W_1)x$입니다.'
		)
	});
}

function orderForward(ctx: FormContext) {
	const steps = [
		text(
			'Multiply the input by the first weights: z₁ = W₁x + b₁',
			'입력에 첫 가중치를 곱한다: z₁ = W₁x + b₁'
		),
		text('Apply the activation: h = ReLU(z₁)', '활성화 함수를 적용한다: h = ReLU(z₁)'),
		text('Compute the scores: s = W₂h + b₂', '점수를 계산한다: s = W₂h + b₂'),
		text('Turn the scores into probabilities with softmax', '소프트맥스로 점수를 확률로 바꾼다'),
		text('Take the loss −log p of the right class', '정답 클래스의 −log p를 손실로 삼는다')
	];
	return order(ctx, {
		prompt: text(
			'Put the forward pass of a two-layer classifier in order.',
			'2층 분류 신경망의 순전파를 순서대로 놓으세요.'
		),
		explanation: text(
			'Each stage feeds the next; the activation sits between the two linear layers, where it stops them collapsing into one.',
			'각 단계가 다음 단계의 입력이 됩니다. 활성화 함수는 두 선형 층 사이에 있어서 둘이 하나로 합쳐지지 않게 합니다.'
		),
		explanationTex: `L = -\\log \\operatorname{softmax}\\big(W_2\\,\\operatorname{ReLU}(W_1 x + b_1) + b_2\\big)_y`,
		items: steps.map((s, i) => ({ id: `s${i + 1}`, text: s }))
	});
}

export const whyActivations = defineGenerator('why-activations', 'why-activations', {
	'combined-entry': combinedEntry,
	'collapsed-output': collapsedOutput,
	'with-relu': withRelu,
	'which-true': whichTrue,
	'order-forward': orderForward
});
