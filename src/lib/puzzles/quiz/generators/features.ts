// Hand-made vs learned features (C25): what colour histograms and HoG measure, the numbers in
// them (a normalised bin, a concatenated length), a feature transform that makes data linearly
// separable, when hand-made features still win, and the classic pipeline in order.
import { int, pick } from '../../random';
import type { Text } from '../../types';
import { choice, form, generator, num, numeric, t, tex } from './b-kit';
import { orderPipeline, when } from './features-ideas';

interface Feature {
	readonly key: string;
	readonly name: Text;
	readonly does: Text;
	readonly learned: boolean;
}

const FEATURES: readonly Feature[] = [
	{
		key: 'colour',
		learned: false,
		name: t('colour histogram', '색상 히스토그램'),
		does: t(
			'counts what fraction of the pixels falls into each colour bin, ignoring where they are',
			'픽셀이 색상 구간마다 얼마의 비율로 있는지 세며, 위치는 무시합니다'
		)
	},
	{
		key: 'hog',
		learned: false,
		name: t('histogram of oriented gradients (HoG)', '방향성 기울기 히스토그램(HoG)'),
		does: t(
			'records, cell by cell, how strongly the brightness changes in each edge direction',
			'칸마다 각 모서리 방향으로 밝기가 얼마나 세게 바뀌는지 기록합니다'
		)
	},
	{
		key: 'words',
		learned: false,
		name: t('bag of visual words', '시각 단어 가방(bag of visual words)'),
		does: t(
			'counts how often small patches resembling a fixed codebook of patches appear',
			'미리 정한 패치 목록과 닮은 작은 패치가 몇 번 나오는지 셉니다'
		)
	},
	{
		key: 'conv',
		learned: true,
		name: t('filters of a ConvNet’s first layer', 'ConvNet 첫 층의 필터'),
		does: t(
			'are weights adjusted by backpropagation until they respond to what helps the loss',
			'손실을 줄이는 데 도움이 되는 것에 반응하도록 역전파로 조정된 가중치입니다'
		)
	},
	{
		key: 'hidden',
		learned: true,
		name: t('hidden activations of a trained network', '학습된 신경망의 은닉층 활성값'),
		does: t(
			'are computed by layers whose weights were fitted to the training data',
			'훈련 데이터에 맞춰진 가중치를 가진 층이 계산합니다'
		)
	}
];

const kind = form(
	(r) => pick(r, FEATURES),
	(ctx, f) =>
		choice(
			ctx,
			{
				prompt: t(
					`Is this feature hand-made or learned: the ${f.name.en}, which ${f.does.en}?`,
					`이 특징은 사람이 설계한 것입니까, 학습된 것입니까: ${f.name.ko}. 이것은 ${f.does.ko}.`
				),
				explanation: f.learned
					? t(
							'Its numbers come from training: the network learns its own features from data instead of being told what to look for.',
							'이 값들은 학습에서 나옵니다. 신경망은 무엇을 볼지 지시받는 대신 데이터에서 스스로 특징을 배웁니다.'
						)
					: t(
							'People chose the recipe before seeing the task’s labels; only the classifier on top is trained.',
							'사람이 과제의 정답을 보기 전에 계산법을 정했습니다. 그 위의 분류기만 학습됩니다.'
						)
			},
			[
				{ key: 'hand', text: t('Hand-made (designed by people)', '사람이 설계한 특징') },
				{ key: 'learned', text: t('Learned from data', '데이터에서 학습된 특징') }
			],
			f.learned ? 'learned' : 'hand'
		)
);

const which = form(
	(r) => pick(r, FEATURES.slice(0, 4)),
	(ctx, f) =>
		choice(
			ctx,
			{
				prompt: t(
					`Which feature ${f.does.en}?`,
					`다음 설명에 맞는 특징은 무엇입니까: ${f.does.ko}.`
				),
				explanation: t(
					`That is the ${f.name.en}.${f.learned ? '' : ' Like every hand-made feature, its recipe is fixed in advance; a linear classifier is then trained on the resulting vector.'}`,
					`${f.name.ko}입니다.${f.learned ? '' : ' 사람이 설계한 다른 특징처럼 계산법이 미리 정해져 있고, 그 결과 벡터 위에 선형 분류기를 학습합니다.'}`
				)
			},
			FEATURES.slice(0, 4).map((g) => ({ key: g.key, text: g.name })),
			f.key
		)
);

const histogram = form(
	(r) => {
		const w = pick(r, [8, 10, 16, 20]);
		const h = pick(r, [8, 10, 12]);
		return {
			w,
			h,
			green: int(r, 1, w * h - 1),
			colour: pick(r, [t('green', '초록'), t('blue', '파랑'), t('red', '빨강')])
		};
	},
	(ctx, { w, h, green, colour }) => {
		const value = green / (w * h);
		return numeric(
			ctx,
			{
				prompt: t(
					`An image of ${w} × ${h} pixels has ${green} ${colour.en} pixels. What is the height of the ${colour.en} bin in its normalised colour histogram?`,
					`${w} × ${h} 픽셀 이미지에 ${colour.ko} 픽셀이 ${green}개 있습니다. 정규화된 색상 히스토그램에서 ${colour.ko} 구간의 높이는 얼마입니까?`
				),
				explanation: t(
					`Divide the count by the number of pixels: ${green} / ${w * h} = ${num(value)}. Normalising makes images of different sizes comparable; raw counts would grow with the image.`,
					`개수를 전체 픽셀 수로 나눕니다: ${green} / ${w * h} = ${num(value)}. 정규화해야 크기가 다른 이미지끼리 비교할 수 있습니다. 그냥 세면 이미지가 클수록 값이 커집니다.`
				),
				explanationTex: `\\frac{${green}}{${w} \\times ${h}} \\approx ${tex(value)}`
			},
			value
		);
	}
);

const concatLength = form(
	(r) => ({
		bins: pick(r, [8, 12, 16, 64]),
		cells: pick(r, [4, 8, 16]),
		orientations: pick(r, [8, 9, 12])
	}),
	(ctx, { bins, cells, orientations }) => {
		const total = bins + cells * cells * orientations;
		return numeric(
			ctx,
			{
				prompt: t(
					`A colour histogram with ${bins} bins is concatenated with a HoG over a ${cells} × ${cells} grid of cells, ${orientations} orientation bins per cell. How long is the feature vector?`,
					`구간 ${bins}개의 색상 히스토그램을, 칸마다 방향 구간 ${orientations}개인 ${cells} × ${cells} 칸의 HoG와 이어 붙입니다. 특징 벡터의 길이는 얼마입니까?`
				),
				explanation: t(
					`Concatenation adds lengths: ${bins} + ${cells}·${cells}·${orientations} = ${total}.`,
					`이어 붙이면 길이가 더해집니다: ${bins} + ${cells}·${cells}·${orientations} = ${total}.`
				),
				explanationTex: `${bins} + ${cells} \\cdot ${cells} \\cdot ${orientations} = ${total}`
			},
			total,
			{ tolerance: 0, unit: t('numbers', '개') }
		);
	}
);

const transform = form(
	(r) =>
		pick(r, [
			[3, 4],
			[-5, 12],
			[6, -8],
			[-8, -15],
			[1, 1],
			[2, -3]
		] as const),
	(ctx, [x, y]) => {
		const radius = Math.hypot(x, y);
		return numeric(
			ctx,
			{
				prompt: t(
					`Points of class A lie near the origin and class B on a ring around them: no straight line separates them in (x, y). The feature r = √(x² + y²) does. What is r for the point (${num(x)}, ${num(y)})?`,
					`A 클래스 점은 원점 근처에, B 클래스 점은 그 둘레의 고리에 있어 (x, y)에서는 직선으로 나눌 수 없습니다. 특징 r = √(x² + y²)로는 나눌 수 있습니다. 점 (${num(x)}, ${num(y)})의 r은 얼마입니까?`
				),
				explanation: t(
					`r = √(${num(x * x)} + ${num(y * y)}) = ${num(radius)}. In r alone the classes split at one threshold, so a linear classifier suffices; finding such a transform is what feature design (or a network's hidden layers) is for.`,
					`r = √(${num(x * x)} + ${num(y * y)}) = ${num(radius)}. r만 보면 두 클래스가 한 문턱값으로 나뉘므로 선형 분류기로 충분합니다. 이런 변환을 찾는 것이 특징 설계(또는 신경망 은닉층)가 하는 일입니다.`
				),
				explanationTex: `r = \\sqrt{x^2 + y^2} = ${tex(radius)}`
			},
			radius
		);
	}
);

export const featuresForms = {
	kind,
	which,
	histogram,
	'concat-length': concatLength,
	transform,
	when,
	'order-pipeline': orderPipeline
};

export const features = generator('features', 'features', featuresForms);
