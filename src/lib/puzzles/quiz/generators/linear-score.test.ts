// Linear-score questions against independent routes: f = Wx + b as a sum of scaled columns,
// W2·W1 by sending unit vectors through both layers, the perceptron step from a finite-difference
// gradient of ½(y − ŷ)², and parameter counts by listing the arrays.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { linearScore, linearScoreForms } from './linear-score';

const draw = <K extends keyof typeof linearScoreForms>(form: K, seed: number) =>
	linearScoreForms[form].draw(rng(seed), seed) as ReturnType<(typeof linearScoreForms)[K]['draw']>;

const matVec = (W: number[][], x: number[]) => {
	const out = W.map(() => 0);
	x.forEach((xj, j) => W.forEach((row, i) => (out[i] += row[j] * xj)));
	return out;
};

const verify: Record<string, (q: Question, seed: number) => void> = {
	shape(q, seed) {
		const { m, n } = draw('shape', seed);
		expect(m).not.toBe(n);
		expect(answerChoice(q).text.en).toBe(`A vector of ${m} numbers`);
	},
	value(q, seed) {
		const { W, x, b, i } = draw('value', seed);
		expect(numericAnswer(q)).toBeCloseTo(matVec(W, x)[i] + b[i], 12);
	},
	dimensions(q, seed) {
		const { text } = draw('dimensions', seed);
		const byWords: [RegExp, number][] = [
			[/mini-batch/, 4],
			[/colour image/, 3],
			[/matrix/, 2],
			[/class scores/, 1],
			[/loss|learning rate/, 0]
		];
		const axes = byWords.find(([re]) => re.test(text.en))![1];
		expect(answerChoice(q).text.en.startsWith(`${axes}-D`)).toBe(true);
	},
	composed(q, seed) {
		const { n, h, m } = draw('composed', seed);
		expect(new Set([n, h, m]).size).toBe(3);
		expect(answerChoice(q).text.en).toBe(`${m} × ${n}`);
	},
	collapse(q, seed) {
		const { W1, W2, i, j } = draw('collapse', seed);
		const unit = [0, 0].map((_, k) => (k === j ? 1 : 0));
		expect(numericAnswer(q)).toBeCloseTo(matVec(W2, matVec(W1, unit))[i], 12);
	},
	perceptron(q, seed) {
		const p = draw('perceptron', seed);
		const theta = [p.w[0], p.w[1], p.bias];
		const loss = (th: number[]) => 0.5 * (p.y - (th[0] * p.x[0] + th[1] * p.x[1] + th[2])) ** 2;
		const h = 1e-6;
		const at = (d: number) => theta.map((v, k) => (k === p.which ? v + d : v));
		const grad = (loss(at(h)) - loss(at(-h))) / (2 * h);
		expect(numericAnswer(q)).toBeCloseTo(theta[p.which] - p.alpha * grad, 6);
	},
	params(q, seed) {
		const { n, h, m } = draw('params', seed);
		const arrays = [[h, n], [h], [m, h], [m]];
		expect(numericAnswer(q)).toBe(
			arrays.reduce((s, dims) => s + dims.reduce((a, b) => a * b, 1), 0)
		);
	},
	'order-forward'(q) {
		const first = answerOrder(q).map((c) => c.text.en.split(' ')[0]);
		expect(first).toEqual(['Multiply', 'Apply', 'Multiply', 'Turn']);
		expect(answerOrder(q)[0].text.en).toContain('first layer');
	}
};

describe('linear-score generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(linearScore, verify);
	});

	test('a scalar is 0-D (CURRICULUM mistake 5)', () => {
		const scalars = Array.from({ length: 80 }, (_, s) => linearScore.make('dimensions', s)).filter(
			(q) => /loss|learning rate/.test(q.prompt.en)
		);
		expect(scalars.length).toBeGreaterThan(0);
		for (const q of scalars) expect(answerChoice(q).text.en).toBe('0-D (a scalar)');
	});
});
