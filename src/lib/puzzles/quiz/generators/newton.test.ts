// Newton questions against hand-derived derivatives (not the engine), Cramer's rule for the
// 2-D step, the stationary point of a quadratic solved directly, and CURRICULUM's numbers.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { newton, newtonForms, ROSENBROCK_STARTS } from './newton';
import type { Bowl, Step1d, Step2d } from './newton-step';

const draw = <K extends keyof typeof newtonForms>(form: K, seed: number) =>
	newtonForms[form].draw(rng(seed), seed) as ReturnType<(typeof newtonForms)[K]['draw']>;

const sigma = (x: number) => 1 / (1 + Math.exp(-x));
function derivatives1d(p: Step1d): [number, number] {
	const x = p.x0;
	if (p.family === 'exp-log') return [Math.exp(x) - p.k / x, Math.exp(x) + p.k / (x * x)];
	if (p.family === 'quartic') return [4 * x ** 3 + 2 * p.k * x + p.b, 12 * x * x + 2 * p.k];
	const s = sigma(x);
	return [s + 2 * p.k * x + p.b, s * (1 - s) + 2 * p.k];
}

/** x − H⁻¹g with the inverse written out. */
function step(x: number[], g: number[], h: number[][]): number[] {
	const det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
	const inv = [
		[h[1][1] / det, -h[0][1] / det],
		[-h[1][0] / det, h[0][0] / det]
	];
	return [x[0] - inv[0][0] * g[0] - inv[0][1] * g[1], x[1] - inv[1][0] * g[0] - inv[1][1] * g[1]];
}

function quarticStep(p: Step2d): number[] {
	const [x, y] = p.start;
	const { alpha: a, beta: b, gamma: c, delta: d } = p;
	const g = [
		4 * x ** 3 + 2 * b * x - y - 2 * d * x * y,
		4 * a * y ** 3 + 2 * c * y - x - d * x * x
	];
	const h = [
		[12 * x * x + 2 * b - 2 * d * y, -1 - 2 * d * x],
		[-1 - 2 * d * x, 12 * a * y * y + 2 * c]
	];
	return step([x, y], g, h);
}

/** Where ∇f = 0 for ax² + by² + cxy + dx + ey: [[2a, c], [c, 2b]]·(x, y) = (−d, −e). */
function bowlMinimum(p: Bowl): number[] {
	const det = 4 * p.a * p.b - p.c * p.c;
	return [(-p.d * 2 * p.b + p.c * p.e) / det, (-2 * p.a * p.e + p.c * p.d) / det];
}

function rosenbrock(start: readonly number[], steps: number): number[] {
	let [x, y] = start;
	const f = () => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
	const out = [f()];
	for (let k = 0; k < steps; k++) {
		const g = [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
		const h = [
			[2 - 400 * (y - x * x) + 800 * x * x, -400 * x],
			[-400 * x, 200]
		];
		[x, y] = step([x, y], g, h);
		out.push(f());
	}
	return out;
}

const verify: Record<string, (q: Question, seed: number) => void> = {
	'step-1d'(q, seed) {
		const p = draw('step-1d', seed);
		const [g1, g2] = derivatives1d(p);
		expect(numericAnswer(q)).toBeCloseTo(p.x0 - g1 / g2, 9);
	},
	'step-2d'(q, seed) {
		const p = draw('step-2d', seed);
		expect(numericAnswer(q)).toBeCloseTo(quarticStep(p)[p.coordinate], 9);
	},
	quadratic(q, seed) {
		const p = draw('quadratic', seed);
		expect(numericAnswer(q)).toBeCloseTo(bowlMinimum(p)[p.coordinate], 9);
	},
	recurrence(q) {
		expect(answerChoice(q).tex).toMatch(
			/^\S+_\{k\+1\} = \S+_k - \\frac\{(f|g')\(\S+\)\}\{(f'|g'')\(/
		);
	},
	'order-steps'(q) {
		const first = answerOrder(q).map((c) => c.text.en.split(' ')[0]);
		expect(first).toEqual(['Choose', 'Compute', 'Solve', 'Move:', 'Stop']);
	},
	'not-monotone'(q, seed) {
		const losses = rosenbrock(draw('not-monotone', seed), 6);
		expect(losses.some((v, i) => i > 0 && v > losses[i - 1])).toBe(true);
		expect(losses[6]).toBeLessThan(1e-6);
		expect(q.prompt.en).toContain(`${Number(losses[1].toPrecision(4))}`);
		expect(answerChoice(q).text.en).toContain('need not lower the loss');
	}
};

describe('newton generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(newton, verify);
	});

	test('reference seeds: eˣ − ln x from 0.05 and the quartic from (4, 4) (CURRICULUM.md)', () => {
		expect(numericAnswer(newton.make('step-1d', 0))).toBeCloseTo(0.0972476, 7);
		expect(numericAnswer(newton.make('step-1d', 8))).toBeCloseTo(0.0972476, 7);
		expect(numericAnswer(newton.make('step-2d', 0))).toBeCloseTo(2.582739, 6);
		expect(numericAnswer(newton.make('step-2d', 8))).toBeCloseTo(2.621289, 6);
	});

	test('Rosenbrock from (−1.2, 1) goes 24.2 → 4.73 → 1411.8 → 0.056 → 0.31 (CURRICULUM.md)', () => {
		expect(ROSENBROCK_STARTS[0]).toEqual([-1.2, 1]);
		const prompt = newton.make('not-monotone', 0).prompt.en;
		expect(prompt).toMatch(/24\.2 → 4\.73\d → 141[12] → 0\.05\d* → 0\.31\d*/);
	});
});
