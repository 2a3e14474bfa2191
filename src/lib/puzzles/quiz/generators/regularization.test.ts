// Regularization questions against penalties recomputed with plain loops (not penalties.ts),
// and CURRICULUM's example: L2 R(w1) = 1, R(w2) = 0.25 (w2 preferred); L1 a tie at 1.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { regularization, regularizationForms } from './regularization';

const draw = <K extends keyof typeof regularizationForms>(form: K, seed: number) =>
	regularizationForms[form].draw(rng(seed), seed) as ReturnType<
		(typeof regularizationForms)[K]['draw']
	>;

function loopPenalty(kind: string, w: readonly number[], beta = 1): number {
	let squares = 0;
	let sizes = 0;
	for (const v of w) {
		squares += v * v;
		sizes += v < 0 ? -v : v;
	}
	return kind === 'L1' ? sizes : kind === 'L2' ? squares : beta * squares + sizes;
}

const verify: Record<string, (q: Question, seed: number) => void> = {
	l2(q, seed) {
		expect(numericAnswer(q)).toBeCloseTo(loopPenalty('L2', draw('l2', seed).w), 10);
	},
	l1(q, seed) {
		expect(numericAnswer(q)).toBeCloseTo(loopPenalty('L1', draw('l1', seed).w), 10);
	},
	elastic(q, seed) {
		const { w, beta } = draw('elastic', seed);
		expect(numericAnswer(q)).toBeCloseTo(loopPenalty('elastic', w, beta), 10);
	},
	prefers(q, seed) {
		const p = draw('prefers', seed);
		const dot = (w: readonly number[]) => w.reduce((s, v) => s + v, 0);
		expect(dot(p.w1)).toBeCloseTo(dot(p.w2), 12);
		const gap = loopPenalty(p.kind, p.w1, p.beta) - loopPenalty(p.kind, p.w2, p.beta);
		const want = Math.abs(gap) < 1e-9 ? 'Neither' : gap < 0 ? 'w₁' : 'w₂';
		expect(answerChoice(q).text.en).toContain(want);
	},
	'order-penalties'(q, seed) {
		const { kind, list } = draw('order-penalties', seed);
		const values = answerOrder(q).map((c) => {
			const w = c.text.en
				.slice(5, -1)
				.split(', ')
				.map((s) => Number(s.replace('−', '-')));
			expect(list).toContainEqual(w);
			return loopPenalty(kind, w);
		});
		for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
	},
	total(q, seed) {
		const { data, lambda, w } = draw('total', seed);
		expect(numericAnswer(q)).toBeCloseTo(data + lambda * loopPenalty('L2', w), 10);
	},
	scale(q, seed) {
		const { kind, R, c } = draw('scale', seed);
		// A W with this penalty, scaled entry by entry, then measured again.
		const W = kind === 'L2' ? [Math.sqrt(R / 2), -Math.sqrt(R / 2)] : [R / 2, -R / 2];
		expect(loopPenalty(kind, W)).toBeCloseTo(R, 12);
		expect(numericAnswer(q)).toBeCloseTo(
			loopPenalty(
				kind,
				W.map((v) => c * v)
			),
			10
		);
	},
	overfitting(q, seed) {
		const { variant } = draw('overfitting', seed);
		const want = { overfit: 'Overfitting', lambda: 'weights shrink', unique: 'Still 0' }[variant];
		expect(answerChoice(q).text.en).toContain(want);
	}
};

describe('regularization generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(regularization, verify);
	});

	test('reference seeds: the CURRICULUM example done right (L2 prefers w2, 1 vs 0.25)', () => {
		for (const seed of [0, 8]) {
			const q = regularization.make('prefers', seed);
			expect(answerChoice(q).text.en).toBe('w₂');
			expect(q.explanation.en).toContain('1² + 0² + 0² + 0² = 1');
			expect(q.explanation.en).toContain('0.25² + 0.25² + 0.25² + 0.25² = 0.25');
		}
		const w1 = [1, 0, 0, 0];
		const w2 = [0.25, 0.25, 0.25, 0.25];
		expect(loopPenalty('L1', w1)).toBe(loopPenalty('L1', w2));
	});

	test('the prefers form meets every answer (w1, w2, tie) across seeds', () => {
		const seen = new Set(
			Array.from({ length: 60 }, (_, s) => answerChoice(regularization.make('prefers', s)).text.en)
		);
		expect(seen.size).toBe(3);
	});
});
