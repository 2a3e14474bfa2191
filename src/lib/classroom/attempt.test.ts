import { describe, expect, it } from 'vitest';
import { getLevel } from '../levels';
import { attemptItem, MAX_PATH_POINTS, parseAttempt, QUIZ_VERSION } from './attempt';

const level = getLevel('first-step');
const good = { kind: 'level', item: level.id, version: 1, run: level.reference };

describe('parseAttempt', () => {
	it('accepts each kind and names its item', () => {
		const parsed = parseAttempt({ ...good, claim: { steps: 3, finalLoss: null } });
		expect(parsed.ok && attemptItem(parsed.attempt)).toEqual({
			kind: 'level',
			id: 'first-step',
			version: 1
		});
		const puzzle = { kind: 'puzzle', item: 'gates.mul', version: 1, seed: 5 };
		expect(
			parseAttempt({ ...puzzle, answers: { 'l:3:0': '0.7' }, hints: 0, gaveUp: false }).ok
		).toBe(true);
		const q = parseAttempt({
			kind: 'quiz',
			item: 'batches.iterations',
			seed: 7,
			answer: ['a', 'b']
		});
		expect(q.ok && attemptItem(q.attempt)).toEqual({
			kind: 'quiz',
			id: 'batches.iterations',
			version: QUIZ_VERSION
		});
	});

	it('lists every problem with its field', () => {
		const parsed = parseAttempt({
			...good,
			version: 0,
			run: { ...level.reference, seed: 1.5 },
			score: 1
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problems.some((p) => p.startsWith('version:'))).toBe(true);
		expect(parsed.problems.some((p) => p.startsWith('run.seed:'))).toBe(true);
		expect(parsed.problems.some((p) => p.startsWith('score:'))).toBe(true);
		const kind = parseAttempt({ kind: 'essay' });
		expect(!kind.ok && kind.problems).toEqual(['kind: kind must be "level", "puzzle" or "quiz"']);
	});

	it('bounds every size: path length, coordinates, answer text, seeds, hints', () => {
		const problems = (raw: unknown) => {
			const parsed = parseAttempt(raw);
			return parsed.ok ? [] : parsed.problems;
		};
		const path = Array.from({ length: MAX_PATH_POINTS + 1 }, () => [0]);
		expect(problems({ ...good, claim: { steps: 1, finalLoss: 1, path } })[0]).toMatch(
			/^claim.path: must have at most 1001 points/
		);
		const wide = Array.from({ length: 65 }, () => 0);
		expect(problems({ ...good, claim: { steps: 1, finalLoss: 1, path: [wide] } })).toHaveLength(1);
		expect(problems({ ...good, claim: { steps: 1, finalLoss: Infinity } })).toHaveLength(1);
		const start = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`v${i}`, 0]));
		expect(problems({ ...good, run: { ...level.reference, start } })[0]).toMatch(/^run.start/);
		const puzzle = {
			kind: 'puzzle',
			item: 'gates.mul',
			version: 1,
			seed: 5,
			hints: 0,
			gaveUp: false
		};
		expect(problems({ ...puzzle, answers: { a: '1'.repeat(41) } })[0]).toMatch(/^answers.a:/);
		expect(problems({ ...puzzle, answers: {}, seed: 2 ** 32 })[0]).toMatch(/^seed:/);
		expect(problems({ ...puzzle, answers: {}, hints: 1001 })[0]).toMatch(/^hints:/);
		const many = Object.fromEntries(Array.from({ length: 257 }, (_, i) => [`k${i}`, '1']));
		expect(problems({ ...puzzle, answers: many })[0]).toMatch(/^answers: must have at most 256/);
		expect(problems({ kind: 'quiz', item: 'x'.repeat(81), seed: 1, answer: 'a' })[0]).toMatch(
			/^item:/
		);
		expect(problems({ kind: 'quiz', item: 'a.b', seed: 1, answer: 'a'.repeat(201) })).toHaveLength(
			1
		);
	});
});
