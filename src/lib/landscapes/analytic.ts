// The analytic surfaces the first worlds walk on. Each is a formula the engine parses (so gradients
// and Hessians are exact), with its map edges, suggested starts and every critical point on the
// map, classified by the Hessian's eigenvalues (analytic.test.ts re-derives each one).
import { parse } from '../engine';
import type { CriticalPoint, Landscape, LandscapeEntry, Point, Text } from './types';

interface Spec {
	id: string;
	name: Text;
	description: Text;
	formula: string;
	bounds: Landscape['bounds'];
	starts: Point[];
	critical: CriticalPoint[];
}

const min = (id: string, at: Point, value: number, global = false): CriticalPoint => ({
	id,
	at,
	kind: 'minimum',
	value,
	global
});
const saddle = (id: string, at: Point, value: number): CriticalPoint => ({
	id,
	at,
	kind: 'saddle',
	value
});
const max = (id: string, at: Point, value: number): CriticalPoint => ({
	id,
	at,
	kind: 'maximum',
	value
});

const SPECS: Spec[] = [
	{
		id: 'bowl-1d',
		name: { en: 'The first bowl', ko: '첫 번째 그릇' },
		description: {
			en: 'A parabola with one lowest point at w = 2. Its curvature is 2, so any learning rate below 1 converges and anything above 1 flies away.',
			ko: 'w = 2에서 가장 낮은 포물선입니다. 곡률이 2이므로 학습률이 1보다 작으면 수렴하고 1보다 크면 튕겨 나갑니다.'
		},
		formula: '(w - 2)^2 + 1',
		bounds: { w: [-4, 8] },
		starts: [{ w: -3 }, { w: 7 }],
		critical: [min('bottom', { w: 2 }, 1, true)]
	},
	{
		id: 'double-well-1d',
		name: { en: 'Two valleys', ko: '두 개의 골짜기' },
		description: {
			en: 'Two valleys separated by a hump. The left one is deeper; which one you reach depends on where you start and how far you step.',
			ko: '언덕 하나를 사이에 둔 두 골짜기입니다. 왼쪽이 더 깊으며, 어디서 출발하고 얼마나 크게 걷는지에 따라 도착하는 곳이 달라집니다.'
		},
		formula: '(w^2 - 1)^2 + 0.3*w',
		bounds: { w: [-2, 2] },
		starts: [{ w: 1.8 }, { w: -1.8 }],
		critical: [
			min('left', { w: -1.035578714 }, -0.305428484, true),
			max('hump', { w: 0.075429159 }, 1.011282),
			min('right', { w: 0.960149556 }, 0.294146481)
		]
	},
	{
		id: 'ravine',
		name: { en: 'The ravine', ko: '협곡' },
		description: {
			en: 'A long, narrow valley running diagonally: 25 times steeper across than along. Plain gradient descent zig-zags between its walls; momentum rolls along the floor.',
			ko: '대각선으로 길고 좁게 뻗은 골짜기로, 가로 방향이 세로 방향보다 25배 가파릅니다. 기본 경사하강법은 벽 사이를 지그재그로 오가고, 모멘텀은 바닥을 따라 굴러갑니다.'
		},
		formula: '0.25*(x + y)^2 + 6.25*(x - y)^2',
		bounds: { x: [-10, 10], y: [-10, 10] },
		starts: [
			{ x: -9, y: -3 },
			{ x: 8, y: 3 }
		],
		critical: [min('floor', { x: 0, y: 0 }, 0, true)]
	},
	{
		id: 'rosenbrock',
		name: { en: 'Rosenbrock’s banana', ko: '로젠브록 바나나' },
		description: {
			en: 'A curved, nearly flat valley whose floor bends like a banana. Finding the valley is easy; following it to (1, 1) is not.',
			ko: '바닥이 바나나처럼 휘어진 거의 평평한 골짜기입니다. 골짜기를 찾기는 쉽지만 (1, 1)까지 따라가기는 어렵습니다.'
		},
		formula: '(1 - x)^2 + 100*(y - x^2)^2',
		bounds: { x: [-2, 2], y: [-1, 3] },
		starts: [
			{ x: -1.2, y: 1 },
			{ x: -1.5, y: 2.5 }
		],
		critical: [min('minimum', { x: 1, y: 1 }, 0, true)]
	},
	{
		id: 'himmelblau',
		name: { en: 'Himmelblau’s four valleys', ko: '힘멜블라우의 네 골짜기' },
		description: {
			en: 'Four valleys of exactly the same depth around a single peak, with four saddles between them. Where you start decides where you end.',
			ko: '봉우리 하나를 둘러싼 똑같은 깊이의 네 골짜기와 그 사이의 안장점 넷이 있습니다. 출발점이 도착점을 정합니다.'
		},
		formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
		bounds: { x: [-5, 5], y: [-5, 5] },
		starts: [
			{ x: 0, y: 0 },
			{ x: -1, y: 1 },
			{ x: -1, y: -2 },
			{ x: 1, y: -1 }
		],
		critical: [
			min('north-east', { x: 3, y: 2 }, 0, true),
			min('north-west', { x: -2.805118087, y: 3.131312518 }, 0, true),
			min('south-west', { x: -3.77931025, y: -3.283185991 }, 0, true),
			min('south-east', { x: 3.58442834, y: -1.848126527 }, 0, true),
			max('peak', { x: -0.270844591, y: -0.923038556 }, 181.616522),
			saddle('saddle-north', { x: 0.086677505, y: 2.884254701 }, 67.7191501),
			saddle('saddle-west', { x: -3.073025751, y: -0.081353044 }, 104.015163),
			saddle('saddle-south', { x: -0.127961347, y: -1.95371498 }, 178.337239),
			saddle('saddle-east', { x: 3.385154184, y: 0.07385188 }, 13.3119263)
		]
	},
	{
		id: 'beale',
		name: { en: 'Beale’s canyon', ko: '빌의 협곡' },
		description: {
			en: 'Flat plateaus and steep cliffs around a narrow valley at (3, 0.5). The gradient changes size by orders of magnitude across the map.',
			ko: '(3, 0.5)의 좁은 골짜기 주변에 평평한 고원과 가파른 절벽이 있습니다. 지도 위에서 기울기의 크기가 수십, 수백 배씩 달라집니다.'
		},
		formula: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
		bounds: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
		starts: [
			{ x: 1, y: 1.5 },
			{ x: -2, y: 2 }
		],
		critical: [
			min('minimum', { x: 3, y: 0.5 }, 0, true),
			saddle('saddle-axis', { x: 0, y: 1 }, 14.203125),
			saddle('saddle-south', { x: 0.100537937, y: -2.644513585 }, 9.86451228)
		]
	},
	{
		id: 'saddle',
		name: { en: 'The saddle', ko: '안장' },
		description: {
			en: 'Downhill in one direction, uphill in the other. The centre has zero slope but is no minimum: the Hessian has one positive and one negative eigenvalue.',
			ko: '한 방향으로는 내리막, 다른 방향으로는 오르막입니다. 가운데는 기울기가 0이지만 최솟값이 아닙니다. 헤세 행렬의 고윳값이 하나는 양수, 하나는 음수입니다.'
		},
		formula: 'x^2 - y^2',
		bounds: { x: [-2, 2], y: [-2, 2] },
		starts: [
			{ x: 1.8, y: 0.001 },
			{ x: 1.8, y: 0.3 }
		],
		critical: [saddle('centre', { x: 0, y: 0 }, 0)]
	},
	{
		id: 'plateau',
		name: { en: 'The high plateau', ko: '높은 고원' },
		description: {
			en: 'A wide, almost flat tableland around a single well. Far from the well the gradient is tiny, so small steps barely move.',
			ko: '우물 하나를 둘러싼 넓고 거의 평평한 고원입니다. 우물에서 멀어지면 기울기가 아주 작아서 작은 걸음으로는 거의 움직이지 않습니다.'
		},
		formula: '1 - exp(-(x^2 + y^2)/2)',
		bounds: { x: [-4, 4], y: [-4, 4] },
		starts: [
			{ x: 3.2, y: 2.4 },
			{ x: -3, y: 3 }
		],
		critical: [min('well', { x: 0, y: 0 }, 0, true)]
	},
	{
		id: 'newton-quartic',
		name: { en: 'Newton’s bowl', ko: '뉴턴의 그릇' },
		description: {
			en: 'A steep quartic bowl with its minimum at the origin (Hessian [[8, −1], [−1, 4]] there). Newton’s method reaches it from (4, 4) in seven steps.',
			ko: '원점에 최솟값이 있는 가파른 4차 그릇입니다(그곳의 헤세 행렬은 [[8, −1], [−1, 4]]). 뉴턴 방법은 (4, 4)에서 일곱 걸음 만에 도착합니다.'
		},
		formula: 'x^4 + 0.8*y^4 + 4*x^2 + 2*y^2 - x*y - 0.2*x^2*y',
		bounds: { x: [-5, 5], y: [-5, 5] },
		starts: [
			{ x: 4, y: 4 },
			{ x: -4, y: 3 }
		],
		critical: [min('minimum', { x: 0, y: 0 }, 0, true)]
	},
	{
		id: 'newton-saddle',
		name: { en: 'The cubic twist', ko: '3차 비틀림' },
		description: {
			en: 'The same bowl with 2y³ in place of 2y²: the origin becomes a saddle, a shallow local minimum appears next to it, and the deepest valley moves south.',
			ko: '같은 그릇에서 2y² 대신 2y³을 넣으면 원점은 안장점이 되고, 바로 옆에 얕은 지역 최솟값이 생기며, 가장 깊은 골짜기는 남쪽으로 옮겨 갑니다.'
		},
		formula: 'x^4 + 0.8*y^4 + 4*x^2 + 2*y^3 - x*y - 0.2*x^2*y',
		bounds: { x: [-3, 3], y: [-3, 3] },
		starts: [
			{ x: 2, y: 2 },
			{ x: 0.5, y: 0.5 }
		],
		critical: [
			min('south', { x: -0.211793484, y: -1.892693146 }, -3.49655745, true),
			saddle('origin', { x: 0, y: 0 }, 0),
			min('shallow', { x: 0.002582455, y: 0.020638386 }, -8.92219805e-6)
		]
	},
	{
		id: 'exp-log-1d',
		name: { en: 'Newton in one dimension', ko: '1차원 뉴턴 방법' },
		description: {
			en: 'g(x) = eˣ − ln x has its minimum where eˣ = 1/x, at x ≈ 0.5671. Newton’s method gets there from 0.05 in seven steps.',
			ko: 'g(x) = eˣ − ln x는 eˣ = 1/x인 x ≈ 0.5671에서 최소입니다. 뉴턴 방법은 0.05에서 일곱 걸음 만에 도착합니다.'
		},
		formula: 'exp(x) - log(x)',
		bounds: { x: [0.01, 3] },
		starts: [{ x: 0.05 }, { x: 2.5 }],
		critical: [min('minimum', { x: 0.5671432904097838 }, 2.3303661247616807, true)]
	}
];

function build(spec: Spec): Landscape {
	const objective = parse(spec.formula);
	return {
		...spec,
		version: 1,
		family: 'analytic',
		objective,
		tex: objective.toLatex()
	};
}

/** The analytic landscapes, each parsed only when first used (a page that lists levels never is). */
export const ANALYTIC: readonly LandscapeEntry[] = SPECS.map((spec) => ({
	id: spec.id,
	build: () => build(spec)
}));
