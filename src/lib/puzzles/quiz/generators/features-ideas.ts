// Hand-made vs learned features in context (C25): when fixed features still beat a ConvNet
// (small data), and the classic pipeline (extract, concatenate, train a linear classifier).
import { int, pick } from '../../random';
import { choice, form, order, t } from './b-kit';

export const when = form(
	(r) => {
		const small = pick(r, [true, false]);
		return {
			small,
			k: int(r, 2, 5),
			n: small ? pick(r, [40, 60, 100, 200]) : pick(r, [50_000, 1_200_000])
		};
	},
	(ctx, p) => {
		// Thousands separators by hand: the same text on every machine, whatever its locale data.
		const n = String(p.n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
		return choice(
			ctx,
			{
				prompt: t(
					`You have ${n} labelled images of ${p.k} classes. Which approach is the safer bet?`,
					`${p.k}개 클래스의 정답 달린 이미지가 ${n}장 있습니다. 어느 방법이 더 안전한 선택입니까?`
				),
				explanation: p.small
					? t(
							'With so few examples a network has too little data to learn good features and overfits; fixed features such as colour histograms and HoG with a linear classifier can do better.',
							'예제가 이렇게 적으면 신경망이 좋은 특징을 배우기에 데이터가 모자라 과적합합니다. 색상 히스토그램이나 HoG 같은 고정된 특징에 선형 분류기를 얹는 편이 나을 수 있습니다.'
						)
					: t(
							'With this much data a ConvNet learns features that beat hand-designed ones, training the feature extractor and the classifier together.',
							'데이터가 이만큼 많으면 ConvNet이 특징 추출기와 분류기를 함께 학습하여 사람이 설계한 특징보다 나은 특징을 배웁니다.'
						)
			},
			[
				{
					key: 'hand',
					text: t(
						'Hand-made features (colour histogram, HoG) + a linear classifier',
						'사람이 설계한 특징(색상 히스토그램, HoG) + 선형 분류기'
					)
				},
				{
					key: 'learned',
					text: t(
						'A ConvNet that learns its features from the data',
						'데이터에서 특징을 학습하는 ConvNet'
					)
				}
			],
			p.small ? 'hand' : 'learned'
		);
	}
);

const PIPELINE = [
	{ key: 'image', text: t('Start from the raw image pixels.', '원본 이미지 픽셀에서 시작합니다.') },
	{
		key: 'extract',
		text: t(
			'Extract hand-made features (colour histogram, HoG …).',
			'사람이 설계한 특징(색상 히스토그램, HoG 등)을 추출합니다.'
		)
	},
	{
		key: 'concat',
		text: t('Concatenate them into one feature vector.', '이들을 하나의 특징 벡터로 이어 붙입니다.')
	},
	{
		key: 'train',
		text: t(
			'Train a linear classifier on the feature vectors.',
			'특징 벡터로 선형 분류기를 학습합니다.'
		)
	}
];

export const orderPipeline = form(
	(r) =>
		pick(r, [
			t('cats and dogs', '고양이와 개'),
			t('ten kinds of cars', '열 종류의 자동차'),
			t('frogs, ships and cars', '개구리, 배, 자동차')
		]),
	(ctx, task) =>
		order(
			ctx,
			{
				prompt: t(
					`Put the classic (pre-deep-learning) pipeline for telling apart ${task.en} in order.`,
					`${task.ko}를 구별하는 고전적인(딥러닝 이전) 방법의 단계를 순서대로 나열하세요.`
				),
				explanation: t(
					'The features are computed by a fixed recipe and glued together; only the classifier at the end is trained. A ConvNet instead trains the feature extraction too, end to end.',
					'특징은 고정된 계산법으로 구해 이어 붙이고, 마지막 분류기만 학습합니다. ConvNet은 특징 추출까지 처음부터 끝까지 함께 학습합니다.'
				),
				explanationTex:
					'x \\;\\to\\; [\\,h_{\\text{colour}}(x),\\ h_{\\text{HoG}}(x)\\,] \\;\\to\\; s = W\\phi(x)'
			},
			PIPELINE
		)
);
