// Hinge-loss questions against plain loops over the wrong classes (not b-math's helpers), the
// gradient by central finite differences, and cross-entropy recomputed for the comparison.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { hinge, hingeForms } from './hinge';

const draw = <K extends keyof typeof hingeForms>(form: K, seed: number) =>
	hingeForms[form].draw(rng(seed), seed) as ReturnType<(typeof hingeForms)[K]['draw']>;

function svm(s: readonly number[], y: number, delta: number): number {
	let loss = 0;
	for (let j = 0; j < s.length; j++) {
		if (j === y) continue;
		const margin = s[j] - s[y] + delta;
		if (margin > 0) loss += margin;
	}
	return loss;
}
const parseVector = (text: string) =>
	text
		.replace(/^s = \(|\)$/g, '')
		.split(', ')
		.map((v) => Number(v));
const crossEntropy = (s: readonly number[]) => {
	let sum = 0;
	for (const v of s) sum += Math.exp(v);
	return Math.log(sum) - s[0];
};

const verify: Record<string, (q: Question, seed: number) => void> = {
	loss(q, seed) {
		const { s, y, delta } = draw('loss', seed);
		expect(numericAnswer(q)).toBeCloseTo(svm(s, y, delta), 10);
	},
	term(q, seed) {
		const { s, y, delta, k } = draw('term', seed);
		expect(k).not.toBe(y);
		expect(numericAnswer(q)).toBeCloseTo(Math.max(0, s[k] - s[y] + delta), 10);
	},
	count(q, seed) {
		const { s, y, delta } = draw('count', seed);
		let n = 0;
		for (let j = 0; j < s.length; j++) if (j !== y && s[j] > s[y] - delta) n++;
		expect(numericAnswer(q)).toBe(n);
		expect(q.kind === 'numeric' && q.tolerance).toBe(0);
	},
	gradient(q, seed) {
		const { s, y, delta, k, right } = draw('gradient', seed);
		const at = right ? y : k;
		const h = 1e-6;
		const bump = (d: number) => s.map((v, i) => (i === at ? v + d : v));
		const fd = (svm(bump(h), y, delta) - svm(bump(-h), y, delta)) / (2 * h);
		expect(numericAnswer(q)).toBeCloseTo(fd, 6);
	},
	'order-examples'(q) {
		const losses = answerOrder(q).map((c) => svm(parseVector(c.tex!), 0, 1));
		for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeGreaterThan(losses[i - 1]);
	},
	'zero-loss'(q) {
		if (q.kind !== 'choice') throw new Error('choice expected');
		const zero = q.choices.filter((c) => svm(parseVector(c.tex!), 0, 1) === 0);
		expect(zero).toHaveLength(1);
		expect(answerChoice(q)).toBe(zero[0]);
	},
	'vs-softmax'(q, seed) {
		const { s, raise } = draw('vs-softmax', seed);
		const after = [s[0] + raise, s[1], s[2]];
		expect(svm(s, 0, 1)).toBe(0);
		expect(svm(after, 0, 1)).toBe(0);
		expect(crossEntropy(after)).toBeLessThan(crossEntropy(s));
		expect(answerChoice(q).text.en).toMatch(/^Hinge stays 0; cross-entropy still falls/);
	}
};

describe('hinge generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(hinge, verify);
	});
});
