// One Newton step by hand (C21), with the gradient and Hessian from the engine: in 1-D
// x₁ = x₀ − g'(x₀)/g''(x₀), in 2-D x₁ = x₀ − H⁻¹∇f. Reference seeds show CURRICULUM's examples:
// eˣ − ln x from 0.05 (→ 0.0972476) and the quartic from (4, 4) (→ (2.582739, 2.621289)).
import { parse } from '../../../engine';
import { int, nonZeroInt, pick } from '../../random';
import {
	form,
	isReference,
	matTex,
	num,
	numeric,
	sumSource,
	sumTex,
	t,
	tex,
	vecTex,
	type Term
} from './b-kit';
import { solve2 } from './b-math';

/** One Newton step on the engine formula `source` from `at` (variables in sorted order). */
export function newtonStep(source: string, at: Record<string, number>) {
	const e = parse(source);
	const g = e.gradient(at);
	const h = e.hessian(at);
	const grad = e.variables.map((v) => g[v]);
	const delta =
		grad.length === 1
			? [-grad[0] / h[0][0]]
			: solve2(
					h,
					grad.map((v) => -v)
				);
	if (!delta) throw new Error(`Singular Hessian at ${JSON.stringify(at)}`);
	const next = e.variables.map((v, i) => at[v] + delta[i]);
	return { grad, h, next };
}

export type Family = 'exp-log' | 'quartic' | 'softplus';

export interface Step1d {
	readonly family: Family;
	readonly k: number;
	readonly b: number;
	readonly x0: number;
}

const SOURCE: Record<Family, (p: Step1d) => string> = {
	'exp-log': (p) => `exp(x) - (${p.k})*log(x)`,
	quartic: (p) => `x^4 + (${p.k})*x^2 + (${p.b})*x`,
	softplus: (p) => `log(1 + exp(x)) + (${p.k})*x^2 + (${p.b})*x`
};
const TEX: Record<Family, (p: Step1d) => string> = {
	'exp-log': (p) => `e^{x} - ${p.k === 1 ? '' : tex(p.k)}\\ln x`,
	quartic: (p) =>
		sumTex([
			{ c: 1, src: '', tex: 'x^4' },
			{ c: p.k, src: '', tex: 'x^2' },
			{ c: p.b, src: '', tex: 'x' }
		]),
	softplus: (p) =>
		`\\ln(1 + e^{x}) ${sumTex([
			{ c: p.k, src: '', tex: 'x^2' },
			{ c: p.b, src: '', tex: 'x' }
		]).replace(/^(?!-)/, '+ ')}`
};

export const step1dSource = (p: Step1d) => SOURCE[p.family](p);

export const step1d = form(
	(r, seed): Step1d => {
		if (isReference(seed)) return { family: 'exp-log', k: 1, b: 0, x0: 0.05 };
		const family = pick<Family>(r, ['exp-log', 'quartic', 'softplus']);
		if (family === 'exp-log')
			return { family, k: pick(r, [0.5, 1, 2]), b: 0, x0: int(r, 1, 15) / 10 };
		return { family, k: int(r, 1, 3), b: nonZeroInt(r, -4, 4), x0: nonZeroInt(r, -2, 2) };
	},
	(ctx, p) => {
		const { grad, h, next } = newtonStep(step1dSource(p), { x: p.x0 });
		const words = {
			prompt: t(
				`Take one step of Newton's method to minimise g, starting from $x_0 = ${tex(p.x0)}$. What is $x_1$?`,
				`뉴턴 방법으로 g를 최소화하려고 합니다. $x_0 = ${tex(p.x0)}$에서 한 걸음 가면 $x_1$은 얼마입니까?`
			),
			promptTex: `g(x) = ${TEX[p.family](p)}`,
			explanation: t(
				`Newton's method looks for a zero of g', using g'' as its slope: g'(x₀) = ${num(grad[0])}, g''(x₀) = ${num(h[0][0])}, so x₁ = ${num(p.x0)} − (${num(grad[0])})/(${num(h[0][0])}) = ${num(next[0], 6)}.`,
				`뉴턴 방법은 g''을 기울기로 써서 g'의 영점을 찾습니다. g'(x₀) = ${num(grad[0])}, g''(x₀) = ${num(h[0][0])}이므로 x₁ = ${num(p.x0)} − (${num(grad[0])})/(${num(h[0][0])}) = ${num(next[0], 6)}입니다.`
			),
			explanationTex: `x_1 = x_0 - \\frac{g'(x_0)}{g''(x_0)} = ${tex(p.x0)} - \\frac{${tex(grad[0])}}{${tex(h[0][0])}} \\approx ${tex(next[0], 6)}`
		};
		return numeric(ctx, words, next[0]);
	}
);

export interface Step2d {
	readonly alpha: number;
	readonly beta: number;
	readonly gamma: number;
	readonly delta: number;
	readonly start: readonly [number, number];
	readonly coordinate: 0 | 1;
}

const quarticTerms = (p: Step2d): Term[] => [
	{ c: 1, src: 'x^4', tex: 'x^4' },
	{ c: p.alpha, src: 'y^4', tex: 'y^4' },
	{ c: p.beta, src: 'x^2', tex: 'x^2' },
	{ c: p.gamma, src: 'y^2', tex: 'y^2' },
	{ c: -1, src: 'x*y', tex: 'xy' },
	{ c: -p.delta, src: 'x^2*y', tex: 'x^2y' }
];

export const step2dSource = (p: Step2d) => sumSource(quarticTerms(p));

/** The second half of a 2-D step question: which coordinate, the words and the answer. */
function step2dQuestion(
	ctx: Parameters<typeof numeric>[0],
	source: string,
	fTex: string,
	start: readonly number[],
	coordinate: 0 | 1,
	extra: { en: string; ko: string }
) {
	const { grad, h, next } = newtonStep(source, { x: start[0], y: start[1] });
	const name = coordinate === 0 ? 'x' : 'y';
	const words = {
		prompt: t(
			`One step of Newton's method, $\\mathbf{x}_1 = \\mathbf{x}_0 - H^{-1}\\nabla f$, from $\\mathbf{x}_0 = ${vecTex(start)}$. What is the ${name}-coordinate of $\\mathbf{x}_1$?`,
			`뉴턴 방법 한 걸음 $\\mathbf{x}_1 = \\mathbf{x}_0 - H^{-1}\\nabla f$를 $\\mathbf{x}_0 = ${vecTex(start)}$에서 시작합니다. $\\mathbf{x}_1$의 ${name} 좌표는 얼마입니까?`
		),
		promptTex: `f(x, y) = ${fTex}`,
		explanation: t(
			`At x₀ the engine gives ∇f = (${grad.map((v) => num(v)).join(', ')}) and the Hessian H below; solving H·Δ = −∇f gives Δ = (${next.map((v, i) => num(v - start[i])).join(', ')}), so x₁ = (${next.map((v) => num(v, 6)).join(', ')}).${extra.en}`,
			`x₀에서 ∇f = (${grad.map((v) => num(v)).join(', ')})이고 헤세 행렬 H는 아래와 같습니다. H·Δ = −∇f를 풀면 Δ = (${next.map((v, i) => num(v - start[i])).join(', ')})이므로 x₁ = (${next.map((v) => num(v, 6)).join(', ')})입니다.${extra.ko}`
		),
		explanationTex: `H = ${matTex(h)},\\quad \\mathbf{x}_1 = \\mathbf{x}_0 - H^{-1}\\nabla f(\\mathbf{x}_0) \\approx ${vecTex(next.map((v) => Number(v.toPrecision(6))))}`
	};
	return numeric(ctx, words, next[coordinate]);
}

export const step2d = form(
	(r, seed): Step2d => {
		if (isReference(seed)) {
			return {
				alpha: 0.8,
				beta: 4,
				gamma: 2,
				delta: 0.2,
				start: [4, 4],
				coordinate: seed % 16 === 0 ? 0 : 1
			};
		}
		return {
			alpha: pick(r, [0.5, 0.8, 1]),
			beta: int(r, 2, 4),
			gamma: int(r, 1, 3),
			delta: pick(r, [0, 0.2, 0.5]),
			start: [nonZeroInt(r, -4, 4), nonZeroInt(r, -4, 4)],
			coordinate: pick(r, [0, 1] as const)
		};
	},
	(ctx, p) =>
		step2dQuestion(ctx, step2dSource(p), sumTex(quarticTerms(p)), p.start, p.coordinate, {
			en: '',
			ko: ''
		})
);

export interface Bowl {
	readonly a: number;
	readonly b: number;
	readonly c: number;
	readonly d: number;
	readonly e: number;
	readonly start: readonly [number, number];
	readonly coordinate: 0 | 1;
}

const bowlTerms = (p: Bowl): Term[] => [
	{ c: p.a, src: 'x^2', tex: 'x^2' },
	{ c: p.b, src: 'y^2', tex: 'y^2' },
	{ c: p.c, src: 'x*y', tex: 'xy' },
	{ c: p.d, src: 'x', tex: 'x' },
	{ c: p.e, src: 'y', tex: 'y' }
];

export const quadratic = form(
	(r): Bowl => {
		for (;;) {
			const a = int(r, 1, 3);
			const b = int(r, 1, 3);
			const c = int(r, -2, 2);
			const bowl = { a, b, c, d: nonZeroInt(r, -6, 6), e: nonZeroInt(r, -6, 6) };
			const start: [number, number] = [int(r, -3, 3), int(r, -3, 3)];
			if (4 * a * b - c * c > 0) return { ...bowl, start, coordinate: pick(r, [0, 1] as const) };
		}
	},
	(ctx, p) =>
		step2dQuestion(ctx, sumSource(bowlTerms(p)), sumTex(bowlTerms(p)), p.start, p.coordinate, {
			en: " On a quadratic bowl Newton's local model is the function itself, so this one step lands exactly on the minimum, from any start.",
			ko: ' 이차 함수에서는 뉴턴 방법의 국소 이차 모델이 함수 자체와 같으므로, 어디서 출발하든 이 한 걸음이 정확히 최솟값에 도착합니다.'
		})
);
