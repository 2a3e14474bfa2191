// The ideas behind regularization (C22) as multiple choice: what overfitting is, what a larger λ
// does, and why data loss alone does not single out one W. The seed picks the question and the
// numbers in it (training and test losses, λ).
import { int, pick } from '../../random';
import { choice, form, num, t } from './b-kit';

type Variant = 'overfit' | 'lambda' | 'unique';

export const overfitting = form(
	(r) => ({
		variant: pick<Variant>(r, ['overfit', 'lambda', 'unique']),
		train: int(r, 0, 5) / 100,
		test: int(r, 80, 250) / 100,
		lambda: pick(r, [0.001, 0.01, 0.1]),
		factor: pick(r, [10, 100])
	}),
	(ctx, p) => {
		if (p.variant === 'overfit') {
			return choice(
				ctx,
				{
					prompt: t(
						`A model reaches training loss ${num(p.train)} but loss ${num(p.test)} on new data. What is happening, and what helps?`,
						`모델의 훈련 손실은 ${num(p.train)}이지만 새 데이터에서의 손실은 ${num(p.test)}입니다. 무슨 일이 일어나고 있으며 무엇이 도움이 됩니까?`
					),
					explanation: t(
						'Fitting the training data almost perfectly (noise included) while doing badly on new data is overfitting. A penalty λR(W) makes the model pay for complexity, trading a little training loss for better results on new data.',
						'훈련 데이터를 (잡음까지) 거의 완벽하게 맞추면서 새 데이터에서는 나쁜 것이 과적합입니다. 정규화 항 λR(W)는 복잡함에 비용을 매겨, 훈련 손실을 조금 내주고 새 데이터에서의 성능을 얻습니다.'
					),
					explanationTex: 'L(W) = \\frac{1}{N}\\sum_i L_i(f(x_i, W), y_i) + \\lambda R(W)'
				},
				[
					{
						key: 'overfit',
						text: t(
							'Overfitting: add regularization (or more data).',
							'과적합: 정규화를 더합니다(또는 데이터를 늘립니다).'
						)
					},
					{
						key: 'underfit',
						text: t(
							'Underfitting: make the model bigger and train longer.',
							'과소적합: 모델을 키우고 더 오래 학습합니다.'
						)
					},
					{
						key: 'lr',
						text: t(
							'The learning rate is too small: raise it.',
							'학습률이 너무 작습니다: 키웁니다.'
						)
					},
					{
						key: 'fine',
						text: t(
							'Nothing: a low training loss means the model is good.',
							'문제없음: 훈련 손실이 낮으면 좋은 모델입니다.'
						)
					}
				],
				'overfit'
			);
		}
		if (p.variant === 'lambda') {
			const big = p.lambda * p.factor;
			return choice(
				ctx,
				{
					prompt: t(
						`The regularization strength λ goes from ${num(p.lambda)} to ${num(big)}. What happens to the weights and the training loss?`,
						`정규화 강도 λ를 올립니다: ${num(p.lambda)} → ${num(big)}. 가중치와 훈련 손실은 어떻게 됩니까?`
					),
					explanation: t(
						'A larger λ makes every unit of R(W) cost more, so the minimum moves toward smaller weights and the data term is fitted less closely: training loss usually rises. Too large a λ underfits.',
						'λ가 커지면 R(W)의 단위마다 비용이 커지므로 최솟값이 더 작은 가중치 쪽으로 옮겨 가고 데이터 항은 덜 맞춰집니다. 보통 훈련 손실이 오릅니다. λ가 지나치게 크면 과소적합이 됩니다.'
					),
					explanationTex: '\\min_W \\; \\frac{1}{N}\\sum_i L_i + \\lambda R(W)'
				},
				[
					{
						key: 'shrink',
						text: t(
							'The weights shrink and the training loss usually rises.',
							'가중치가 작아지고 훈련 손실은 보통 오릅니다.'
						)
					},
					{
						key: 'grow',
						text: t(
							'The weights grow and the training loss falls.',
							'가중치가 커지고 훈련 손실이 내려갑니다.'
						)
					},
					{
						key: 'same',
						text: t(
							'Nothing changes: λ only scales the reported loss.',
							'변화 없음: λ는 보고되는 손실의 크기만 바꿉니다.'
						)
					},
					{ key: 'zero', text: t('The training loss drops to zero.', '훈련 손실이 0이 됩니다.') }
				],
				'shrink'
			);
		}
		return choice(
			ctx,
			{
				prompt: t(
					`Weights W give zero SVM hinge loss on every training example. What is the data loss with ${num(p.factor)}W?`,
					`가중치 W가 모든 훈련 예제에서 SVM 힌지 손실 0을 줍니다. ${num(p.factor)}W일 때 데이터 손실은 얼마입니까?`
				),
				explanation: t(
					`Scaling W by ${num(p.factor)} scales every score gap by ${num(p.factor)}, so every margin that was met is still met: the hinge loss stays 0. The data loss cannot choose between W and ${num(p.factor)}W; a penalty R(W) can.`,
					`W를 ${num(p.factor)}배 하면 모든 점수 차이도 ${num(p.factor)}배가 되므로 만족하던 마진은 계속 만족됩니다. 힌지 손실은 0 그대로입니다. 데이터 손실로는 W와 ${num(p.factor)}W를 구별할 수 없고, 정규화 항 R(W)가 구별합니다.`
				),
				explanationTex: 'L_i = \\sum_{j \\ne y_i} \\max(0, s_j - s_{y_i} + \\Delta)'
			},
			[
				{
					key: 'still-zero',
					text: t(
						'Still 0, so the data loss alone does not pick one W.',
						'여전히 0이라 데이터 손실만으로는 W를 하나로 고를 수 없습니다.'
					)
				},
				{
					key: 'positive',
					text: t(
						'Positive: the larger scores overshoot the margin.',
						'양수: 커진 점수가 마진을 지나칩니다.'
					)
				},
				{
					key: 'negative',
					text: t('Negative: the margins are exceeded.', '음수: 마진을 넘어섰기 때문입니다.')
				},
				{
					key: 'one',
					text: t('Exactly Δ = 1 per wrong class.', '틀린 클래스마다 정확히 Δ = 1입니다.')
				}
			],
			'still-zero'
		);
	}
);
