// The regression landscapes: linear regression on house prices and logistic regression on the
// "two sounds → happy or sad" set. Both are exact (no network, no slice): the map is the loss over
// the model's own two parameters, and the minimum is solved for, not guessed.
import type { Bounds, CriticalPoint, LandscapeEntry, Point, Text } from '../types';
import { houses, sounds } from './data';
import { LinearModelObjective } from './LinearModel';
import type { ModelLandscape } from './types';

interface Spec {
	id: string;
	name: Text;
	description: Text;
	tex: string;
	bounds: Bounds;
	starts: Point[];
	objective: LinearModelObjective;
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function landscape(spec: Spec): ModelLandscape {
	const at = spec.objective.minimum();
	const minimum: CriticalPoint = {
		id: 'least-loss',
		at,
		kind: 'minimum',
		value: spec.objective.value(at),
		global: true,
		name: { en: 'Best fit', ko: '가장 잘 맞는 값' }
	};
	return {
		...spec,
		version: 1,
		family: 'model',
		critical: [minimum],
		gridJob: (n) => spec.objective.gridJob(spec.bounds, n)
	};
}

/** ŷ = w·x + b, x = size in 100 m², y = price in 100k. */
function housePrices(): ModelLandscape {
	const data = houses();
	return landscape({
		id: 'house-prices',
		name: { en: 'House prices', ko: '집값' },
		description: {
			en: 'Fit a line ŷ = w·x + b to 30 houses: x is the floor area (in 100 m²), y the price. Every point of this map is a line; its height is the mean squared error of that line. The valley is long because w and b can trade off against each other.',
			ko: '집 30채에 직선 ŷ = w·x + b를 맞춥니다. x는 면적(100 m² 단위), y는 가격입니다. 지도의 각 점이 하나의 직선이고, 높이는 그 직선의 평균 제곱 오차입니다. w와 b가 서로 보완할 수 있어서 골짜기가 길쭉합니다.'
		},
		tex: 'L(w,b)=\\frac{1}{2N}\\sum_{i=1}^{N}\\bigl(y_i-(w\\,x_i+b)\\bigr)^2',
		bounds: { w: [-1, 5], b: [-2, 3] },
		starts: [
			{ w: -0.5, b: 2.5 },
			{ w: 4.5, b: -1.5 }
		],
		objective: new LinearModelObjective(
			['w', 'b'],
			Float64Array.from(data.flatMap((h) => [h.size / 100, 1])),
			Float64Array.from(data.map((h) => h.price)),
			'squared'
		)
	});
}

/**
 * ŷ = w1·size + w2·rooms + b with b at its least-squares value for each (w1, w2):
 * b = ȳ − w1·x̄1 − w2·x̄2, so the map is the loss with the bias already optimised (centred data).
 */
function housePricesRooms(): ModelLandscape {
	const data = houses();
	const [size, rooms, price] = [
		mean(data.map((h) => h.size / 100)),
		mean(data.map((h) => h.rooms)),
		mean(data.map((h) => h.price))
	];
	return landscape({
		id: 'house-prices-rooms',
		name: { en: 'Size and rooms', ko: '면적과 방 개수' },
		description: {
			en: 'Predict the price from the floor area (w1, per 100 m²) and the number of rooms (w2); the bias is set to its best value for each pair. Big houses have more rooms, so the two weights can stand in for each other: the valley is narrow and long.',
			ko: '면적(w1, 100 m²당)과 방 개수(w2)로 가격을 예측합니다. 편향은 각 쌍마다 가장 좋은 값으로 둡니다. 큰 집일수록 방이 많아 두 가중치가 서로를 대신할 수 있으므로 골짜기가 좁고 깁니다.'
		},
		tex: 'L(w_1,w_2)=\\min_b\\frac{1}{2N}\\sum_{i=1}^{N}\\bigl(y_i-(w_1 x_{i1}+w_2 x_{i2}+b)\\bigr)^2',
		bounds: { w1: [-1.5, 4.5], w2: [-1, 1.5] },
		starts: [
			{ w1: -1, w2: 1.2 },
			{ w1: 4, w2: -0.8 }
		],
		objective: new LinearModelObjective(
			['w1', 'w2'],
			Float64Array.from(data.flatMap((h) => [h.size / 100 - size, h.rooms - rooms])),
			Float64Array.from(data.map((h) => h.price - price)),
			'squared'
		)
	});
}

/** P(happy) = σ(w1·sound1 + w2·sound2), no bias; mean log loss. */
function happySad(): ModelLandscape {
	const data = sounds();
	return landscape({
		id: 'happy-sad',
		name: { en: 'Happy or sad?', ko: '기쁨일까 슬픔일까?' },
		description: {
			en: 'Two sounds, each louder or quieter than usual, make a listener happy or sad. The model guesses P(happy) = σ(w1·sound1 + w2·sound2); the height is the mean log loss over 24 examples. Some examples contradict each other, so there is one best pair of weights, not an endless slope.',
			ko: '평소보다 크거나 작은 두 소리가 듣는 사람을 기쁘게 하거나 슬프게 합니다. 모델은 P(기쁨) = σ(w1·소리1 + w2·소리2)로 추측하고, 높이는 예시 24개에 대한 평균 로그 손실입니다. 서로 모순되는 예시가 있어서 끝없는 비탈이 아니라 가장 좋은 가중치 한 쌍이 있습니다.'
		},
		tex: 'L(w_1,w_2)=-\\frac{1}{N}\\sum_{i=1}^{N}\\bigl[y_i\\log\\sigma(z_i)+(1-y_i)\\log(1-\\sigma(z_i))\\bigr],\\quad z_i=w_1x_{i1}+w_2x_{i2}',
		bounds: { w1: [-3, 7], w2: [-6, 4] },
		starts: [
			{ w1: -2, w2: 3 },
			{ w1: 6, w2: -5 }
		],
		objective: new LinearModelObjective(
			['w1', 'w2'],
			Float64Array.from(data.flatMap((s) => [s.sound1, s.sound2])),
			Float64Array.from(data.map((s) => s.happy)),
			'logistic'
		)
	});
}

/** The regression landscapes by id; each is built (its data made, its minimum solved) when asked for. */
export const REGRESSIONS: readonly LandscapeEntry<ModelLandscape>[] = [
	{ id: 'house-prices', build: housePrices },
	{ id: 'house-prices-rooms', build: housePricesRooms },
	{ id: 'happy-sad', build: happySad }
];

/** The regression landscapes, all built now (a few Newton steps on 30 examples each). */
export function regressionLandscapes(): ModelLandscape[] {
	return REGRESSIONS.map((entry) => entry.build());
}
