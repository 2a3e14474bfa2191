// Shapes beyond one layer (C14, C24): how many axes a value has (a scalar is 0-D, not 1-D as
// one study note says), the shape of W2·W1, its entries (two linear layers are one), and the
// order of a forward pass.
import { int, pick, shuffle } from '../../random';
import type { Text } from '../../types';
import { choice, form, matTex, num, numeric, order, t, tex, type Rand, par } from './b-kit';

interface Thing {
	readonly text: (r: Rand) => Text;
	readonly axes: number;
}

const THINGS: readonly Thing[] = [
	{
		axes: 0,
		text: (r) => {
			const v = int(r, 1, 30) / 10;
			return t(`the loss of one batch, ${num(v)}`, `한 배치의 손실 ${num(v)}`);
		}
	},
	{ axes: 0, text: () => t('the learning rate η', '학습률 η') },
	{
		axes: 1,
		text: (r) => {
			const c = pick(r, [3, 10, 100]);
			return t(`the ${c} class scores of one image`, `이미지 한 장의 클래스 점수 ${c}개`);
		}
	},
	{
		axes: 2,
		text: (r) => {
			const c = pick(r, [3, 10]);
			return t(`a weight matrix W of size ${c} × 3072`, `크기 ${c} × 3072인 가중치 행렬 W`);
		}
	},
	{
		axes: 3,
		text: (r) => {
			const s = pick(r, [28, 32, 64]);
			return t(
				`one colour image, ${s} × ${s} pixels × 3 channels`,
				`컬러 이미지 한 장, ${s} × ${s} 픽셀 × 3채널`
			);
		}
	},
	{
		axes: 4,
		text: (r) => {
			const b = pick(r, [16, 64, 256]);
			return t(
				`a mini-batch of ${b} colour images, ${b} × 32 × 32 × 3`,
				`컬러 이미지 ${b}장의 미니 배치, ${b} × 32 × 32 × 3`
			);
		}
	}
];

const AXIS_NAME: readonly Text[] = [
	t('0-D (a scalar)', '0차원(스칼라)'),
	t('1-D (a vector)', '1차원(벡터)'),
	t('2-D (a matrix)', '2차원(행렬)'),
	t('3-D (a tensor)', '3차원(텐서)'),
	t('4-D (a tensor)', '4차원(텐서)')
];

export const dimensions = form(
	(r) => {
		const thing = pick(r, THINGS);
		return { axes: thing.axes, text: thing.text(r) };
	},
	(ctx, { axes, text }) =>
		choice(
			ctx,
			{
				prompt: t(
					`How many axes (dimensions) does this have: ${text.en}?`,
					`다음은 몇 개의 축(차원)을 가집니까: ${text.ko}?`
				),
				explanation: t(
					`Count the indices needed to pick one number: ${axes}. A single number needs none, so a scalar is 0-D; a vector is 1-D, a matrix 2-D, and anything with more axes is a tensor.`,
					`수 하나를 고르는 데 필요한 인덱스 개수를 셉니다: ${axes}개. 수 하나에는 인덱스가 필요 없으므로 스칼라는 0차원입니다. 벡터는 1차원, 행렬은 2차원이고, 축이 더 많으면 텐서라고 부릅니다.`
				)
			},
			AXIS_NAME.map((name, i) => ({ key: `axes-${i}`, text: name })),
			`axes-${axes}`
		)
);

const threeSizes = (r: Rand) => shuffle(r, [2, 3, 4, 5, 10, 100]).slice(0, 3);

export const composed = form(
	(r) => {
		const [n, h, m] = threeSizes(r);
		return { n, h, m };
	},
	(ctx, { n, h, m }) => {
		const mat = (a: number, b: number) => ({
			key: `m${a}x${b}`,
			text: t(`${a} × ${b}`, `${a} × ${b}`)
		});
		return choice(
			ctx,
			{
				prompt: t(
					`Without an activation, $f = W_2W_1x$ with $W_1$ of size ${h} × ${n} and $W_2$ of size ${m} × ${h}. What is the size of $W_3 = W_2W_1$?`,
					`활성화 함수 없이 $f = W_2W_1x$이고 $W_1$은 ${h} × ${n}, $W_2$는 ${m} × ${h}입니다. $W_3 = W_2W_1$의 크기는?`
				),
				explanation: t(
					`(${m} × ${h})(${h} × ${n}) = ${m} × ${n}: the inner ${h} cancels. So f = W₃x is a single linear layer; stacking layers only adds power with a non-linear activation between them.`,
					`(${m} × ${h})(${h} × ${n}) = ${m} × ${n}: 안쪽 크기(${h})가 사라집니다. 따라서 f = W₃x는 선형 층 하나와 같습니다. 층을 쌓아 표현력을 늘리려면 그 사이에 비선형 활성화 함수가 있어야 합니다.`
				),
				explanationTex: `W_2W_1 \\in \\mathbb{R}^{${m} \\times ${n}},\\quad f = W_2W_1x = W_3x`
			},
			[mat(m, n), mat(n, m), mat(h, h), mat(m, h)],
			`m${m}x${n}`
		);
	}
);

export interface Collapse {
	readonly W1: number[][];
	readonly W2: number[][];
	readonly i: number;
	readonly j: number;
}

export const collapse = form(
	(r): Collapse => {
		const m = () => [0, 1].map(() => [0, 1].map(() => int(r, -3, 3)));
		return { W1: m(), W2: m(), i: int(r, 0, 1), j: int(r, 0, 1) };
	},
	(ctx, { W1, W2, i, j }) => {
		const value = W2[i][0] * W1[0][j] + W2[i][1] * W1[1][j];
		return numeric(
			ctx,
			{
				prompt: t(
					`Two layers without an activation collapse into one: $W_3 = W_2W_1$. What is the entry in row ${i + 1}, column ${j + 1} of $W_3$?`,
					`활성화 함수가 없는 두 층은 하나로 합쳐집니다: $W_3 = W_2W_1$. $W_3$의 ${i + 1}행 ${j + 1}열 원소는 얼마입니까?`
				),
				promptTex: `W_1 = ${matTex(W1)},\\quad W_2 = ${matTex(W2)}`,
				explanation: t(
					`Row ${i + 1} of W₂ times column ${j + 1} of W₁: ${par(W2[i][0])}·${par(W1[0][j])} + ${par(W2[i][1])}·${par(W1[1][j])} = ${num(value)}. Any input sent through both layers gives exactly W₃x.`,
					`W₂의 ${i + 1}행과 W₁의 ${j + 1}열을 곱해 더합니다: ${par(W2[i][0])}·${par(W1[0][j])} + ${par(W2[i][1])}·${par(W1[1][j])} = ${num(value)}. 어떤 입력이든 두 층을 지나면 정확히 W₃x가 됩니다.`
				),
				explanationTex: `(W_2W_1)_{${i + 1}${j + 1}} = \\sum_k (W_2)_{${i + 1}k}(W_1)_{k${j + 1}} = ${tex(value)}`
			},
			value
		);
	}
);

const FORWARD = [
	{
		key: 'first',
		text: t(
			'Multiply the input by the first layer: W₁x + b₁.',
			'입력에 첫 번째 층을 곱합니다: W₁x + b₁.'
		)
	},
	{
		key: 'relu',
		text: t(
			'Apply the activation: h = max(0, W₁x + b₁).',
			'활성화 함수를 적용합니다: h = max(0, W₁x + b₁).'
		)
	},
	{
		key: 'second',
		text: t('Multiply by the second layer: s = W₂h + b₂.', '두 번째 층을 곱합니다: s = W₂h + b₂.')
	},
	{
		key: 'loss',
		text: t(
			'Turn the scores into a loss (softmax or hinge).',
			'점수를 손실로 바꿉니다(소프트맥스 또는 힌지).'
		)
	}
];

export const orderForward = form(
	(r) => ({ n: pick(r, [784, 3072, 4]), h: pick(r, [100, 16]), m: pick(r, [10, 3]) }),
	(ctx, { n, h, m }) =>
		order(
			ctx,
			{
				prompt: t(
					`Put the forward pass of a ${n} → ${h} → ${m} network in order.`,
					`${n} → ${h} → ${m} 신경망의 순전파 단계를 순서대로 나열하세요.`
				),
				explanation: t(
					`Data flows from the input: the first layer makes ${h} hidden values, ReLU keeps the positive ones, the second layer makes ${m} scores, and only then is the loss computed. Backpropagation walks the same path backwards.`,
					`데이터는 입력에서 출발합니다. 첫 번째 층이 은닉값 ${h}개를 만들고, ReLU가 양수만 남기고, 두 번째 층이 점수 ${m}개를 만든 뒤에야 손실을 계산합니다. 역전파는 같은 길을 거꾸로 갑니다.`
				),
				explanationTex: 's = W_2\\max(0,\\ W_1x + b_1) + b_2,\\quad L = \\ell(s, y)'
			},
			FORWARD
		)
);
