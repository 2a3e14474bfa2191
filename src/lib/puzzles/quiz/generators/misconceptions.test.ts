// Misconception questions against independent routes: gradient descent re-run with the hand
// derivative and the global minimum found by a grid scan, Hessians written down by hand, the
// Newton step and ∂f/∂y by finite differences, penalties by plain loops.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, checkGenerator } from './b-checks';
import { misconceptions, misconceptionsForms } from './misconceptions';

const draw = <K extends keyof typeof misconceptionsForms>(form: K, seed: number) =>
	misconceptionsForms[form].draw(rng(seed), seed) as ReturnType<
		(typeof misconceptionsForms)[K]['draw']
	>;
const shown = (q: Question) => Number(answerChoice(q).text.en.replace('−', '-'));

const verify: Record<string, (q: Question, seed: number) => void> = {
	'global-minimum'(q, seed) {
		const p = draw('global-minimum', seed);
		const g = (x: number) => x ** 4 - p.a * x * x + p.b * x;
		let x = p.x0;
		for (let k = 0; k < 20000; k++) x -= p.lr * (4 * x ** 3 - 2 * p.a * x + p.b);
		let best = 0;
		for (let s = -300; s <= 300; s++) if (g(s / 100) < g(best)) best = s / 100;
		expect(g(x) - g(best)).toBeGreaterThan(0.1);
		expect(q.prompt.en).toContain(`x \\approx ${Number(x.toPrecision(3))}`);
		expect(answerChoice(q).text.en).toMatch(/^No: it stopped in a local minimum/);
	},
	'analytic-gradient'(q, seed) {
		const { x0, h } = draw('analytic-gradient', seed);
		const central = ((x0 + h) ** 3 - (x0 - h) ** 3) / (2 * h);
		expect(central - 3 * x0 * x0).toBeCloseTo(h * h, 9);
		expect(answerChoice(q).text.en).toMatch(/^The analytic gradient is exact/);
	},
	'saddle-y3'(q, seed) {
		const p = draw('saddle-y3', seed);
		const h = [
			[2 * p.a, -1],
			[-1, p.power === 2 ? 2 * p.c : 0]
		];
		const det = h[0][0] * h[1][1] - 1;
		expect(answerChoice(q).text.en).toBe(det < 0 ? 'a saddle point' : 'a minimum');
	},
	'newton-backwards'(q, seed) {
		const { a, x } = draw('newton-backwards', seed);
		const f = (v: number) => v * v - a;
		const d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
		expect(shown(q)).toBeCloseTo(x - f(x) / d, 3);
	},
	'saddle-curvature'(q, seed) {
		const { a, b, c } = draw('saddle-curvature', seed);
		const [tr, det] = [2 * a - 2 * b, -4 * a * b - c * c];
		const disc = Math.sqrt(tr * tr - 4 * det);
		const numbers = [...answerChoice(q).tex!.matchAll(/= (-?[\d.]+)/g)].map((m) => Number(m[1]));
		expect(numbers[0]).toBeCloseTo((tr + disc) / 2, 3);
		expect(numbers[1]).toBeCloseTo((tr - disc) / 2, 3);
		expect(numbers[0] * numbers[1]).toBeLessThan(0);
	},
	'regularization-arithmetic'(q, seed) {
		const w = draw('regularization-arithmetic', seed);
		let sum = 0;
		for (const v of w) sum += v * v;
		expect(shown(q)).toBeCloseTo(sum, 3);
	},
	'scalar-dimension'(q) {
		expect(answerChoice(q).text.en).toMatch(/^0 axes: a scalar is 0-D/);
	},
	'two-layer'(q, seed) {
		const part = draw('two-layer', seed);
		const want = {
			hidden: 'z_2 = x_1w_{12} + x_2w_{22} + b_2',
			output: '\\hat y = \\sigma(a_1w_1 + a_2w_2 + b)',
			factor: 'a_1'
		}[part];
		expect(answerChoice(q).tex).toBe(want);
	},
	'partial-sum'(q, seed) {
		const { x, y, z } = draw('partial-sum', seed);
		const f = (yy: number) => (x + yy) * z;
		expect(shown(q)).toBeCloseTo((f(y + 1e-6) - f(y - 1e-6)) / 2e-6, 5);
	}
};

describe('misconceptions generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(misconceptions, verify);
	});

	test('reference seeds: 001’s 2y³ example is a saddle; 003’s w2 has L2 penalty 0.25, not 2.25', () => {
		const saddle = misconceptions.make('saddle-y3', 0);
		expect(saddle.promptTex).toBe('f(x, y) = x^4 + 0.8y^4 + 4x^2 + 2y^3 - xy - 0.2x^2y');
		expect(saddle.explanationTex).toContain('8 & -1 \\\\ -1 & 0');
		const reg = misconceptions.make('regularization-arithmetic', 0);
		expect(reg.prompt.en).toContain('= 2.25$');
		expect(answerChoice(reg).text.en).toBe('0.25');
		const partial = misconceptions.make('partial-sum', 0);
		expect(answerChoice(partial).text.en).toBe('−4');
	});
});
