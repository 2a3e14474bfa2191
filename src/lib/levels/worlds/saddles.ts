// World 3: places where the slope vanishes without a minimum (a saddle, a plateau) and maps with
// several valleys. Adaptive methods (Adam, RMSprop) rescale each coordinate's step, which is what
// gets them off a nearly flat saddle or plateau.
import type { AllowedOptimizer, World } from '../schema';

const WORLD = 'saddles-and-plateaus';
const firstOrder: AllowedOptimizer[] = [
	{ name: 'gd', lr: [0.01, 1] },
	{ name: 'momentum', lr: [0.01, 0.5], momentum: [0, 0.95] },
	{ name: 'adam', lr: [0.01, 0.5] }
];

export const SADDLES: World = {
	id: WORLD,
	title: { en: 'Saddles and plateaus', ko: '안장점과 고원' },
	intro: {
		en: 'Zero slope does not always mean the bottom. On a saddle the ground rises one way and falls the other; on a plateau it is almost flat everywhere.',
		ko: '기울기가 0이라고 늘 바닥인 것은 아닙니다. 안장점에서는 한쪽으로는 오르막, 다른 쪽으로는 내리막이고, 고원에서는 어디나 거의 평평합니다.'
	},
	concepts: ['C17', 'C20'],
	levels: [
		{
			id: 'saddle-escape',
			version: 1,
			world: WORLD,
			title: { en: 'Off the saddle', ko: '안장에서 내려오기' },
			intro: {
				en: 'You start on the ridge of x² − y², a hair’s breadth (y = 0.000001) from the line that leads straight into the saddle. Get below a loss of −1.',
				ko: 'x² − y²의 능선 위, 안장점으로 곧장 이어지는 선에서 머리카락 한 올만큼(y = 0.000001) 떨어진 곳에서 출발합니다. 손실을 −1 아래로 낮추세요.'
			},
			landscape: { kind: 'registry', id: 'saddle' },
			start: { kind: 'fixed', at: { x: 1.8, y: 0.000001 } },
			optimizers: [...firstOrder],
			budget: { steps: 40 },
			goal: { kind: 'loss', below: -1 },
			stars: { by: 'steps', two: 30, three: 20 },
			hints: [
				{
					en: 'The slope in y is only 0.000002. Gradient descent multiplies it, Adam divides by its size.',
					ko: 'y 방향 기울기는 0.000002밖에 되지 않습니다. 경사하강법은 이 값에 비례해 움직이고, Adam은 이 값을 그 크기로 나눕니다.'
				}
			],
			concepts: ['C17', 'C20'],
			reference: { settings: { name: 'adam', lr: 0.1 }, start: { x: 1.8, y: 0.000001 }, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.1 }, start: { x: 1.8, y: 0.000001 }, seed: 0 },
				expect: 'saddle',
				lesson: {
					en: 'Gradient descent slides into the saddle point and sits there: the slope is zero, but this is no minimum (the Hessian has eigenvalues 2 and −2).',
					ko: '경사하강법은 안장점으로 미끄러져 들어가 그대로 머뭅니다. 기울기는 0이지만 최솟값이 아닙니다(헤세 행렬의 고윳값은 2와 −2).'
				}
			}
		},
		{
			id: 'high-plateau',
			version: 1,
			world: WORLD,
			title: { en: 'The high plateau', ko: '높은 고원' },
			intro: {
				en: 'Far from the well the ground is almost flat: the slope is about 0.001. Find the well in the middle.',
				ko: '우물에서 멀리 떨어진 곳은 거의 평평해서 기울기가 0.001 정도입니다. 가운데에 있는 우물을 찾으세요.'
			},
			landscape: { kind: 'registry', id: 'plateau' },
			start: { kind: 'fixed', at: { x: 3.2, y: 2.4 } },
			optimizers: [...firstOrder, { name: 'rmsprop', lr: [0.01, 0.5] }],
			budget: { steps: 60 },
			goal: { kind: 'reach', minimum: 'well', radius: 0.1 },
			stars: { by: 'steps', two: 40, three: 15 },
			hints: [
				{
					en: 'Adam and RMSprop divide each step by the recent size of the gradient, so a tiny slope still gives a full step.',
					ko: 'Adam과 RMSprop은 걸음을 최근 기울기의 크기로 나누므로, 기울기가 아주 작아도 온전한 한 걸음을 내딛습니다.'
				}
			],
			concepts: ['C17'],
			reference: { settings: { name: 'adam', lr: 0.2 }, start: { x: 3.2, y: 2.4 }, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.1 }, start: { x: 3.2, y: 2.4 }, seed: 0 },
				expect: 'plateau',
				lesson: {
					en: 'Gradient descent moves by η times a slope of 0.001: after 60 steps it has hardly left the spot.',
					ko: '경사하강법은 η 곱하기 0.001의 기울기만큼만 움직입니다. 60걸음 뒤에도 거의 제자리입니다.'
				}
			}
		},
		{
			id: 'four-valleys',
			version: 1,
			world: WORLD,
			title: { en: 'Pick your valley', ko: '골짜기 고르기' },
			intro: {
				en: 'Himmelblau’s map has four equally deep valleys. Drag the start so that plain gradient descent ends in the south-west one.',
				ko: '힘멜블라우 지도에는 똑같이 깊은 골짜기가 넷 있습니다. 기본 경사하강법이 남서쪽 골짜기에 도착하도록 출발점을 옮겨 보세요.'
			},
			landscape: { kind: 'registry', id: 'himmelblau' },
			start: { kind: 'region', at: { x: 0, y: 0 }, region: { x: [-2, 2], y: [-2, 2] } },
			optimizers: [{ name: 'gd', lr: [0.001, 0.02] }],
			budget: { steps: 100 },
			goal: { kind: 'reach', minimum: 'south-west', radius: 0.1 },
			stars: { by: 'steps', two: 60, three: 30 },
			hints: [
				{
					en: 'Gradient descent goes to the valley whose basin you start in. The saddles between the valleys mark the borders.',
					ko: '경사하강법은 출발점이 속한 분지의 골짜기로 갑니다. 골짜기 사이의 안장점이 경계를 표시합니다.'
				}
			],
			concepts: ['C17', 'C1'],
			reference: { settings: { name: 'gd', lr: 0.01 }, start: { x: -1, y: -2 }, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.01 }, start: { x: 0, y: 0 }, seed: 0 },
				expect: 'over-budget',
				lesson: {
					en: 'From (0, 0) the descent ends in the north-east valley: as deep as the target, but the wrong one.',
					ko: '(0, 0)에서 출발하면 북동쪽 골짜기에 도착합니다. 목표만큼 깊지만 다른 골짜기입니다.'
				}
			}
		},
		{
			id: 'beale-cliffs',
			version: 1,
			world: WORLD,
			title: { en: 'Cliffs and flats', ko: '절벽과 평지' },
			intro: {
				en: 'On Beale’s map the slope changes a hundredfold from place to place. One learning rate cannot suit the cliffs and the flats alike. Get the loss below 0.01.',
				ko: '빌의 지도에서는 기울기가 곳에 따라 백 배씩 달라집니다. 학습률 하나로는 절벽과 평지에 모두 맞출 수 없습니다. 손실을 0.01 아래로 낮추세요.'
			},
			landscape: { kind: 'registry', id: 'beale' },
			start: { kind: 'fixed', at: { x: 1, y: 1.5 } },
			optimizers: [
				{ name: 'gd', lr: [0.001, 0.02] },
				{ name: 'adam', lr: [0.01, 0.3] }
			],
			budget: { steps: 150 },
			goal: { kind: 'loss', below: 0.01 },
			stars: { by: 'steps', two: 130, three: 110 },
			hints: [
				{
					en: 'Adam’s first step is about ±η in every coordinate, whatever the size of the gradient.',
					ko: 'Adam의 첫걸음은 기울기의 크기와 상관없이 모든 좌표에서 약 ±η입니다.'
				}
			],
			concepts: ['C17'],
			reference: { settings: { name: 'adam', lr: 0.2 }, start: { x: 1, y: 1.5 }, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.003 }, start: { x: 1, y: 1.5 }, seed: 0 },
				expect: 'crawling',
				lesson: {
					en: 'A rate small enough for the cliffs leaves gradient descent crawling across the flats.',
					ko: '절벽에 맞춘 작은 학습률로는 경사하강법이 평지를 기어서 건넙니다.'
				}
			}
		}
	]
};
