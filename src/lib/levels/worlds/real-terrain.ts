// World 4: landscapes made from data. Each point of the map is a model (a line, a classifier) and
// its height is that model's loss on a small data set, so descending is training. The last two
// levels split the data into mini-batches: more, noisier steps for the same work (C6).
import type { World } from '../schema';

const WORLD = 'real-terrain';
const houses = { w: -0.5, b: 2.5 };
const rooms = { w1: -1, w2: 1.2 };
const sounds = { w1: -2, w2: 3 };

export const REAL_TERRAIN: World = {
	id: WORLD,
	title: { en: 'Real terrain', ko: '진짜 데이터의 지형' },
	intro: {
		en: 'These maps come from data. Every point is a model; its height is how wrong that model is on the examples. Walking downhill is learning.',
		ko: '이 지도들은 데이터로 만들었습니다. 모든 점이 하나의 모델이고, 높이는 그 모델이 예시들에서 얼마나 틀리는지입니다. 내리막을 걷는 것이 곧 학습입니다.'
	},
	concepts: ['C6', 'C11', 'C12'],
	levels: [
		{
			id: 'fit-a-line',
			version: 1,
			world: WORLD,
			title: { en: 'Fit a line', ko: '직선 맞추기' },
			intro: {
				en: 'Find the line ŷ = w·x + b that best predicts 30 house prices from their floor area. Here w is the slope of the line and b its height.',
				ko: '집 30채의 면적으로 가격을 가장 잘 예측하는 직선 ŷ = w·x + b를 찾으세요. w는 직선의 기울기, b는 높이입니다.'
			},
			landscape: { kind: 'registry', id: 'house-prices' },
			start: { kind: 'fixed', at: houses },
			optimizers: [{ name: 'gd', lr: [0.05, 1] }],
			budget: { steps: 150 },
			goal: { kind: 'reach', minimum: 'least-loss', radius: 0.05 },
			stars: { by: 'steps', two: 130, three: 115 },
			hints: [
				{
					en: 'The update for w is the average of (ŷ − y)·x over the houses; for b, the average of (ŷ − y).',
					ko: 'w의 갱신량은 집들에 대한 (ŷ − y)·x의 평균이고, b의 갱신량은 (ŷ − y)의 평균입니다.'
				},
				{
					en: 'Too large a rate makes w and b swing against each other.',
					ko: '학습률이 너무 크면 w와 b가 서로 엇갈리며 흔들립니다.'
				}
			],
			concepts: ['C11', 'C4'],
			reference: { settings: { name: 'gd', lr: 0.5 }, start: houses, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.9 }, start: houses, seed: 0 },
				expect: 'left-map',
				lesson: {
					en: 'With η = 0.9 the estimates swing so far that they leave the map, although the loss first went down.',
					ko: 'η = 0.9이면 추정값이 크게 흔들려 지도 밖으로 나갑니다. 처음에는 손실이 줄었는데도 말입니다.'
				}
			}
		},
		{
			id: 'size-and-rooms',
			version: 1,
			world: WORLD,
			title: { en: 'Size or rooms?', ko: '면적일까, 방 개수일까?' },
			intro: {
				en: 'Predict the price from floor area and room count. Big houses have more rooms, so the two weights can stand in for each other: a long, narrow valley.',
				ko: '면적과 방 개수로 가격을 예측합니다. 큰 집일수록 방이 많아서 두 가중치가 서로를 대신할 수 있습니다. 그래서 골짜기가 길고 좁습니다.'
			},
			landscape: { kind: 'registry', id: 'house-prices-rooms' },
			start: { kind: 'fixed', at: rooms },
			optimizers: [
				{ name: 'gd', lr: [0.05, 0.95] },
				{ name: 'momentum', lr: [0.05, 0.8], momentum: [0, 0.95] }
			],
			budget: { steps: 60 },
			goal: { kind: 'reach', minimum: 'least-loss', radius: 0.05 },
			stars: { by: 'steps', two: 50, three: 40 },
			hints: [
				{
					en: 'Correlated features make a ravine. You have met the remedy in the ravine world.',
					ko: '서로 연관된 특성은 협곡을 만듭니다. 해결책은 협곡 세계에서 이미 만났습니다.'
				}
			],
			concepts: ['C11', 'C17'],
			reference: { settings: { name: 'momentum', lr: 0.6, momentum: 0.7 }, start: rooms, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.9 }, start: rooms, seed: 0 },
				expect: 'over-budget',
				lesson: {
					en: 'Plain gradient descent needs over 100 steps to travel along this valley.',
					ko: '기본 경사하강법은 이 골짜기를 따라가는 데 100걸음 넘게 필요합니다.'
				}
			}
		},
		{
			id: 'happy-or-sad',
			version: 1,
			world: WORLD,
			title: { en: 'Happy or sad?', ko: '기쁨일까, 슬픔일까?' },
			intro: {
				en: 'A sigmoid neuron guesses whether two sounds make a listener happy. The height is the log loss over 24 examples. Reach the best weights.',
				ko: '시그모이드 뉴런 하나가 두 소리를 듣고 기뻐할지 추측합니다. 높이는 예시 24개에 대한 로그 손실입니다. 가장 좋은 가중치에 도착하세요.'
			},
			landscape: { kind: 'registry', id: 'happy-sad' },
			start: { kind: 'fixed', at: sounds },
			optimizers: [{ name: 'gd', lr: [0.1, 12] }],
			budget: { steps: 30 },
			goal: { kind: 'reach', minimum: 'least-loss', radius: 0.05 },
			stars: { by: 'steps', two: 15, three: 6 },
			hints: [
				{
					en: 'The gradient of the log loss is the average of (ŷ − y)·x. It is never larger than the inputs, so this map allows big rates.',
					ko: '로그 손실의 기울기는 (ŷ − y)·x의 평균입니다. 입력보다 커지는 일이 없어서 이 지도에서는 큰 학습률도 괜찮습니다.'
				}
			],
			concepts: ['C12', 'C10'],
			reference: { settings: { name: 'gd', lr: 5 }, start: sounds, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 10 }, start: sounds, seed: 0 },
				expect: 'left-map',
				lesson: {
					en: 'Even a gentle map has a limit: with η = 10 the weights overshoot the best fit and leave the map.',
					ko: '완만한 지도에도 한계가 있습니다. η = 10이면 가중치가 최적점을 지나쳐 지도 밖으로 나갑니다.'
				}
			}
		},
		{
			id: 'one-epoch',
			version: 1,
			world: WORLD,
			title: { en: 'More steps per epoch', ko: '한 에포크에 더 많은 걸음' },
			intro: {
				en: 'Your budget is two epochs: two passes over the 24 examples. With the full batch that is two steps; with batches of 4 it is 24/4 = 6 steps per epoch. Get the loss below 0.35.',
				ko: '예산은 두 에포크, 즉 예시 24개를 두 번 훑어보는 만큼입니다. 전체 배치로는 두 걸음이지만, 배치 크기 4로는 에포크마다 24/4 = 6걸음입니다. 손실을 0.35 아래로 낮추세요.'
			},
			landscape: { kind: 'registry', id: 'happy-sad' },
			start: { kind: 'fixed', at: sounds },
			optimizers: [{ name: 'gd', lr: [0.1, 2] }],
			batchSize: [1, 24],
			budget: { steps: 200, evaluations: 2 },
			goal: { kind: 'loss', below: 0.35 },
			stars: { by: 'evaluations', two: 1.5, three: 1 },
			hints: [
				{
					en: 'A mini-batch gradient of b examples costs b/N of a full one, so the budget buys N/b steps per epoch.',
					ko: 'b개 예시로 구한 미니 배치 기울기는 전체 기울기의 b/N만큼 비용이 들므로, 예산으로 에포크마다 N/b걸음을 살 수 있습니다.'
				}
			],
			concepts: ['C6'],
			reference: { settings: { name: 'gd', lr: 1, batchSize: 4 }, start: sounds, seed: 1 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 1, batchSize: 24 }, start: sounds, seed: 1 },
				expect: 'over-budget',
				lesson: {
					en: 'The full batch spends a whole epoch on every step: two steps are not enough.',
					ko: '전체 배치는 한 걸음마다 에포크 하나를 통째로 씁니다. 두 걸음으로는 부족합니다.'
				}
			}
		},
		{
			id: 'noisy-steps',
			version: 1,
			world: WORLD,
			title: { en: 'One example at a time', ko: '한 번에 예시 하나씩' },
			intro: {
				en: 'A gradient from a single example points roughly downhill, but only roughly. Reach the best weights with the batch size and rate of your choice.',
				ko: '예시 하나로 구한 기울기는 대략 내리막을 가리키지만 어디까지나 대략입니다. 배치 크기와 학습률을 골라 가장 좋은 가중치에 도착하세요.'
			},
			landscape: { kind: 'registry', id: 'happy-sad' },
			start: { kind: 'fixed', at: sounds },
			optimizers: [{ name: 'gd', lr: [0.5, 5] }],
			batchSize: [1, 24],
			budget: { steps: 40 },
			goal: { kind: 'reach', minimum: 'least-loss', radius: 0.3 },
			stars: { by: 'steps', two: 20, three: 5 },
			hints: [
				{
					en: 'The noise of a mini-batch grows as the batch shrinks; a large rate multiplies that noise.',
					ko: '미니 배치의 잡음은 배치가 작을수록 커지고, 큰 학습률은 그 잡음을 키웁니다.'
				}
			],
			concepts: ['C6', 'C5'],
			reference: { settings: { name: 'gd', lr: 5, batchSize: 24 }, start: sounds, seed: 1 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 5, batchSize: 1 }, start: sounds, seed: 1 },
				expect: 'diverged',
				lesson: {
					en: 'With one example per step and η = 5, a single unlucky example throws the weights off the map.',
					ko: '한 걸음에 예시 하나, η = 5이면 운 나쁜 예시 하나가 가중치를 지도 밖으로 던져 버립니다.'
				}
			}
		}
	]
};
