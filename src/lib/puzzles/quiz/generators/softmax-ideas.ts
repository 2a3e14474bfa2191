// Softmax questions without seeded scores (C23): the order of the pipeline from scores to the
// loss, and the loss ln C a classifier starts from when all its scores are about equal.
import { int, pick } from '../../random';
import { form, num, numeric, order, t } from './b-kit';

const PIPELINE = [
	{
		key: 'scores',
		text: t('Compute the class scores s = Wx.', '클래스 점수 s = Wx를 계산합니다.')
	},
	{ key: 'exp', text: t('Exponentiate every score: eˢ.', '모든 점수를 지수로 바꿉니다: eˢ.') },
	{
		key: 'normalise',
		text: t(
			'Divide by the sum to get probabilities p (softmax).',
			'합으로 나누어 확률 p를 얻습니다(소프트맥스).'
		)
	},
	{
		key: 'neglog',
		text: t(
			'Take −ln p of the right class: the example’s loss.',
			'정답 클래스의 −ln p를 취합니다: 예제의 손실.'
		)
	},
	{
		key: 'mean',
		text: t(
			'Average over the examples and add λR(W).',
			'예제들에 대해 평균을 내고 λR(W)를 더합니다.'
		)
	}
];

export const softmaxOrder = form(
	(r) => ({ n: pick(r, [32, 64, 128, 256]), classes: int(r, 3, 10) }),
	(ctx, { n, classes }) =>
		order(
			ctx,
			{
				prompt: t(
					`A mini-batch of ${n} images, ${classes} classes. Put the steps from input to cross-entropy loss in order.`,
					`${n}장의 이미지로 된 미니 배치, 클래스는 ${classes}개입니다. 입력에서 교차 엔트로피 손실까지의 단계를 순서대로 나열하세요.`
				),
				explanation: t(
					`Scores come first; softmax (exponentiate, then normalise) turns them into ${classes} probabilities per image; −ln of the right class's probability is each image's loss; the batch loss averages ${n} of them and adds the regularization penalty.`,
					`먼저 점수를 구하고, 소프트맥스(지수화 후 정규화)가 이미지마다 ${classes}개의 확률로 바꿉니다. 정답 클래스 확률의 −ln이 각 이미지의 손실이고, 배치 손실은 ${n}개의 평균에 정규화 항을 더한 것입니다.`
				),
				explanationTex:
					'L = \\frac{1}{N}\\sum_{i=1}^{N} -\\ln \\frac{e^{s_{y_i}}}{\\sum_j e^{s_j}} + \\lambda R(W)'
			},
			PIPELINE
		)
);

export const initialLoss = form(
	(r) => pick(r, [2, 3, 4, 5, 10, 100, 1000]),
	(ctx, c) =>
		numeric(
			ctx,
			{
				prompt: t(
					`A fresh classifier with tiny random weights gives all ${c} classes about the same score. About what cross-entropy loss should the first batch show?`,
					`아주 작은 무작위 가중치로 막 시작한 분류기는 ${c}개 클래스 모두에 거의 같은 점수를 줍니다. 첫 배치의 교차 엔트로피 손실은 대략 얼마여야 합니까?`
				),
				promptTex: 'L = -\\ln p_y',
				explanation: t(
					`Equal scores make softmax uniform, p = 1/${c} for every class, so L = −ln(1/${c}) = ln ${c} = ${num(Math.log(c))}. A first loss far from this is a quick sign of a bug.`,
					`점수가 같으면 소프트맥스가 균등해져 모든 클래스가 p = 1/${c}이므로 L = −ln(1/${c}) = ln ${c} = ${num(Math.log(c))}입니다. 첫 손실이 이 값과 크게 다르면 버그를 의심할 신호입니다.`
				),
				explanationTex: `L = -\\ln \\tfrac{1}{${c}} = \\ln ${c} \\approx ${num(Math.log(c))}`
			},
			Math.log(c)
		)
);
