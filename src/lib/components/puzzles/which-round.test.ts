import { describe, expect, it } from 'vitest';
import type { Generator, Question } from '$lib/puzzles/quiz/types';
import { makeRound, questionSeed } from './which-round';

const fake: Generator = {
	id: 'fake',
	concept: 'chain-rule',
	forms: ['a', 'b', 'c'],
	make: (form, seed) => ({ id: `fake.${form}`, seed }) as unknown as Question
};

describe('makeRound', () => {
	it('is the same round for the same seed, and another for another seed', () => {
		expect(makeRound(fake, 7)).toEqual(makeRound(fake, 7));
		expect(makeRound(fake, 7).map((q) => q.seed)).not.toEqual(
			makeRound(fake, 8).map((q) => q.seed)
		);
	});

	it('asks every form in turn with distinct uint32 seeds', () => {
		const round = makeRound(fake, 0, 6);
		expect(round.map((q) => q.id)).toEqual([
			'fake.a',
			'fake.b',
			'fake.c',
			'fake.a',
			'fake.b',
			'fake.c'
		]);
		const seeds = round.map((q) => q.seed);
		expect(new Set(seeds).size).toBe(6);
		for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
	});

	it('spreads neighbouring seeds apart', () => {
		const seeds = Array.from({ length: 1000 }, (_, s) => questionSeed(s, 0));
		expect(new Set(seeds).size).toBe(1000);
		expect(seeds.filter((s) => s >= 2 ** 31).length).toBeGreaterThan(400);
	});
});
