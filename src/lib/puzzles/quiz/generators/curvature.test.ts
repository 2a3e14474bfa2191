// Curvature questions against independent routes: the Hessian written down by hand from the
// coefficients (2a, c, 2b), eigenvalues from the characteristic polynomial's quadratic formula,
// and f'' by central finite differences.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { sumTex } from './b-kit';
import { curvature, curvatureForms, type Quad } from './curvature';
import type { Cubic } from './curvature-1d';

const draw = <K extends keyof typeof curvatureForms>(form: K, seed: number) =>
	curvatureForms[form].draw(rng(seed), seed) as ReturnType<(typeof curvatureForms)[K]['draw']>;

/** Roots of λ² − tr·λ + det = 0 for H = [[2a, c], [c, 2b]]. */
function roots(q: Quad): [number, number] {
	const tr = 2 * q.a + 2 * q.b;
	const det = 4 * q.a * q.b - q.c * q.c;
	const disc = Math.sqrt(tr * tr - 4 * det);
	return [(tr + disc) / 2, (tr - disc) / 2];
}

const cubic = (p: Cubic, x: number) => p.a * x ** 3 + p.b * x ** 2 + p.c * x;
const fd2 = (p: Cubic) => {
	const h = 1e-3;
	return (cubic(p, p.x0 + h) - 2 * cubic(p, p.x0) + cubic(p, p.x0 - h)) / (h * h);
};
const numbersIn = (s: string) =>
	[...s.matchAll(/-?\d+(\.\d+)?(e-?\d+)?/g)].map((m) => Number(m[0]));
const formula = (q: Quad) =>
	sumTex([
		{ c: q.a, src: '', tex: 'x^2' },
		{ c: q.b, src: '', tex: 'y^2' },
		{ c: q.c, src: '', tex: 'xy' }
	]);

const verify: Record<string, (q: Question, seed: number) => void> = {
	classify(q, seed) {
		const p = draw('classify', seed);
		const det = 4 * p.a * p.b - p.c * p.c;
		const want = det < 0 ? 'saddle' : p.a > 0 ? 'minimum' : 'maximum';
		expect(answerChoice(q).text.en).toContain(want);
	},
	'eigen-max'(q, seed) {
		expect(numericAnswer(q)).toBeCloseTo(roots(draw('eigen-max', seed))[0], 9);
	},
	'eigen-min'(q, seed) {
		expect(numericAnswer(q)).toBeCloseTo(roots(draw('eigen-min', seed))[1], 9);
	},
	'eigen-pair'(q, seed) {
		const [hi, lo] = roots(draw('eigen-pair', seed));
		const shown = numbersIn(answerChoice(q).tex!).filter((_, i) => i % 2 === 1);
		expect(shown[0]).toBeCloseTo(hi, 2);
		expect(shown[1]).toBeCloseTo(lo, 2);
	},
	'second-derivative'(q, seed) {
		expect(numericAnswer(q)).toBeCloseTo(fd2(draw('second-derivative', seed)), 4);
	},
	concavity(q, seed) {
		const f2 = fd2(draw('concavity', seed));
		const want = Math.abs(f2) < 1e-3 ? 'neither' : f2 > 0 ? 'concave up' : 'concave down';
		expect(answerChoice(q).text.en).toContain(want);
	},
	'order-sharpness'(q, seed) {
		const bowls = draw('order-sharpness', seed);
		const sorted = [...bowls].sort((u, v) => roots(u)[0] - roots(v)[0]).map(formula);
		expect(answerOrder(q).map((c) => c.tex)).toEqual(sorted);
	}
};

describe('curvature generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(curvature, verify);
	});

	test('reference seeds show 2x² + 3y² − xy with eigenvalues 5 ± √2 (CURRICULUM.md)', () => {
		for (const seed of [0, 8, 16]) {
			expect(curvature.make('eigen-max', seed).promptTex).toBe('f(x, y) = 2x^2 + 3y^2 - xy');
			expect(numericAnswer(curvature.make('eigen-max', seed))).toBeCloseTo(5 + Math.SQRT2, 12);
			expect(numericAnswer(curvature.make('eigen-min', seed))).toBeCloseTo(5 - Math.SQRT2, 12);
			expect(curvature.make('eigen-pair', seed).explanationTex).toContain('5 \\pm \\sqrt{2}');
			expect(answerChoice(curvature.make('classify', seed)).text.en).toBe('a minimum');
		}
	});

	test('the classify form covers minima, maxima and saddles across seeds', () => {
		const kinds = new Set(
			Array.from({ length: 40 }, (_, s) => answerChoice(curvature.make('classify', s)).text.en)
		);
		expect(kinds).toEqual(new Set(['a minimum', 'a maximum', 'a saddle point']));
	});
});
