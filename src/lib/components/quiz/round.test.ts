// Seeds from the address, and the end-of-round summary checked against states built by hand.
import { describe, expect, it } from 'vitest';
import {
	emptyMastery,
	recordAnswer,
	type ConceptRecord,
	type MasteryState
} from '$lib/puzzles/quiz';
import { formConcepts } from '$lib/puzzles/quiz/catalogue';
import { planRound, readSeed, roundOpening, roundQuery, standing, summarise } from './round';

const rec = (level: ConceptRecord['level'], seen: number, correct: number): ConceptRecord => ({
	level,
	streak: 0,
	seen,
	correct,
	dueRound: 0,
	dueAt: 0,
	last: 0
});
const state = (concepts: MasteryState['concepts'], answered = 0): MasteryState => ({
	...emptyMastery(),
	answered,
	concepts
});

describe('readSeed', () => {
	it('reads whole numbers from 0 to 2³² − 1', () => {
		expect(readSeed('0')).toBe(0);
		expect(readSeed(' 42 ')).toBe(42);
		expect(readSeed('4294967295')).toBe(2 ** 32 - 1);
	});

	it('says absent apart from unreadable', () => {
		expect(readSeed(null)).toBeNull();
		for (const bad of ['', 'abc', '-1', '1.5', '1e3', '4294967296', '99999999999'])
			expect(readSeed(bad), bad).toBe('bad');
	});
});

describe('roundQuery', () => {
	it('carries the seed and, for practice, the concept', () => {
		expect(roundQuery(7)).toBe('?seed=7');
		expect(new URLSearchParams(roundQuery(7, 'chain-rule')).get('concept')).toBe('chain-rule');
	});
});

describe('summarise', () => {
	it('counts the score, each concept’s change and the misses in order', () => {
		const before = state({ softmax: rec('familiar', 2, 2) }, 2);
		const after = state(
			{
				softmax: rec('new', 4, 3),
				hinge: rec('familiar', 1, 1),
				newton: rec('new', 1, 0)
			},
			5
		);
		const summary = summarise(before, after, [
			{ concept: 'newton', status: 'wrong' },
			{ concept: 'softmax', status: 'correct' },
			{ concept: 'hinge', status: 'correct' },
			{ concept: 'softmax', status: 'wrong' }
		]);
		expect(summary).toEqual({
			right: 2,
			total: 4,
			changes: [
				{ concept: 'newton', asked: 1, right: 0, from: 'new', to: 'new' },
				{ concept: 'softmax', asked: 2, right: 1, from: 'familiar', to: 'new' },
				{ concept: 'hinge', asked: 1, right: 1, from: 'new', to: 'familiar' }
			],
			missed: ['newton', 'softmax']
		});
	});

	it('is empty for an empty round', () => {
		const s = emptyMastery();
		expect(summarise(s, s, [])).toEqual({ right: 0, total: 0, changes: [], missed: [] });
	});
});

describe('standing', () => {
	it('gives accuracy in whole percent, or none before the first answer', () => {
		const s = state({ batches: rec('proficient', 3, 2) }, 3);
		expect(standing(s, 'batches')).toEqual({
			level: 'proficient',
			seen: 3,
			correct: 2,
			percent: 67
		});
		expect(standing(s, 'hinge')).toEqual({ level: 'new', seen: 0, correct: 0, percent: null });
	});
});

describe('roundOpening', () => {
	it('is the first question of the round whatever the mastery and the clock, and counts the round', () => {
		const conceptOf = (id: string) => formConcepts().find((f) => f.id === id)?.concept;
		// A learner who has missed softmax and mastered the rest: the round leans to softmax after
		// its first question, which is the same as a new learner's.
		let practised = emptyMastery();
		for (let i = 0; i < 40; i++) practised = recordAnswer(practised, 'softmax', false, i * 1000);
		for (const seed of [0, 3, 9, 12345, 2 ** 32 - 1]) {
			const opening = roundOpening(seed)!;
			const round = planRound(practised, seed, undefined, 1e12);
			expect(round[0]).toEqual(opening.pick);
			expect(opening.total).toBe(round.length);
			expect(opening.total).toBe(8);
			const practice = roundOpening(seed, 'newton')!;
			expect(conceptOf(practice.pick.id)).toBe('newton');
			expect(planRound(practised, seed, 'newton', 5)[0]).toEqual(practice.pick);
			expect(practice.total).toBe(planRound(emptyMastery(), seed, 'newton', 0).length);
		}
		// Openings vary with the seed.
		const ids = new Set([...Array(30).keys()].map((seed) => roundOpening(seed)!.pick.id));
		expect(ids.size).toBeGreaterThan(10);
	});
});
