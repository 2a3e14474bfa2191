// Scoring is a pure function of the submission: right, wrong and tampered submissions, lenient
// number reading (fractions, .5, Unicode minus), stars and refusals with clear messages.
import { describe, expect, it } from 'vitest';
import type { PuzzleSubmission } from '../types';
import {
	MAX_ANSWER_LENGTH,
	MAX_SEED,
	checkAnswers,
	findPuzzleDef,
	getPuzzleDef,
	makePuzzle,
	scorePuzzle
} from './index';

const xyz = makePuzzle('circuits.xyz', 0);
/** CURRICULUM.md's numbers for f = (x + y)z at (−2, 5, −4), typed the way a learner might. */
const typed: Record<string, string> = Object.fromEntries(
	xyz.fields.map((f) => {
		const byLabel: Record<string, string> = {
			'value of q': '3',
			'value of f': '−12',
			'∂f/∂f': '1',
			'local ∂f/∂q': '-4',
			'local ∂f/∂z': '3.00',
			'∂f/∂q': '-8/2',
			'local ∂q/∂x': '1',
			'local ∂q/∂y': ' 1 ',
			'∂f/∂z': '3',
			'∂f/∂y': '−4',
			'∂f/∂x': '-4.004'
		};
		return [f.key, byLabel[f.label.en]];
	})
);
const sub = (over: Partial<PuzzleSubmission> = {}): PuzzleSubmission => ({
	id: 'circuits.xyz',
	version: 1,
	seed: 0,
	answers: typed,
	hints: 0,
	gaveUp: false,
	...over
});

describe('scorePuzzle', () => {
	it('solves with three stars when every field is right', () => {
		expect(Object.values(typed).every((t) => t !== undefined)).toBe(true);
		const s = scorePuzzle(sub());
		expect(s).toMatchObject({ solved: true, stars: 3, correct: 11, total: 11, mistakes: [] });
	});

	it('takes a star per hint, down to one, and none after giving up', () => {
		expect(scorePuzzle(sub({ hints: 1 })).stars).toBe(2);
		expect(scorePuzzle(sub({ hints: 2 })).stars).toBe(1);
		expect(scorePuzzle(sub({ hints: 7 })).stars).toBe(1);
		expect(scorePuzzle(sub({ gaveUp: true }))).toMatchObject({ solved: false, stars: 0 });
	});

	it('marks wrong, empty and unreadable fields and lists each mistake once', () => {
		const key = (label: string) => xyz.fields.find((f) => f.label.en === label)!.key;
		const answers = {
			...typed,
			[key('∂f/∂x')]: '4',
			[key('∂f/∂y')]: '4',
			[key('∂f/∂z')]: 'three',
			[key('∂f/∂q')]: ''
		};
		const s = scorePuzzle(sub({ answers }));
		expect(s).toMatchObject({ solved: false, stars: 0, correct: 7, total: 11 });
		expect(s.mistakes).toEqual(['sign-slip']);
		const status = Object.fromEntries(s.results.map((r) => [r.key, r.status]));
		expect(status[key('∂f/∂x')]).toBe('wrong');
		expect(status[key('∂f/∂z')]).toBe('unreadable');
		expect(status[key('∂f/∂q')]).toBe('empty');
		expect(s.results.find((r) => r.key === key('∂f/∂x'))!.given).toBe(4);
	});

	it('counts a missing answer as empty', () => {
		const s = scorePuzzle(sub({ answers: {} }));
		expect(s.correct).toBe(0);
		expect(s.results.every((r) => r.status === 'empty')).toBe(true);
	});

	it.each([
		[{ version: 2 }, /version 1/],
		[{ seed: -1 }, /seed/],
		[{ seed: 1.5 }, /seed/],
		[{ seed: MAX_SEED + 1 }, /seed/],
		[{ seed: Number.NaN }, /seed/],
		[{ id: 'circuits.nope' }, /Unknown puzzle "circuits.nope"/],
		[{ answers: { 'u:99': '1' } }, /no field "u:99"/],
		[{ answers: { 'u:0': '1'.repeat(MAX_ANSWER_LENGTH + 1) } }, /longer than/],
		[{ answers: { 'u:0': 4 as unknown as string } }, /not text/],
		[{ hints: -1 }, /Hints/],
		[{ hints: 0.5 }, /Hints/],
		[{ gaveUp: 'no' as unknown as boolean }, /gaveUp/]
	] as [Partial<PuzzleSubmission>, RegExp][])(
		'refuses a tampered submission %o',
		(over, message) => {
			expect(() => scorePuzzle(sub(over))).toThrow(message);
		}
	);

	it('re-scores the same submission the same way (a pure function)', () => {
		expect(JSON.stringify(scorePuzzle(sub()))).toBe(JSON.stringify(scorePuzzle(sub())));
	});

	it('scores every seed of a generated puzzle from its own answers', () => {
		for (const seed of [1, 99, MAX_SEED]) {
			const p = makePuzzle('generated.4', seed);
			const answers = Object.fromEntries(p.fields.map((f) => [f.key, f.expected.toFixed(2)]));
			const s = scorePuzzle({
				id: p.id,
				version: p.version,
				seed,
				answers,
				hints: 0,
				gaveUp: false
			});
			expect(s.solved).toBe(true);
		}
	});
});

describe('the registry', () => {
	it('names an unknown id', () => {
		expect(() => getPuzzleDef('gates.nand')).toThrow('Unknown puzzle "gates.nand"');
		expect(() => makePuzzle('gates.nand', 0)).toThrow('gates.nand');
		expect(findPuzzleDef('gates.nand')).toBeUndefined();
		expect(findPuzzleDef('gates.mul')?.id).toBe('gates.mul');
	});

	it('checkAnswers reads fractions and .5 forms', () => {
		const p = makePuzzle('circuits.neuron', 0);
		const local = p.fields.find((f) => f.kind === 'local')!;
		const r = checkAnswers(p, { [local.key]: '.1966' }).find((x) => x.key === local.key)!;
		expect(r.status).toBe('correct');
		// L = ½·s: the gradient arriving at s is ½ whatever the seed.
		const q = makePuzzle('losses.squared', 5);
		const half = q.fields.find((f) => f.label.en === '∂L/∂s')!;
		const rr = checkAnswers(q, { [half.key]: '1/2' }).find((x) => x.key === half.key)!;
		expect(rr.status).toBe('correct');
	});
});
