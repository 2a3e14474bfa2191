// World 7: searching without a slope. Random search guesses points anywhere on the map; random
// local search tries one step in a random direction and keeps it only if it is lower. Both pay
// only for values (½ a gradient each, cost.ts), and both lose to the slope on the same budget.
import type { World } from '../schema';

const WORLD = 'blindfolded';
const himmelblau = { kind: 'registry', id: 'himmelblau' } as const;
const origin = { x: 0, y: 0 };

export const BLINDFOLDED: World = {
	id: WORLD,
	title: { en: 'Blindfolded', ko: '눈을 가리고' },
	intro: {
		en: 'No slope this time: you may only ask how high a point is. Guess anywhere, or feel your way with small random steps.',
		ko: '이번에는 기울기가 없습니다. 어떤 점이 얼마나 높은지만 물어볼 수 있습니다. 아무 데나 찍어 보거나, 작은 무작위 걸음으로 더듬어 가세요.'
	},
	concepts: ['C1', 'C2'],
	levels: [
		{
			id: 'lucky-guesses',
			version: 1,
			world: WORLD,
			title: { en: 'Lucky guesses', ko: '운에 맡긴 추측' },
			intro: {
				en: 'Find the bottom of the bowl to within 0.1 by guessing. Each guess costs half a gradient evaluation; you have 20.',
				ko: '추측만으로 그릇의 바닥을 0.1 이내로 찾으세요. 추측 한 번에 기울기 평가의 절반이 들고, 예산은 20입니다.'
			},
			landscape: { kind: 'registry', id: 'bowl-1d' },
			start: { kind: 'fixed', at: { w: -3 } },
			optimizers: [
				{ name: 'random-search', lr: [1, 1] },
				{ name: 'random-local-search', lr: [0.05, 2], radius: [0.05, 2] }
			],
			budget: { steps: 100, evaluations: 20 },
			goal: { kind: 'reach', minimum: 'bottom', radius: 0.1 },
			stars: { by: 'evaluations', two: 10, three: 4 },
			hints: [
				{
					en: 'A random guess lands within 0.1 of the bottom with probability 0.2/12: about once in 60 guesses, if you are lucky sooner.',
					ko: '무작위 추측이 바닥의 0.1 이내에 떨어질 확률은 0.2/12, 대략 60번에 한 번입니다. 운이 좋으면 더 빨리 떨어집니다.'
				},
				{
					en: 'The seed decides the guesses: the same seed always guesses the same points.',
					ko: '시드가 추측을 정합니다. 같은 시드는 언제나 같은 점을 찍습니다.'
				}
			],
			concepts: ['C1', 'C2'],
			reference: { settings: { name: 'random-search', lr: 1 }, start: { w: -3 }, seed: 2 },
			intendedFailure: {
				run: { settings: { name: 'random-local-search', lr: 0.05 }, start: { w: -3 }, seed: 1 },
				expect: 'crawling',
				lesson: {
					en: 'Steps of 0.05 in random directions, half of them rejected: the bottom is 5 away, out of reach on this budget.',
					ko: '0.05 크기의 무작위 걸음은 절반이 거절됩니다. 바닥은 5만큼 떨어져 있어 이 예산으로는 닿지 않습니다.'
				}
			}
		},
		{
			id: 'feel-your-way',
			version: 1,
			world: WORLD,
			title: { en: 'Feel your way', ko: '더듬어 찾아가기' },
			intro: {
				en: 'From the middle of Himmelblau’s map, get the loss below 0.1 with random local search. The step length is yours to choose.',
				ko: '힘멜블라우 지도의 한가운데에서 출발해, 무작위 지역 탐색으로 손실을 0.1 아래로 낮추세요. 걸음 길이는 직접 고릅니다.'
			},
			landscape: himmelblau,
			start: { kind: 'fixed', at: origin },
			optimizers: [{ name: 'random-local-search', lr: [0.05, 1], radius: [0.05, 1] }],
			budget: { steps: 200, evaluations: 100 },
			goal: { kind: 'loss', below: 0.1 },
			stars: { by: 'evaluations', two: 90, three: 60 },
			hints: [
				{
					en: 'Long steps find the valley quickly but cannot settle into its narrow bottom; short steps settle but travel slowly.',
					ko: '긴 걸음은 골짜기를 빨리 찾지만 좁은 바닥에 자리 잡지 못하고, 짧은 걸음은 자리는 잡지만 느리게 이동합니다.'
				}
			],
			concepts: ['C2'],
			reference: { settings: { name: 'random-local-search', lr: 0.1 }, start: origin, seed: 3 },
			intendedFailure: {
				run: { settings: { name: 'random-local-search', lr: 1 }, start: origin, seed: 1 },
				expect: 'over-budget',
				lesson: {
					en: 'With steps of length 1 almost every try near the bottom jumps over it, and is rejected.',
					ko: '길이 1의 걸음은 바닥 근처에서 거의 매번 바닥을 건너뛰어 거절당합니다.'
				}
			}
		},
		{
			id: 'slope-beats-guessing',
			version: 1,
			world: WORLD,
			title: { en: 'Take off the blindfold', ko: '눈가리개를 벗고' },
			intro: {
				en: 'The same map, a budget of 20 evaluations, and now the slope is on offer too. Get the loss below 0.05.',
				ko: '같은 지도, 평가 예산 20, 그리고 이번에는 기울기도 쓸 수 있습니다. 손실을 0.05 아래로 낮추세요.'
			},
			landscape: himmelblau,
			start: { kind: 'fixed', at: origin },
			optimizers: [
				{ name: 'random-search', lr: [1, 1] },
				{ name: 'random-local-search', lr: [0.05, 1], radius: [0.05, 1] },
				{ name: 'gd', lr: [0.001, 0.02] }
			],
			budget: { steps: 100, evaluations: 20 },
			goal: { kind: 'loss', below: 0.05 },
			stars: { by: 'evaluations', two: 15, three: 8 },
			hints: [
				{
					en: 'One gradient tells you the best direction at once; a guess tells you only whether one point is lower.',
					ko: '기울기 하나는 가장 좋은 방향을 한 번에 알려 주지만, 추측 하나는 그 점이 더 낮은지만 알려 줍니다.'
				}
			],
			concepts: ['C2', 'C4'],
			reference: { settings: { name: 'gd', lr: 0.02 }, start: origin, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'random-search', lr: 1 }, start: origin, seed: 1 },
				expect: 'over-budget',
				lesson: {
					en: 'Forty random guesses on a 10 × 10 map do not land close enough to any of the four bottoms.',
					ko: '10 × 10 지도에 무작위로 40번 찍어서는 네 바닥 어디에도 충분히 가까이 떨어지지 않습니다.'
				}
			}
		}
	]
};
