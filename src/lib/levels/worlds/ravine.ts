// World 2: two variables whose curvatures differ 25-fold. The steep direction caps the learning
// rate (η < 2/25), the shallow one then crawls; momentum carries speed along the floor.
import type { World } from '../schema';

const WORLD = 'the-ravine';
const ravine = { kind: 'registry', id: 'ravine' } as const;
const start = { x: -9, y: -3 };
const floor = { kind: 'reach', minimum: 'floor', radius: 0.2 } as const;

export const RAVINE: World = {
	id: WORLD,
	title: { en: 'The ravine', ko: '협곡' },
	intro: {
		en: 'Steep walls, a gently sloping floor. What is a safe step across the ravine is a crawl along it.',
		ko: '가파른 벽과 완만하게 기운 바닥. 협곡을 가로질러서는 안전한 걸음이 바닥을 따라서는 기어가는 걸음이 됩니다.'
	},
	concepts: ['C5', 'C17', 'C20'],
	levels: [
		{
			id: 'ravine-speed-limit',
			version: 1,
			world: WORLD,
			title: { en: 'The speed limit', ko: '속도 제한' },
			intro: {
				en: 'The Hessian here has eigenvalues 1 and 25. Plain gradient descent must keep η·25 below 2, or the walls throw it out.',
				ko: '이곳의 헤세 행렬은 고윳값이 1과 25입니다. 기본 경사하강법은 η·25를 2보다 작게 유지해야 하며, 그렇지 않으면 벽이 밖으로 내던집니다.'
			},
			landscape: ravine,
			start: { kind: 'fixed', at: start },
			optimizers: [{ name: 'gd', lr: [0.01, 0.1] }],
			budget: { steps: 150 },
			goal: floor,
			stars: { by: 'steps', two: 80, three: 55 },
			hints: [
				{
					en: 'The largest safe rate is 2/25 = 0.08; the fastest steady one is 2/(1 + 25) ≈ 0.077.',
					ko: '안전한 가장 큰 학습률은 2/25 = 0.08이고, 가장 빠르게 안정적으로 가는 값은 2/(1 + 25) ≈ 0.077입니다.'
				}
			],
			concepts: ['C5', 'C20'],
			reference: { settings: { name: 'gd', lr: 0.075 }, start, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.09 }, start, seed: 0 },
				expect: 'diverged',
				lesson: {
					en: 'η = 0.09 gives η·λmax = 2.25: the zig-zag between the walls grows until you leave the map.',
					ko: 'η = 0.09이면 η·λmax = 2.25입니다. 벽 사이의 지그재그가 점점 커져 지도 밖으로 나가 버립니다.'
				}
			}
		},
		{
			id: 'ravine-momentum',
			version: 1,
			world: WORLD,
			title: { en: 'Roll, do not walk', ko: '걷지 말고 굴러가세요' },
			intro: {
				en: 'Now only 30 steps. No learning rate gets plain gradient descent there in time; a ball with momentum gathers speed along the floor.',
				ko: '이번에는 30걸음뿐입니다. 어떤 학습률로도 기본 경사하강법은 제때 도착하지 못합니다. 모멘텀이 있는 공은 바닥을 따라 속도를 모읍니다.'
			},
			landscape: ravine,
			start: { kind: 'fixed', at: start },
			optimizers: [
				{ name: 'gd', lr: [0.01, 0.1] },
				{ name: 'momentum', lr: [0.01, 0.12], momentum: [0, 0.99] }
			],
			budget: { steps: 30 },
			goal: floor,
			stars: { by: 'steps', two: 25, three: 18 },
			hints: [
				{
					en: 'Momentum adds up past gradients: across the ravine they cancel, along it they add up.',
					ko: '모멘텀은 지난 기울기를 더해 나갑니다. 협곡을 가로지르는 성분은 서로 상쇄되고, 바닥을 따르는 성분은 쌓입니다.'
				},
				{
					en: 'Too much momentum overshoots too: try μ around 0.5 with η around 0.1.',
					ko: '모멘텀이 너무 크면 역시 지나칩니다. μ는 0.5 근처, η는 0.1 근처로 해 보세요.'
				}
			],
			concepts: ['C17'],
			reference: { settings: { name: 'momentum', lr: 0.1, momentum: 0.45 }, start, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.075 }, start, seed: 0 },
				expect: 'over-budget',
				lesson: {
					en: 'At its best rate plain gradient descent needs about 50 steps here: the floor is 25 times flatter than the walls.',
					ko: '가장 좋은 학습률에서도 기본 경사하강법은 여기서 약 50걸음이 필요합니다. 바닥이 벽보다 25배 완만하기 때문입니다.'
				}
			}
		},
		{
			id: 'look-ahead',
			version: 1,
			world: WORLD,
			title: { en: 'Look before you roll', ko: '구르기 전에 내다보기' },
			intro: {
				en: 'Momentum is fixed at 0.9. The heavy ball swings from wall to wall; Nesterov’s version looks where the velocity is taking it and brakes in time.',
				ko: '모멘텀은 0.9로 고정입니다. 무거운 공은 벽에서 벽으로 흔들리지만, 네스테로프 방식은 속도가 자신을 어디로 데려갈지 미리 보고 제때 속도를 줄입니다.'
			},
			landscape: ravine,
			start: { kind: 'fixed', at: start },
			optimizers: [
				{ name: 'momentum', lr: [0.01, 0.1], momentum: [0.9, 0.9] },
				{ name: 'nesterov', lr: [0.01, 0.1], momentum: [0.9, 0.9] }
			],
			budget: { steps: 40 },
			goal: floor,
			stars: { by: 'steps', two: 30, three: 22 },
			hints: [
				{
					en: 'Nesterov steps by g + μ·v instead of v: the gradient gets a say in every step.',
					ko: '네스테로프는 v 대신 g + μ·v만큼 움직입니다. 매 걸음 기울기가 더 큰 목소리를 냅니다.'
				}
			],
			concepts: ['C17'],
			reference: {
				settings: { name: 'nesterov', lr: 0.05, momentum: 0.9 },
				start,
				seed: 0
			},
			intendedFailure: {
				run: { settings: { name: 'momentum', lr: 0.1, momentum: 0.9 }, start, seed: 0 },
				expect: 'oscillating',
				lesson: {
					en: 'With μ = 0.9 and η = 0.1 the heavy ball keeps swinging across the ravine instead of settling.',
					ko: 'μ = 0.9, η = 0.1이면 무거운 공이 자리를 잡지 못하고 협곡을 가로질러 계속 흔들립니다.'
				}
			}
		},
		{
			id: 'banana-valley',
			version: 1,
			world: WORLD,
			title: { en: 'The banana valley', ko: '바나나 골짜기' },
			intro: {
				en: 'Rosenbrock’s valley is curved as well as narrow. Falling into it is easy; following it to (1, 1) takes speed.',
				ko: '로젠브록 골짜기는 좁을 뿐 아니라 휘어 있습니다. 골짜기로 떨어지기는 쉽지만 (1, 1)까지 따라가려면 속도가 필요합니다.'
			},
			landscape: { kind: 'registry', id: 'rosenbrock' },
			start: { kind: 'fixed', at: { x: -1.2, y: 1 } },
			optimizers: [
				{ name: 'gd', lr: [0.0001, 0.002] },
				{ name: 'momentum', lr: [0.0001, 0.002], momentum: [0, 0.95] }
			],
			budget: { steps: 800 },
			goal: { kind: 'reach', minimum: 'minimum', radius: 0.05 },
			stars: { by: 'steps', two: 750, three: 680 },
			hints: [
				{
					en: 'The walls are steep (curvature near 1000), so η must stay near 0.001; only momentum can make up for it.',
					ko: '벽이 가팔라서(곡률 약 1000) η는 0.001 근처에 머물러야 합니다. 그 손해를 메울 수 있는 것은 모멘텀뿐입니다.'
				}
			],
			concepts: ['C17', 'C5'],
			reference: {
				settings: { name: 'momentum', lr: 0.001, momentum: 0.9 },
				start: { x: -1.2, y: 1 },
				seed: 0
			},
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.001 }, start: { x: -1.2, y: 1 }, seed: 0 },
				expect: 'crawling',
				lesson: {
					en: 'Plain gradient descent reaches the valley floor quickly and then crawls along the banana for thousands of steps.',
					ko: '기본 경사하강법은 골짜기 바닥에는 금방 닿지만, 그다음 바나나를 따라 수천 걸음을 기어갑니다.'
				}
			}
		}
	]
};
