// Checking typed answers field by field, and scoring a submission: a pure function of
// (puzzle id, version, seed, answers, hints, gave up), so the server re-makes the puzzle and
// re-scores it without trusting anything the page computed.
import { accepts, readNumber } from '../numbers';
import type {
	FieldResult,
	MistakeId,
	Puzzle,
	PuzzleDef,
	PuzzleScore,
	PuzzleSubmission
} from '../types';
import { checkSeed } from './seed';

/** Longest answer text accepted (a number, a fraction, a few spaces). */
export const MAX_ANSWER_LENGTH = 40;
/** More hints than this cannot be honest (and the stars bottom out at 1 anyway). */
export const MAX_HINTS = 1000;

/** Checks each field of `puzzle` against `answers` (by field key), explaining each wrong one. */
export function checkFields(
	def: PuzzleDef,
	puzzle: Puzzle,
	answers: Readonly<Record<string, string>>
): FieldResult[] {
	const read = new Map<string, number>();
	for (const field of puzzle.fields) {
		const text = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
		const value = typeof text === 'string' ? readNumber(text) : undefined;
		if (value !== undefined) read.set(field.key, value);
	}
	return puzzle.fields.map((field): FieldResult => {
		const text = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
		const base = { key: field.key, expected: field.expected };
		if (typeof text !== 'string' || text.trim() === '') return { ...base, status: 'empty' };
		const given = read.get(field.key);
		if (given === undefined) return { ...base, status: 'unreadable' };
		if (accepts(given, field.expected)) return { ...base, status: 'correct', given };
		const { mistake, explanation } = def.explain(puzzle, field, given, read);
		return { ...base, status: 'wrong', given, explanation, ...(mistake ? { mistake } : {}) };
	});
}

/** Refuses a submission that no honest page could send, saying what is wrong with it. */
function validate(def: PuzzleDef, puzzle: Puzzle, sub: PuzzleSubmission): void {
	if (sub.version !== def.version)
		throw new Error(
			`Puzzle "${def.id}" is at version ${def.version}, the submission is for version ${String(sub.version)}`
		);
	if (typeof sub.answers !== 'object' || sub.answers === null)
		throw new Error('A submission needs an answers object');
	const keys = new Set(puzzle.fields.map((f) => f.key));
	for (const [key, text] of Object.entries(sub.answers)) {
		if (!keys.has(key)) throw new Error(`Puzzle "${def.id}" has no field "${key}"`);
		if (typeof text !== 'string') throw new Error(`The answer to "${key}" is not text`);
		if (text.length > MAX_ANSWER_LENGTH)
			throw new Error(`The answer to "${key}" is longer than ${MAX_ANSWER_LENGTH} characters`);
	}
	if (!Number.isInteger(sub.hints) || sub.hints < 0 || sub.hints > MAX_HINTS)
		throw new Error(
			`Hints must be a whole number from 0 to ${MAX_HINTS}, got ${String(sub.hints)}`
		);
	if (typeof sub.gaveUp !== 'boolean') throw new Error('gaveUp must be true or false');
}

/** Re-makes the puzzle from (id, seed), re-checks every answer and counts the stars. */
export function scoreWith(def: PuzzleDef, sub: PuzzleSubmission): PuzzleScore {
	const seed = checkSeed(sub.seed);
	const puzzle = def.make(seed);
	validate(def, puzzle, sub);
	const results = checkFields(def, puzzle, sub.answers);
	const correct = results.filter((r) => r.status === 'correct').length;
	const solved = correct === results.length && !sub.gaveUp;
	const mistakes: MistakeId[] = [];
	for (const r of results) if (r.mistake && !mistakes.includes(r.mistake)) mistakes.push(r.mistake);
	return {
		id: def.id,
		version: def.version,
		seed,
		results,
		correct,
		total: results.length,
		solved,
		stars: solved ? (Math.max(1, 3 - sub.hints) as 1 | 2 | 3) : 0,
		mistakes
	};
}
