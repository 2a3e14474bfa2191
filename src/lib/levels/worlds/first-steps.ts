// World 1: one variable, one learning rate. The learner meets the update rule w ← w − η·f′(w) and
// finds the three regimes on a parabola of curvature λ = 2: η too small crawls, 1/λ < η < 2/λ
// zig-zags, η > 2/λ diverges (CURRICULUM: GD on a quadratic converges iff 0 < η·λ < 2).
import type { World } from '../schema';

const WORLD = 'first-steps';
const bowl = { kind: 'registry', id: 'bowl-1d' } as const;
const gd = (lr: number) => ({ name: 'gd', lr }) as const;
const run = (lr: number, w: number) => ({ settings: gd(lr), start: { w }, seed: 0 });

export const FIRST_STEPS: World = {
	id: WORLD,
	title: { en: 'First steps downhill', ko: '첫걸음, 내리막으로' },
	intro: {
		en: 'The loss is your altitude and you cannot see the valley, only feel the slope under your feet. Each step moves against the slope, scaled by the learning rate η.',
		ko: '손실은 지금 서 있는 높이이고, 골짜기는 보이지 않으며 발밑의 기울기만 느낄 수 있습니다. 한 걸음마다 기울기의 반대쪽으로, 학습률 η만큼 곱해서 움직입니다.'
	},
	concepts: ['C1', 'C4', 'C5'],
	levels: [
		{
			id: 'first-step',
			version: 1,
			world: WORLD,
			title: { en: 'Down the bowl', ko: '그릇 바닥으로' },
			intro: {
				en: 'Reach the bottom of the bowl at w = 2. The slope tells you which way is down; the learning rate decides how far you go.',
				ko: 'w = 2에 있는 그릇의 바닥까지 내려가세요. 기울기는 어느 쪽이 내리막인지 알려 주고, 학습률은 얼마나 멀리 갈지 정합니다.'
			},
			landscape: bowl,
			start: { kind: 'fixed', at: { w: -3 } },
			optimizers: [{ name: 'gd', lr: [0.01, 1.5] }],
			budget: { steps: 30 },
			goal: { kind: 'reach', minimum: 'bottom', radius: 0.05 },
			stars: { by: 'steps', two: 10, three: 4 },
			hints: [
				{
					en: 'The slope here is negative, so w grows: you walk to the right.',
					ko: '여기서는 기울기가 음수이므로 w가 커집니다. 오른쪽으로 걸어가게 됩니다.'
				},
				{
					en: 'Try a rate between 0.2 and 0.5 first.',
					ko: '먼저 0.2에서 0.5 사이의 학습률을 써 보세요.'
				}
			],
			concepts: ['C1', 'C4'],
			reference: run(0.4, -3),
			intendedFailure: {
				run: run(1.2, -3),
				expect: 'diverged',
				lesson: {
					en: 'With η = 1.2 every step overshoots by more than it corrects (η·λ = 2.4 > 2): you fly off the map.',
					ko: 'η = 1.2이면 매 걸음이 바로잡는 것보다 더 많이 지나칩니다(η·λ = 2.4 > 2). 지도 밖으로 날아갑니다.'
				}
			}
		},
		{
			id: 'too-timid',
			version: 1,
			world: WORLD,
			title: { en: 'Tiny steps', ko: '너무 작은 걸음' },
			intro: {
				en: 'Only 15 steps this time. A careful walker who takes tiny steps never arrives.',
				ko: '이번에는 15걸음뿐입니다. 지나치게 조심스러워 아주 작은 걸음만 걷는 사람은 끝내 도착하지 못합니다.'
			},
			landscape: bowl,
			start: { kind: 'fixed', at: { w: 7 } },
			optimizers: [{ name: 'gd', lr: [0.005, 1.5] }],
			budget: { steps: 15 },
			goal: { kind: 'reach', minimum: 'bottom', radius: 0.05 },
			stars: { by: 'steps', two: 8, three: 3 },
			hints: [
				{
					en: 'Each step shrinks the distance to the bottom by the factor |1 − 2η|.',
					ko: '한 걸음마다 바닥까지의 거리가 |1 − 2η|배로 줄어듭니다.'
				}
			],
			concepts: ['C4', 'C5'],
			reference: run(0.3, 7),
			intendedFailure: {
				run: run(0.01, 7),
				expect: 'crawling',
				lesson: {
					en: 'With η = 0.01 each step removes only 2% of the distance: 15 steps are not nearly enough.',
					ko: 'η = 0.01이면 한 걸음에 거리의 2%만 줄어듭니다. 15걸음으로는 턱없이 부족합니다.'
				}
			}
		},
		{
			id: 'zigzag',
			version: 1,
			world: WORLD,
			title: { en: 'Left, right, left', ko: '왼쪽, 오른쪽, 다시 왼쪽' },
			intro: {
				en: 'A rate a little under 1 jumps across the bottom every step. Can you find the rate that lands on it in one jump?',
				ko: '1보다 조금 작은 학습률은 매 걸음 바닥을 건너뛰어 반대편에 떨어집니다. 한 번에 바닥에 내려앉는 학습률을 찾을 수 있나요?'
			},
			landscape: bowl,
			start: { kind: 'fixed', at: { w: -3 } },
			optimizers: [{ name: 'gd', lr: [0.05, 1.2] }],
			budget: { steps: 25 },
			goal: { kind: 'reach', minimum: 'bottom', radius: 0.05 },
			stars: { by: 'steps', two: 5, three: 1 },
			hints: [
				{
					en: 'The curvature of (w − 2)² + 1 is 2. One step with η = 1/curvature lands exactly on the minimum of a parabola.',
					ko: '(w − 2)² + 1의 곡률은 2입니다. η = 1/곡률로 한 걸음 가면 포물선의 최솟값에 정확히 내려앉습니다.'
				}
			],
			concepts: ['C4', 'C5', 'C19'],
			reference: run(0.5, -3),
			intendedFailure: {
				run: run(0.97, -3),
				expect: 'oscillating',
				lesson: {
					en: 'With η = 0.97 each step overshoots to the other wall and comes back only 6% closer.',
					ko: 'η = 0.97이면 매 걸음 반대쪽 벽까지 넘어가고, 겨우 6%만 가까워져 돌아옵니다.'
				}
			}
		},
		{
			id: 'edge-of-stability',
			version: 1,
			world: WORLD,
			title: { en: 'The edge: η·λ = 2', ko: '경계선: η·λ = 2' },
			intro: {
				en: 'On a parabola with curvature λ, gradient descent settles only when η·λ < 2. Here λ = 2 and your rate is close to 1: stay on the right side of the edge.',
				ko: '곡률이 λ인 포물선에서 경사하강법은 η·λ < 2일 때만 수렴합니다. 여기서 λ = 2이고 학습률은 1 근처입니다. 경계선의 안쪽에 머무르세요.'
			},
			landscape: bowl,
			start: { kind: 'fixed', at: { w: -3 } },
			optimizers: [{ name: 'gd', lr: [0.9, 1.1] }],
			budget: { steps: 80 },
			goal: { kind: 'reach', minimum: 'bottom', radius: 0.05 },
			stars: { by: 'steps', two: 60, three: 25 },
			hints: [
				{
					en: 'The distance to the bottom is multiplied by |1 − 2η| each step: below 1 it shrinks, above 1 it grows.',
					ko: '바닥까지의 거리는 매 걸음 |1 − 2η|배가 됩니다. 1보다 작으면 줄고, 1보다 크면 늘어납니다.'
				}
			],
			concepts: ['C5', 'C19'],
			reference: run(0.95, -3),
			intendedFailure: {
				run: run(1.05, -3),
				expect: 'diverged',
				lesson: {
					en: 'η = 1.05 gives η·λ = 2.1: each zig-zag is 10% wider than the last, and you are thrown off the map.',
					ko: 'η = 1.05이면 η·λ = 2.1입니다. 지그재그가 매번 10%씩 넓어져 결국 지도 밖으로 튕겨 나갑니다.'
				}
			}
		},
		{
			id: 'two-valleys',
			version: 1,
			world: WORLD,
			title: { en: 'The deeper valley', ko: '더 깊은 골짜기' },
			intro: {
				en: 'Two valleys, and you start above the shallow one. Small careful steps settle there. Reach the deeper valley on the left.',
				ko: '골짜기가 둘 있고, 여러분은 얕은 골짜기 위에서 출발합니다. 작고 조심스러운 걸음은 그곳에 머물게 됩니다. 왼쪽의 더 깊은 골짜기에 도착하세요.'
			},
			landscape: { kind: 'registry', id: 'double-well-1d' },
			start: { kind: 'fixed', at: { w: 1.8 } },
			optimizers: [
				{ name: 'gd', lr: [0.01, 0.3] },
				{ name: 'momentum', lr: [0.01, 0.1], momentum: [0, 0.95] }
			],
			budget: { steps: 60 },
			goal: { kind: 'reach', minimum: 'left', radius: 0.05 },
			stars: { by: 'steps', two: 30, three: 10 },
			hints: [
				{
					en: 'Gradient descent stops wherever the slope is zero, even in the wrong valley.',
					ko: '경사하강법은 기울기가 0인 곳이면 잘못된 골짜기에서도 멈춥니다.'
				},
				{
					en: 'Momentum keeps some speed from the descent, enough to roll over the hump.',
					ko: '모멘텀은 내려오면서 얻은 속도를 조금 간직해서 언덕을 넘을 수 있습니다.'
				}
			],
			concepts: ['C5', 'C17'],
			reference: {
				settings: { name: 'momentum', lr: 0.05, momentum: 0.8 },
				start: { w: 1.8 },
				seed: 0
			},
			intendedFailure: {
				run: run(0.05, 1.8),
				expect: 'local-minimum',
				lesson: {
					en: 'Plain gradient descent with η = 0.05 stops in the shallow valley: a local minimum is not the lowest point.',
					ko: 'η = 0.05의 기본 경사하강법은 얕은 골짜기에서 멈춥니다. 지역 최솟값이 가장 낮은 곳은 아닙니다.'
				}
			}
		}
	]
};
