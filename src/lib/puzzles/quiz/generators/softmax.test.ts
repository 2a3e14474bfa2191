// Softmax questions against plain loops (no max-shift, no shared helper): probabilities,
// −ln p, the mean loss, and the gradient checked by central finite differences of the loss.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { softmaxForms, softmaxGenerator } from './softmax';

const draw = <K extends keyof typeof softmaxForms>(form: K, seed: number) =>
	softmaxForms[form].draw(rng(seed), seed) as ReturnType<(typeof softmaxForms)[K]['draw']>;

function probs(s: readonly number[]): number[] {
	let sum = 0;
	for (const v of s) sum += Math.exp(v);
	const out: number[] = [];
	for (const v of s) out.push(Math.exp(v) / sum);
	return out;
}
const crossEntropy = (s: readonly number[], y: number) => -Math.log(probs(s)[y]);

const verify: Record<string, (q: Question, seed: number) => void> = {
	probability(q, seed) {
		const { s, k } = draw('probability', seed);
		expect(numericAnswer(q)).toBeCloseTo(probs(s)[k], 12);
	},
	loss(q, seed) {
		const { s, y } = draw('loss', seed);
		expect(numericAnswer(q)).toBeCloseTo(crossEntropy(s, y), 10);
	},
	'neg-log'(q, seed) {
		const p = draw('neg-log', seed);
		expect(Math.exp(-numericAnswer(q))).toBeCloseTo(p, 12);
	},
	batch(q, seed) {
		const [a, b] = draw('batch', seed);
		expect(numericAnswer(q)).toBeCloseTo((crossEntropy(a.s, a.y) + crossEntropy(b.s, b.y)) / 2, 10);
	},
	gradient(q, seed) {
		const { s, y, k } = draw('gradient', seed);
		const h = 1e-5;
		const bump = (d: number) => s.map((v, i) => (i === k ? v + d : v));
		const fd = (crossEntropy(bump(h), y) - crossEntropy(bump(-h), y)) / (2 * h);
		expect(numericAnswer(q)).toBeCloseTo(fd, 7);
	},
	shift(q, seed) {
		const { s, c } = draw('shift', seed);
		const before = probs(s);
		probs(s.map((v) => v + c)).forEach((p, i) => expect(p).toBeCloseTo(before[i], 12));
		expect(answerChoice(q).text.en).toBe('They stay exactly the same.');
	},
	'order-pipeline'(q) {
		const words = answerOrder(q).map((c) => c.text.en.split(' ')[0]);
		expect(words).toEqual(['Compute', 'Exponentiate', 'Divide', 'Take', 'Average']);
	},
	'initial-loss'(q, seed) {
		const c = draw('initial-loss', seed);
		expect(numericAnswer(q)).toBeCloseTo(crossEntropy(new Array(c).fill(0.3), 0), 10);
	}
};

describe('softmax generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(softmaxGenerator, verify);
	});
});
