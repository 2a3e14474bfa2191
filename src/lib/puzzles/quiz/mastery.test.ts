import { describe, expect, it } from 'vitest';
import {
	GAPS,
	conceptRecord,
	emptyMastery,
	isDue,
	nextRound,
	parseMastery,
	recordAnswer,
	type MasteryState
} from './mastery';
import type { ConceptId } from './types';
import { questionForms } from './registry';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

/** Answers `pattern` (1 = right, 0 = wrong) for one concept, a second apart. */
function answer(pattern: string, concept: ConceptId = 'batches', state = emptyMastery()) {
	return [...pattern].reduce(
		(s, c, i) => recordAnswer(s, concept, c === '1', T0 + i * 1000),
		state
	);
}
const level = (s: MasteryState, c: ConceptId = 'batches') => conceptRecord(s, c).level;

describe('levels', () => {
	it('climbs new → familiar → proficient → mastered on right answers in a row', () => {
		expect(level(emptyMastery())).toBe('new');
		const seen = [1, 2, 3, 4, 5, 6].map((n) => level(answer('1'.repeat(n))));
		expect(seen).toEqual([
			'familiar',
			'familiar',
			'proficient',
			'proficient',
			'proficient',
			'mastered'
		]);
		const rec = conceptRecord(answer('111111'), 'batches');
		expect(rec).toMatchObject({ streak: 6, seen: 6, correct: 6 });
	});

	it('drops one level and resets the streak on a miss', () => {
		const mastered = answer('111111');
		const missed = recordAnswer(mastered, 'batches', false, T0 + MIN);
		expect(level(missed)).toBe('proficient');
		expect(conceptRecord(missed, 'batches')).toMatchObject({ streak: 0, seen: 7, correct: 6 });
		expect(level(answer('1110'))).toBe('familiar');
		expect(level(answer('10'))).toBe('new');
		expect(level(answer('0'))).toBe('new');
	});

	it('needs accuracy as well as a streak', () => {
		// 3 right in a row, but 3 of 7 overall (43 %) is below the 60 % that proficient needs
		expect(level(answer('0000111'))).toBe('familiar');
		expect(level(answer('0111'))).toBe('proficient'); // 75 %
	});

	it('keeps concepts apart and counts every answer on the clock', () => {
		const s = answer('11', 'softmax', answer('111'));
		expect(level(s, 'batches')).toBe('proficient');
		expect(level(s, 'softmax')).toBe('familiar');
		expect(s.answered).toBe(5);
	});
});

describe('scheduling', () => {
	it('brings a missed concept back a few questions or a couple of minutes later', () => {
		const missed = answer('0');
		expect(isDue(missed, 'batches', T0)).toBe(false);
		const later = answer('111', 'softmax', missed);
		expect(later.answered - missed.answered).toBe(GAPS.missed.answers);
		expect(isDue(later, 'batches', T0 + 3000)).toBe(true);
		expect(isDue(missed, 'batches', T0 + GAPS.missed.ms)).toBe(true);
	});

	it('shows a mastered concept rarely, and a never-seen one at once', () => {
		const mastered = answer('111111');
		const at = T0 + 6000;
		expect(isDue(mastered, 'batches', at + 6 * 24 * 60 * MIN)).toBe(false);
		expect(isDue(mastered, 'batches', at + 7 * 24 * 60 * MIN)).toBe(true);
		const many = answer('1'.repeat(39), 'softmax', mastered);
		expect(isDue(many, 'batches', at)).toBe(false);
		expect(isDue(recordAnswer(many, 'softmax', true, at), 'batches', at)).toBe(true);
		expect(isDue(emptyMastery(), 'hinge', T0)).toBe(true);
	});
});

describe('nextRound', () => {
	const forms = [
		...['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, concept: 'batches' as ConceptId })),
		...['b1', 'b2', 'b3', 'b4'].map((id) => ({ id, concept: 'softmax' as ConceptId }))
	];

	it('never repeats a form, honours size, seed and concepts, and is deterministic', () => {
		const state = emptyMastery();
		for (let seed = 0; seed < 50; seed++) {
			const round = nextRound(state, { size: 6, seed, now: T0, forms });
			expect(round).toHaveLength(6);
			expect(new Set(round.map((p) => p.id)).size).toBe(6);
			round.forEach((p) =>
				expect(Number.isInteger(p.seed) && p.seed >= 0 && p.seed < 2 ** 32).toBe(true)
			);
			expect(nextRound(state, { size: 6, seed, now: T0, forms })).toEqual(round);
		}
		expect(nextRound(state, { size: 20, seed: 1, now: T0, forms })).toHaveLength(8);
		const only = nextRound(state, { size: 3, seed: 1, now: T0, forms, concepts: ['softmax'] });
		only.forEach((p) => expect(p.id).toMatch(/^b/));
		expect(nextRound(state, { size: -2, seed: 1, now: T0, forms })).toEqual([]);
	});

	it('leans towards a due, weak concept over a mastered one', () => {
		let state = answer('111111', 'batches');
		state = recordAnswer(state, 'softmax', false, T0 + 10_000);
		state = answer('111', 'hinge', state); // three more answers: the softmax miss is due again
		const now = T0 + 20_000;
		expect(isDue(state, 'softmax', now)).toBe(true);
		expect(isDue(state, 'batches', now)).toBe(false);
		let weak = 0;
		for (let seed = 0; seed < 400; seed++) {
			const [first] = nextRound(state, { size: 1, seed, now, forms });
			if (first.id.startsWith('b')) weak += 1;
		}
		expect(weak / 400).toBeGreaterThan(0.85);
	});

	it('with firstBySeed, opens with a pick of the seed alone, and leans as usual after it', () => {
		let state = answer('111111', 'batches');
		state = recordAnswer(state, 'softmax', false, T0 + 10_000);
		state = answer('111', 'hinge', state);
		const now = T0 + 20_000;
		const opening = (seed: number, concepts?: ConceptId[]) =>
			nextRound(emptyMastery(), { size: 4, seed, now: 0, forms, concepts, firstBySeed: true });
		const openers = new Set<string>();
		let weakAfter = 0;
		let after = 0;
		for (let seed = 0; seed < 400; seed++) {
			const round = nextRound(state, { size: 4, seed, now, forms, firstBySeed: true });
			// The same opening as a new learner's at another time.
			expect(round[0]).toEqual(opening(seed)[0]);
			openers.add(round[0].id.charAt(0));
			expect(new Set(round.map((p) => p.id)).size).toBe(4);
			for (const p of round.slice(1)) {
				after += 1;
				if (p.id.startsWith('b')) weakAfter += 1;
			}
		}
		// Both concepts open rounds (equal weights), the weak one fills most of the rest.
		expect(openers).toEqual(new Set(['a', 'b']));
		const opensWeak = [...Array(400).keys()].filter((seed) =>
			opening(seed)[0].id.startsWith('b')
		).length;
		expect(opensWeak / 400).toBeGreaterThan(0.4);
		expect(opensWeak / 400).toBeLessThan(0.6);
		expect(weakAfter / after).toBeGreaterThan(0.6);
		expect(opening(1, ['softmax'])[0].id).toMatch(/^b/);
	});

	it('picks real question forms by default', () => {
		const ids = new Set(questionForms());
		const round = nextRound(emptyMastery(), { size: 10, seed: 9, now: T0 });
		expect(round).toHaveLength(10);
		round.forEach((p) => expect(ids.has(p.id)).toBe(true));
	});
});

describe('parseMastery', () => {
	it('round-trips a state through JSON', () => {
		const state = answer('1101', 'vanishing', answer('11'));
		expect(parseMastery(JSON.parse(JSON.stringify(state)))).toEqual(state);
	});

	it('gives a fresh state for bad or old data, never a crash', () => {
		const fresh = emptyMastery();
		for (const bad of [
			null,
			undefined,
			'x',
			42,
			[],
			{},
			{ version: 0, answered: 0, concepts: {} },
			{ version: 1, answered: -1, concepts: {} },
			{ version: 1, answered: 1.5, concepts: {} },
			{ version: 1, answered: 0, concepts: [] }
		]) {
			expect(parseMastery(bad)).toEqual(fresh);
		}
	});

	it('drops records of unknown concepts and malformed records', () => {
		const good = conceptRecord(answer('11'), 'batches');
		const parsed = parseMastery({
			version: 1,
			answered: 9,
			concepts: {
				batches: good,
				'gone-concept': good,
				softmax: { ...good, level: 'guru' },
				hinge: { ...good, correct: 5, seen: 2 },
				newton: { ...good, streak: -1 },
				__proto__: good
			}
		});
		expect(parsed.answered).toBe(9);
		expect(Object.keys(parsed.concepts)).toEqual(['batches']);
	});
});
