// The payloads the pages build must be what the server's schema accepts (VERIFY's parseAttempt),
// carry the run or answers unchanged, and nothing about the result.
import { describe, expect, it } from 'vitest';
import { parseAttempt } from '$lib/classroom/attempt';
import { getLevel, runLevel } from '$lib/levels';
import { learnerOf, levelAttempt, puzzleAttempt, quizAttempt } from './payloads';

describe('attempt payloads', () => {
	it('a level run becomes its settings, start and seed, which the schema accepts', () => {
		const level = getLevel('first-step');
		const run = { levelId: level.id, version: level.version, ...level.reference };
		const payload = levelAttempt(runLevel(level, run).run);
		expect(parseAttempt(payload)).toEqual({ ok: true, attempt: payload });
		expect(payload).toEqual({
			kind: 'level',
			item: 'first-step',
			version: level.version,
			run: level.reference
		});
		expect(JSON.stringify(payload)).not.toMatch(/loss|score|stars|claim/i);
	});

	it('a puzzle and a quiz answer pass the schema as they are', () => {
		const puzzle = puzzleAttempt({
			id: 'gates.mul',
			version: 2,
			seed: 5,
			answers: { 'v:1': '-4', 'd:2:0': '½' },
			hints: 1,
			gaveUp: true
		});
		expect(parseAttempt(puzzle)).toEqual({ ok: true, attempt: puzzle });
		const ordered = quizAttempt({ id: 'order.steps', seed: 3 }, ['b', 'a', 'c']);
		expect(parseAttempt(ordered)).toEqual({ ok: true, attempt: ordered });
		expect(quizAttempt({ id: 'x.y', seed: 0 }, '0.5')).toEqual({
			kind: 'quiz',
			item: 'x.y',
			seed: 0,
			answer: '0.5'
		});
	});

	it('reads the signed-in learner from the layout data, and nobody otherwise', () => {
		const learner = { learnerId: 7, displayName: '<b>x</b>', className: '5B' };
		expect(learnerOf({ learner })).toEqual(learner);
		// Without their id nothing could be kept for them safely: treated as nobody.
		expect(learnerOf({ learner: { displayName: 'x', className: '5B' } })).toBeNull();
		expect(learnerOf({ learner: { ...learner, learnerId: '7' } })).toBeNull();
		expect(learnerOf({ learner: null })).toBeNull();
		expect(learnerOf({})).toBeNull();
	});
});
