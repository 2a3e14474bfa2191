// Feature questions: numbers recomputed directly (a bin is count / pixels, a concatenated
// length is the sum of the parts' lengths, r by the Pythagorean sum), and the facts of C25.
import { describe, expect, test } from 'vitest';
import { rng } from '../../random';
import type { Question } from '../types';
import { answerChoice, answerOrder, checkGenerator, numericAnswer } from './b-checks';
import { features, featuresForms } from './features';

const draw = <K extends keyof typeof featuresForms>(form: K, seed: number) =>
	featuresForms[form].draw(rng(seed), seed) as ReturnType<(typeof featuresForms)[K]['draw']>;

const LEARNED = /ConvNet|trained network/;

const verify: Record<string, (q: Question, seed: number) => void> = {
	kind(q, seed) {
		const f = draw('kind', seed);
		const want = LEARNED.test(f.name.en) ? 'Learned from data' : 'Hand-made (designed by people)';
		expect(answerChoice(q).text.en).toBe(want);
	},
	which(q, seed) {
		const f = draw('which', seed);
		expect(answerChoice(q).text.en).toBe(f.name.en);
		expect(q.prompt.en).toContain(f.does.en);
	},
	histogram(q, seed) {
		const { w, h, green } = draw('histogram', seed);
		let pixels = 0;
		for (let i = 0; i < w; i++) for (let j = 0; j < h; j++) pixels++;
		expect(numericAnswer(q) * pixels).toBeCloseTo(green, 9);
	},
	'concat-length'(q, seed) {
		const { bins, cells, orientations } = draw('concat-length', seed);
		const hog = new Array(cells * cells)
			.fill(orientations)
			.reduce((a: number, b: number) => a + b, 0);
		expect(numericAnswer(q)).toBe(bins + hog);
	},
	transform(q, seed) {
		const [x, y] = draw('transform', seed);
		const r = numericAnswer(q);
		expect(r * r).toBeCloseTo(x * x + y * y, 9);
		expect(r).toBeGreaterThan(0);
	},
	when(q, seed) {
		const { n } = draw('when', seed);
		expect(answerChoice(q).text.en).toMatch(n <= 1000 ? /^Hand-made/ : /^A ConvNet/);
	},
	'order-pipeline'(q) {
		const first = answerOrder(q).map((c) => c.text.en.split(' ')[0]);
		expect(first).toEqual(['Start', 'Extract', 'Concatenate', 'Train']);
	}
};

describe('features generator', () => {
	test('every form × 50 seeds: common checks and an independent answer', () => {
		checkGenerator(features, verify);
	});

	test('the kind form asks about both hand-made and learned features', () => {
		const answers = new Set(
			Array.from({ length: 40 }, (_, s) => answerChoice(features.make('kind', s)).text.en)
		);
		expect(answers.size).toBe(2);
	});
});
