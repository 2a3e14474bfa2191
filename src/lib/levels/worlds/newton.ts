// World 6: Newton's method, x ← x − H⁻¹∇f. It uses the curvature (the Hessian) to jump to the
// bottom of the local parabola: a few steps where gradient descent needs hundreds, but it heads
// for any stationary point (a saddle too), fails where H is singular, and each step costs the
// Hessian too (cost.ts: 1 + n gradient evaluations). The numbers are CURRICULUM.md's.
import type { AllowedOptimizer, World } from '../schema';

const WORLD = 'newtons-shortcut';
const newton: AllowedOptimizer = { name: 'newton', lr: [0.1, 1] };
const x0 = { x: 0.05 };
const quartic = { x: 4, y: 4 };
const banana = { x: -1.2, y: 1 };
const twist = { x: 0.3, y: -0.3 };
const trough = { x: 2, y: -1 };
const cosh = { x: 1.5, y: -1 };
const square: Record<string, [number, number]> = { x: [-3, 3], y: [-3, 3] };

export const NEWTON: World = {
	id: WORLD,
	title: { en: 'Newton’s shortcut', ko: '뉴턴의 지름길' },
	intro: {
		en: 'The second derivative tells how the slope changes. Newton’s method fits a parabola with it and jumps straight to that parabola’s bottom.',
		ko: '이계도함수는 기울기가 어떻게 변하는지 알려 줍니다. 뉴턴 방법은 이를 이용해 포물선을 맞추고, 그 포물선의 바닥으로 곧장 뛰어갑니다.'
	},
	concepts: ['C19', 'C20', 'C21'],
	levels: [
		{
			id: 'newton-1d',
			version: 1,
			world: WORLD,
			title: { en: 'Seven steps', ko: '일곱 걸음' },
			intro: {
				en: 'Minimise eˣ − ln x from x = 0.05 to within a millionth of the true minimum in at most 10 steps.',
				ko: 'x = 0.05에서 출발해 eˣ − ln x를 최소화하세요. 10걸음 안에 진짜 최솟값의 백만분의 일 이내로 다가가야 합니다.'
			},
			landscape: { kind: 'registry', id: 'exp-log-1d' },
			start: { kind: 'fixed', at: x0 },
			optimizers: [{ name: 'gd', lr: [0.001, 0.2] }, newton],
			budget: { steps: 10 },
			goal: { kind: 'reach', minimum: 'minimum', radius: 1e-6 },
			stars: { by: 'steps', two: 9, three: 7 },
			hints: [
				{
					en: 'Newton’s step is −g′(x)/g″(x): the slope divided by the curvature.',
					ko: '뉴턴 방법의 한 걸음은 −g′(x)/g″(x), 즉 기울기를 곡률로 나눈 값입니다.'
				}
			],
			concepts: ['C19', 'C21'],
			reference: { settings: { name: 'newton', lr: 1 }, start: x0, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.05 }, start: x0, seed: 0 },
				expect: 'crawling',
				lesson: {
					en: 'Gradient descent gets close but, with a fixed rate, closes the last gap only slowly.',
					ko: '경사하강법은 가까이 가지만, 학습률이 고정되어 있어 마지막 간격을 느리게 좁힙니다.'
				}
			}
		},
		{
			id: 'newton-2d',
			version: 1,
			world: WORLD,
			title: { en: 'Newton in two dimensions', ko: '2차원 뉴턴 방법' },
			intro: {
				en: 'f = x⁴ + 0.8y⁴ + 4x² + 2y² − xy − 0.2x²y from (4, 4). The gradient is a vector now and the second derivative a 2×2 Hessian.',
				ko: 'f = x⁴ + 0.8y⁴ + 4x² + 2y² − xy − 0.2x²y를 (4, 4)에서 출발해 최소화합니다. 이제 기울기는 벡터이고 이계도함수는 2×2 헤세 행렬입니다.'
			},
			landscape: { kind: 'registry', id: 'newton-quartic' },
			start: { kind: 'fixed', at: quartic },
			optimizers: [{ name: 'gd', lr: [0.001, 0.02] }, newton],
			budget: { steps: 10 },
			goal: { kind: 'reach', minimum: 'minimum', radius: 1e-6 },
			stars: { by: 'steps', two: 9, three: 7 },
			hints: [
				{
					en: 'At the minimum the Hessian is [[8, −1], [−1, 4]]: both eigenvalues are positive, so it is a minimum.',
					ko: '최솟값에서 헤세 행렬은 [[8, −1], [−1, 4]]이고 두 고윳값이 모두 양수이므로 최솟값입니다.'
				}
			],
			concepts: ['C20', 'C21'],
			reference: { settings: { name: 'newton', lr: 1 }, start: quartic, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.01 }, start: quartic, seed: 0 },
				expect: 'crawling',
				lesson: {
					en: 'The steep quartic walls force gradient descent to a small rate; ten steps leave it far from the bottom.',
					ko: '가파른 4차 벽 때문에 경사하강법은 작은 학습률을 써야 하고, 열 걸음 뒤에도 바닥에서 멀리 있습니다.'
				}
			}
		},
		{
			id: 'rosenbrock-detour',
			version: 1,
			world: WORLD,
			title: { en: 'The detour', ko: '돌아가는 길' },
			intro: {
				en: 'Pure Newton on Rosenbrock’s banana from (−1.2, 1). Watch the loss: 24.2, then 4.73, then 1411.8… and still it arrives in six steps.',
				ko: '(−1.2, 1)에서 로젠브록 바나나에 순수 뉴턴 방법을 씁니다. 손실을 지켜보세요. 24.2, 4.73, 그리고 1411.8… 그래도 여섯 걸음 만에 도착합니다.'
			},
			landscape: { kind: 'registry', id: 'rosenbrock' },
			bounds: { x: [-2, 2], y: [-4, 3] },
			start: { kind: 'fixed', at: banana },
			optimizers: [{ name: 'gd', lr: [0.0001, 0.002] }, newton],
			budget: { steps: 10 },
			goal: { kind: 'reach', minimum: 'minimum', radius: 1e-6 },
			stars: { by: 'steps', two: 8, three: 6 },
			hints: [
				{
					en: 'Newton does not promise that every step goes down; it promises fast arrival once it is close.',
					ko: '뉴턴 방법은 모든 걸음이 내려간다고 약속하지 않습니다. 가까워진 다음에는 빨리 도착한다고 약속할 뿐입니다.'
				}
			],
			concepts: ['C21', 'C19'],
			reference: { settings: { name: 'newton', lr: 1 }, start: banana, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'gd', lr: 0.001 }, start: banana, seed: 0 },
				expect: 'crawling',
				lesson: {
					en: 'In ten steps gradient descent has barely started along the banana.',
					ko: '열 걸음 동안 경사하강법은 바나나를 따라 겨우 출발했을 뿐입니다.'
				}
			}
		},
		{
			id: 'cubic-twist',
			version: 1,
			world: WORLD,
			title: { en: 'Newton loves a saddle', ko: '안장점을 좋아하는 뉴턴' },
			intro: {
				en: 'With 2y³ in place of 2y² the origin becomes a saddle (Hessian [[8, −1], [−1, 0]], determinant −1). Reach the deep valley in the south.',
				ko: '2y² 대신 2y³을 넣으면 원점이 안장점이 됩니다(헤세 행렬 [[8, −1], [−1, 0]], 행렬식 −1). 남쪽의 깊은 골짜기에 도착하세요.'
			},
			landscape: { kind: 'registry', id: 'newton-saddle' },
			start: { kind: 'fixed', at: twist },
			optimizers: [{ name: 'gd', lr: [0.005, 0.1] }, newton],
			budget: { steps: 40 },
			goal: { kind: 'reach', minimum: 'south', radius: 0.01 },
			stars: { by: 'steps', two: 35, three: 25 },
			hints: [
				{
					en: 'Newton looks for a point where the gradient is zero. A saddle is such a point.',
					ko: '뉴턴 방법은 기울기가 0인 점을 찾습니다. 안장점도 그런 점입니다.'
				}
			],
			concepts: ['C20', 'C21'],
			reference: { settings: { name: 'gd', lr: 0.05 }, start: twist, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'newton', lr: 1 }, start: twist, seed: 0 },
				expect: 'saddle',
				lesson: {
					en: 'Newton jumps to the saddle at the origin and stays: the gradient is zero there, so it sees nothing left to do.',
					ko: '뉴턴 방법은 원점의 안장점으로 뛰어가 머뭅니다. 그곳의 기울기가 0이라 더 할 일이 없다고 봅니다.'
				}
			}
		},
		{
			id: 'flat-trough',
			version: 1,
			world: WORLD,
			title: { en: 'A flat-bottomed trough', ko: '바닥이 평평한 여물통' },
			intro: {
				en: 'f = (x − y)² is lowest along the whole line x = y. Get the loss below 0.0001.',
				ko: 'f = (x − y)²는 직선 x = y 전체에서 가장 낮습니다. 손실을 0.0001 아래로 낮추세요.'
			},
			landscape: { kind: 'formula', formula: '(x - y)^2' },
			bounds: square,
			start: { kind: 'fixed', at: trough },
			optimizers: [{ name: 'gd', lr: [0.01, 0.3] }, newton],
			budget: { steps: 20 },
			goal: { kind: 'loss', below: 0.0001 },
			stars: { by: 'steps', two: 10, three: 4 },
			hints: [
				{
					en: 'The Hessian is [[2, −2], [−2, 2]]: its determinant is 0, so it has no inverse.',
					ko: '헤세 행렬은 [[2, −2], [−2, 2]]이고 행렬식이 0이라 역행렬이 없습니다.'
				}
			],
			concepts: ['C20', 'C21'],
			reference: { settings: { name: 'gd', lr: 0.2 }, start: trough, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'newton', lr: 1 }, start: trough, seed: 0 },
				expect: 'singular',
				lesson: {
					en: 'Newton needs H⁻¹, and a singular Hessian has none: the method cannot take a single step.',
					ko: '뉴턴 방법에는 H⁻¹이 필요한데, 특이 헤세 행렬에는 역행렬이 없습니다. 한 걸음도 내딛지 못합니다.'
				}
			}
		},
		{
			id: 'price-of-the-hessian',
			version: 1,
			world: WORLD,
			title: { en: 'The price of the Hessian', ko: '헤세 행렬의 값' },
			intro: {
				en: 'Now you pay for what you compute: a gradient costs 1, a Hessian costs 2 more here (one per variable). You have 8 evaluations to bring 2cosh x + 2cosh y within 0.000001 of its minimum 4.',
				ko: '이제 계산한 만큼 값을 치릅니다. 기울기는 1, 헤세 행렬은 여기서 2를 더 냅니다(변수마다 1). 평가 8번으로 2cosh x + 2cosh y를 최솟값 4의 0.000001 이내로 낮추세요.'
			},
			landscape: { kind: 'formula', formula: 'exp(x) + exp(-x) + exp(y) + exp(-y)' },
			bounds: square,
			start: { kind: 'fixed', at: cosh },
			optimizers: [{ name: 'gd', lr: [0.05, 0.5] }, newton],
			budget: { steps: 30, evaluations: 8 },
			goal: { kind: 'loss', below: 4.000001 },
			stars: { by: 'evaluations', two: 7, three: 5 },
			hints: [
				{
					en: 'Near the bottom the curvature is 2 in both directions, so gradient descent with η near 1/2 is almost as good as Newton, at a third of the price per step.',
					ko: '바닥 근처에서는 두 방향 모두 곡률이 2이므로, η가 1/2 근처인 경사하강법은 걸음당 3분의 1 값으로 뉴턴 방법만큼 좋습니다.'
				}
			],
			concepts: ['C21', 'C19'],
			reference: { settings: { name: 'gd', lr: 0.4 }, start: cosh, seed: 0 },
			intendedFailure: {
				run: { settings: { name: 'newton', lr: 1 }, start: cosh, seed: 0 },
				expect: 'over-budget',
				lesson: {
					en: 'Newton needs three steps here, but each costs 3 evaluations: 9 is over the budget of 8.',
					ko: '여기서 뉴턴 방법은 세 걸음이면 되지만 걸음마다 평가 3번이 들어 9번이 됩니다. 예산 8번을 넘습니다.'
				}
			}
		}
	]
};
