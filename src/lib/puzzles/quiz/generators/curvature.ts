// Curvature (C19, C20): the sign of f'' and concavity in 1-D, and the Hessian's eigenvalues of a
// seeded quadratic f = ax² + by² + cxy, which classify its stationary point at the origin. The
// Hessian comes from the engine; reference seeds show CURRICULUM's 2x² + 3y² − xy (5 ± √2).
import { parse } from '../../../engine';
import { nonZeroInt, pick } from '../../random';
import { concavity, secondDerivative } from './curvature-1d';
import {
	choice,
	form,
	generator,
	isReference,
	matTex,
	num,
	numeric,
	order,
	plainTex,
	sumSource,
	sumTex,
	t,
	tex,
	type Ctx,
	type Rand,
	type Term
} from './b-kit';
import { eig2, KIND_NAME, KIND_WHY, pointKind, type PointKind } from './b-math';

export interface Quad {
	readonly a: number;
	readonly b: number;
	readonly c: number;
}

const quadTerms = (q: Quad): Term[] => [
	{ c: q.a, src: 'x^2', tex: 'x^2' },
	{ c: q.b, src: 'y^2', tex: 'y^2' },
	{ c: q.c, src: 'x*y', tex: 'xy' }
];

/** A quadratic with a non-zero cross term whose origin is of `kind` (any kind if undefined). */
export function drawQuad(r: Rand, kind?: Exclude<PointKind, 'flat'>): Quad {
	for (;;) {
		const q = { a: nonZeroInt(r, -4, 4), b: nonZeroInt(r, -4, 4), c: nonZeroInt(r, -3, 3) };
		const det = 4 * q.a * q.b - q.c * q.c;
		const got = det < 0 ? 'saddle' : det > 0 ? (q.a > 0 ? 'min' : 'max') : undefined;
		if (got !== undefined && (kind === undefined || got === kind)) return q;
	}
}

const REFERENCE: Quad = { a: 2, b: 3, c: -1 };
const quadOrReference = (r: Rand, seed: number) => (isReference(seed) ? REFERENCE : drawQuad(r));

/** The engine's Hessian at the origin, its eigenvalues, and their exact form m ± √d. */
export function analyseQuad(q: Quad) {
	const h = parse(sumSource(quadTerms(q))).hessian({ x: 0, y: 0 });
	const [hi, lo] = eig2(h);
	const m = (h[0][0] + h[1][1]) / 2;
	const d = ((h[0][0] - h[1][1]) / 2) ** 2 + h[0][1] ** 2;
	const root = Number.isInteger(Math.sqrt(d)) ? tex(Math.sqrt(d)) : `\\sqrt{${tex(d)}}`;
	const exact = `${m === 0 ? '' : tex(m)} \\pm ${root}`;
	return { h, hi, lo, exact, kind: pointKind([hi, lo]) };
}

const quadTex = (q: Quad) => `f(x, y) = ${sumTex(quadTerms(q))}`;

function eigenWords(q: Quad) {
	const { h, hi, lo, exact } = analyseQuad(q);
	return {
		explanation: t(
			`The Hessian of a quadratic is constant: its diagonal holds 2a and 2b, its off-diagonal c. Its eigenvalues are the mean of the diagonal ± √(((p − r)/2)² + q²): ${num(hi)} and ${num(lo)}.`,
			`이차식의 헤세 행렬은 상수입니다. 대각에는 2a와 2b, 대각 밖에는 c가 있습니다. 고윳값은 대각 평균 ± √(((p − r)/2)² + q²)이므로 λ₁ = ${num(hi)}, λ₂ = ${num(lo)}입니다.`
		),
		explanationTex: `H = ${matTex(h)},\\quad \\lambda = \\tfrac{p + r}{2} \\pm \\sqrt{\\left(\\tfrac{p - r}{2}\\right)^2 + q^2} = ${exact}`
	};
}

const classify = form(
	(r, seed) => (isReference(seed) ? REFERENCE : drawQuad(r, pick(r, ['min', 'max', 'saddle']))),
	(ctx, q) => {
		const { h, hi, lo, kind } = analyseQuad(q);
		const options = (['min', 'max', 'saddle', 'flat'] as const).map((k) => ({
			key: k,
			text: KIND_NAME[k]
		}));
		const words = {
			prompt: t(
				'The origin is a stationary point of this function (its gradient is zero there). What kind of point is it? Use the eigenvalues of the Hessian.',
				'원점은 이 함수의 정류점입니다(기울기가 0). 헤세 행렬의 고윳값으로 어떤 점인지 판정하세요.'
			),
			promptTex: quadTex(q),
			explanation: t(
				`H = [[${num(h[0][0])}, ${num(h[0][1])}], [${num(h[1][0])}, ${num(h[1][1])}]] has eigenvalues ${num(hi)} and ${num(lo)}. ${KIND_WHY[kind].en}`,
				`H = [[${num(h[0][0])}, ${num(h[0][1])}], [${num(h[1][0])}, ${num(h[1][1])}]]의 고윳값은 λ₁ = ${num(hi)}, λ₂ = ${num(lo)}입니다. ${KIND_WHY[kind].ko}`
			),
			explanationTex: `H = ${matTex(h)},\\quad \\lambda_1 \\approx ${tex(hi)},\\ \\lambda_2 \\approx ${tex(lo)}`
		};
		return choice(ctx, words, options, kind);
	}
);

const eigen = (which: 'hi' | 'lo') =>
	form(quadOrReference, (ctx: Ctx, q: Quad) => {
		const a = analyseQuad(q);
		const prompt =
			which === 'hi'
				? t(
						'What is the larger eigenvalue of the Hessian of this function?',
						'이 함수의 헤세 행렬의 고윳값 중 큰 것은 얼마입니까?'
					)
				: t(
						'What is the smaller eigenvalue of the Hessian of this function?',
						'이 함수의 헤세 행렬의 고윳값 중 작은 것은 얼마입니까?'
					);
		return numeric(ctx, { prompt, promptTex: quadTex(q), ...eigenWords(q) }, a[which]);
	});

const eigenPair = form(quadOrReference, (ctx, q) => {
	const { hi, lo, h } = analyseQuad(q);
	const pair = (x: number, y: number) => ({
		key: `eig-${tex(x)}-${tex(y)}`,
		text: t(`${num(x)} and ${num(y)}`, `${num(x)}, ${num(y)}`),
		tex: `\\lambda_1 \\approx ${tex(x)},\\ \\lambda_2 \\approx ${tex(y)}`
	});
	const diag = [h[0][0], h[1][1]].sort((u, v) => v - u);
	const candidates = [
		pair(hi, lo), // the eigenvalues
		pair(diag[0], diag[1]), // reading the eigenvalues off the diagonal
		pair(hi / 2, lo / 2), // forgetting that ∂²(ax²)/∂x² = 2a
		pair(-lo, -hi), // the eigenvalues of −H
		// the diagonal's mean ± the off-diagonal entry, ignoring the diagonal's spread
		pair((diag[0] + diag[1]) / 2 + Math.abs(h[0][1]), (diag[0] + diag[1]) / 2 - Math.abs(h[0][1]))
	];
	const seen = new Set<string>();
	const options = candidates.filter((o) => !seen.has(o.tex) && seen.add(o.tex)).slice(0, 4);
	const words = {
		prompt: t(
			'Which pair are the eigenvalues of the Hessian of this function?',
			'이 함수의 헤세 행렬의 고윳값은 어느 쌍입니까?'
		),
		promptTex: quadTex(q),
		...eigenWords(q)
	};
	return choice(ctx, words, options, candidates[0].key);
});

const orderSharpness = form(
	(r) => {
		for (;;) {
			const bowls = [0, 1, 2, 3].map(() => drawQuad(r, 'min'));
			const peaks = bowls.map((q) => analyseQuad(q).hi).sort((u, v) => u - v);
			if (peaks.every((p, i) => i === 0 || p - peaks[i - 1] >= 0.1)) return bowls;
		}
	},
	(ctx, bowls) => {
		const items = bowls
			.map((q, i) => ({ q, i, peak: analyseQuad(q).hi }))
			.sort((u, v) => u.peak - v.peak);
		const options = items.map(({ q, i }) => {
			const formula = sumTex(quadTerms(q));
			return { key: String(i), text: t(plainTex(formula), plainTex(formula)), tex: formula };
		});
		const list = items.map(({ q, peak }) => `${sumTex(quadTerms(q))}: ${num(peak)}`).join('; ');
		const words = {
			prompt: t(
				'Each of these bowls has its minimum at the origin. Order them from the gentlest to the sharpest curvature, judged by the largest eigenvalue λmax of the Hessian.',
				'이 그릇 모양 함수들은 모두 원점에서 최솟값을 가집니다. 헤세 행렬의 가장 큰 고윳값 λmax로 판단하여 가장 완만한 것부터 가장 가파르게 휜 것 순서로 나열하세요.'
			),
			explanation: t(
				`λmax of each: ${list}. The sharper the bowl, the smaller the learning rate gradient descent can use (it needs η < 2/λmax).`,
				`각 λmax: ${list}. 더 가파르게 휜 그릇일수록 경사하강법이 쓸 수 있는 학습률이 작아집니다(η < 2/λmax 필요).`
			),
			explanationTex:
				'\\lambda_{\\max} = \\tfrac{p + r}{2} + \\sqrt{\\left(\\tfrac{p - r}{2}\\right)^2 + q^2}'
		};
		return order(ctx, words, options);
	}
);

export const curvatureForms = {
	classify,
	'eigen-max': eigen('hi'),
	'eigen-min': eigen('lo'),
	'eigen-pair': eigenPair,
	'second-derivative': secondDerivative,
	concavity,
	'order-sharpness': orderSharpness
};

export const curvature = generator('curvature', 'curvature', curvatureForms);
export const CURVATURE_REFERENCE = REFERENCE;
