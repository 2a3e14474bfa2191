// World 5: slices through real trained networks (landscapes/models/MlpLandscape.ts). The map is
// the loss over θ* + a·d1 + b·d2, two directions through the trained weights, so every goal is a
// loss target. The activation shapes the terrain: sigmoid flattens it (vanishing gradients),
// ReLU creases it, tanh makes steep walls.
import type { Level, World } from '../schema';

const WORLD = 'deep-valleys';

/** The fields every level of this world shares; ids and numbers differ per level. */
function slice(
	id: string,
	landscape: string,
	at: { a: number; b: number },
	rest: Omit<Level, 'id' | 'version' | 'world' | 'landscape' | 'start'>
): Level {
	return {
		id,
		version: 1,
		world: WORLD,
		landscape: { kind: 'registry', id: landscape },
		start: { kind: 'fixed', at },
		...rest
	};
}

const s0 = { a: 0.4, b: 0.3 }; // starts[0] of a slice of range 0.5
const s1 = { a: -0.35, b: 0.375 }; // starts[1] of a slice of range 0.5

export const DEEP_VALLEYS: World = {
	id: WORLD,
	title: { en: 'Deep valleys', ko: '깊은 골짜기' },
	intro: {
		en: 'Each map is a slice through the thousands-dimensional loss of a small neural network, cut along two directions through its trained weights.',
		ko: '각 지도는 작은 신경망의 수천 차원 손실을, 학습된 가중치를 지나는 두 방향으로 잘라 낸 단면입니다.'
	},
	concepts: ['C13', 'C15', 'C16', 'C24'],
	levels: [
		slice(
			'blobs',
			'blobs-relu',
			{ a: 0.8, b: 0.6 },
			{
				title: { en: 'Two clouds', ko: '두 구름' },
				intro: {
					en: 'An easy problem gives a wide, gentle basin. Bring the loss below 0.01.',
					ko: '쉬운 문제는 넓고 완만한 분지를 만듭니다. 손실을 0.01 아래로 낮추세요.'
				},
				optimizers: [{ name: 'gd', lr: [0.01, 0.5] }],
				budget: { steps: 60 },
				goal: { kind: 'loss', below: 0.01 },
				stars: { by: 'steps', two: 45, three: 30 },
				hints: [
					{
						en: 'A gentle basin forgives a bold learning rate.',
						ko: '완만한 분지에서는 과감한 학습률도 괜찮습니다.'
					}
				],
				concepts: ['C13', 'C24'],
				reference: { settings: { name: 'gd', lr: 0.3 }, start: { a: 0.8, b: 0.6 }, seed: 0 },
				intendedFailure: {
					run: { settings: { name: 'gd', lr: 0.03 }, start: { a: 0.8, b: 0.6 }, seed: 0 },
					expect: 'over-budget',
					lesson: {
						en: 'On a gentle slope a small rate makes slow progress: 60 steps are not enough.',
						ko: '완만한 비탈에서 작은 학습률은 느리게 나아갑니다. 60걸음으로는 부족합니다.'
					}
				}
			}
		),
		slice('circles', 'circles-sigmoid', s1, {
			title: { en: 'A ring of sigmoids', ko: '시그모이드 고리' },
			intro: {
				en: 'Six sigmoid units learn to tell an inner ring from an outer one. Bring the loss below 0.01.',
				ko: '시그모이드 유닛 여섯 개가 안쪽 고리와 바깥 고리를 구별하도록 배웁니다. 손실을 0.01 아래로 낮추세요.'
			},
			optimizers: [{ name: 'gd', lr: [0.005, 0.5] }],
			budget: { steps: 40 },
			goal: { kind: 'loss', below: 0.01 },
			stars: { by: 'steps', two: 30, three: 15 },
			hints: [
				{
					en: 'A sigmoid passes back σ(1 − σ) of the gradient, at most 1/4.',
					ko: '시그모이드는 기울기의 σ(1 − σ)만큼, 많아야 1/4만 뒤로 전합니다.'
				}
			],
			concepts: ['C10', 'C13', 'C15'],
			reference: { settings: { name: 'gd', lr: 0.03 }, start: s1, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.3 }, start: s1, seed: 0 },
				expect: 'diverged',
				lesson: {
					en: 'Near the trained weights the walls are steep: η = 0.3 is thrown out of the valley.',
					ko: '학습된 가중치 근처는 벽이 가파릅니다. η = 0.3이면 골짜기 밖으로 튕겨 나갑니다.'
				}
			}
		}),
		slice('xor', 'xor-tanh', s0, {
			title: { en: 'Exclusive or', ko: '배타적 논리합' },
			intro: {
				en: 'One neuron cannot learn XOR; four tanh units can. Bring the loss below 0.02.',
				ko: '뉴런 하나로는 XOR을 배울 수 없지만 tanh 유닛 네 개면 됩니다. 손실을 0.02 아래로 낮추세요.'
			},
			optimizers: [
				{ name: 'gd', lr: [0.005, 0.5] },
				{ name: 'adam', lr: [0.005, 0.1] }
			],
			budget: { steps: 40 },
			goal: { kind: 'loss', below: 0.02 },
			stars: { by: 'steps', two: 25, three: 12 },
			hints: [
				{
					en: 'tanh is steepest at 0 (slope 1), so these walls are steeper than the sigmoid ones.',
					ko: 'tanh는 0에서 가장 가파르므로(기울기 1) 이 벽은 시그모이드의 벽보다 가파릅니다.'
				}
			],
			concepts: ['C13', 'C15'],
			reference: { settings: { name: 'gd', lr: 0.03 }, start: s0, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.3 }, start: s0, seed: 0 },
				expect: 'diverged',
				lesson: {
					en: 'η = 0.3 overshoots the narrow valley and climbs out of it.',
					ko: 'η = 0.3이면 좁은 골짜기를 지나쳐 밖으로 기어 나갑니다.'
				}
			}
		}),
		slice('moons', 'moons-relu', s0, {
			title: { en: 'Creased by ReLU', ko: 'ReLU가 만든 주름' },
			intro: {
				en: 'Each ReLU unit switches off abruptly, which creases the map; a unit that stays off passes back no gradient at all. Bring the loss below 0.002.',
				ko: 'ReLU 유닛은 갑자기 꺼지므로 지도에 주름이 생깁니다. 계속 꺼져 있는 유닛은 기울기를 전혀 전하지 않습니다. 손실을 0.002 아래로 낮추세요.'
			},
			optimizers: [
				{ name: 'gd', lr: [0.005, 0.5] },
				{ name: 'adam', lr: [0.005, 0.1] }
			],
			budget: { steps: 40 },
			goal: { kind: 'loss', below: 0.002 },
			stars: { by: 'steps', two: 25, three: 10 },
			hints: [
				{
					en: 'ReLU passes back 1 where a unit is on and 0 where it is off: the slope jumps at the creases.',
					ko: 'ReLU는 켜진 유닛에서는 1을, 꺼진 유닛에서는 0을 뒤로 전합니다. 주름에서 기울기가 갑자기 바뀝니다.'
				}
			],
			concepts: ['C15', 'C16'],
			reference: { settings: { name: 'adam', lr: 0.05 }, start: s0, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.3 }, start: s0, seed: 0 },
				expect: 'diverged',
				lesson: {
					en: 'η = 0.3 jumps from crease to crease and out of the valley.',
					ko: 'η = 0.3이면 주름에서 주름으로 뛰다가 골짜기 밖으로 나갑니다.'
				}
			}
		}),
		slice('spirals', 'spirals-tanh', s0, {
			title: { en: 'Two spirals', ko: '두 나선' },
			intro: {
				en: 'Two tanh layers untangle two spirals. The start is high on a steep wall. Bring the loss below 0.0015.',
				ko: 'tanh 층 두 개가 서로 감긴 두 나선을 풀어냅니다. 출발점은 가파른 벽 높은 곳입니다. 손실을 0.0015 아래로 낮추세요.'
			},
			optimizers: [
				{ name: 'gd', lr: [0.001, 0.1] },
				{ name: 'adam', lr: [0.005, 0.1] }
			],
			budget: { steps: 40 },
			goal: { kind: 'loss', below: 0.0015 },
			stars: { by: 'steps', two: 38, three: 30 },
			hints: [
				{
					en: 'On a steep wall the gradient is huge, so a step of η·g can be huge too. Adam’s step is about η whatever the slope.',
					ko: '가파른 벽에서는 기울기가 커서 η·g 걸음도 커질 수 있습니다. Adam의 걸음은 기울기와 상관없이 약 η입니다.'
				}
			],
			concepts: ['C13', 'C15', 'C17'],
			reference: { settings: { name: 'adam', lr: 0.05 }, start: s0, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.03 }, start: s0, seed: 0 },
				expect: 'diverged',
				lesson: {
					en: 'The gradient on the wall is so large that even η = 0.03 throws you across the valley and off the map.',
					ko: '벽의 기울기가 너무 커서 η = 0.03으로도 골짜기를 건너 지도 밖으로 날아갑니다.'
				}
			}
		}),
		slice(
			'vanishing',
			'deep-sigmoid',
			{ a: -0.7, b: 0.75 },
			{
				title: { en: 'Vanishing gradients', ko: '기울기 소실' },
				intro: {
					en: 'Three sigmoid layers deep: each passes back at most a quarter of the gradient, so the slope reaching the first layer is tiny. Bring the loss below 0.27.',
					ko: '시그모이드 층이 세 겹입니다. 층마다 기울기를 많아야 4분의 1만 뒤로 전하므로 첫 층까지 오는 기울기는 아주 작습니다. 손실을 0.27 아래로 낮추세요.'
				},
				optimizers: [
					{ name: 'gd', lr: [0.001, 0.1] },
					{ name: 'adam', lr: [0.005, 0.1] }
				],
				budget: { steps: 40 },
				goal: { kind: 'loss', below: 0.27 },
				stars: { by: 'steps', two: 25, three: 12 },
				hints: [
					{
						en: 'Three sigmoids multiply three factors of at most 1/4: at most 1/64 of the gradient survives.',
						ko: '시그모이드 세 개는 1/4 이하의 인수 세 개를 곱합니다. 기울기는 많아야 1/64만 남습니다.'
					}
				],
				concepts: ['C16', 'C10'],
				reference: { settings: { name: 'adam', lr: 0.05 }, start: { a: -0.7, b: 0.75 }, seed: 0 },
				intendedFailure: {
					run: { settings: { name: 'gd', lr: 0.003 }, start: { a: -0.7, b: 0.75 }, seed: 0 },
					expect: 'over-budget',
					lesson: {
						en: 'With a vanishing gradient and a small rate, gradient descent barely moves in 40 steps.',
						ko: '기울기가 사라진 데다 학습률까지 작으면 경사하강법은 40걸음 동안 거의 움직이지 않습니다.'
					}
				}
			}
		)
	]
};
