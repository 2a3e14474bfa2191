// What every group-A generator test runs (imported by tests only): each form × 50 seeds must give
// the same question for the same seed, words in both languages, finite numbers, distinct choices
// with the right one present exactly once, and a key that the test recomputes its own way.
import { expect, it } from 'vitest';
import type { Generator, Question } from '../types';

/** 50 seeds: 0–39 (every fourth a reference seed) and ten large ones. */
export const SEEDS = [
	...Array.from({ length: 40 }, (_, i) => i),
	...Array.from({ length: 10 }, (_, i) => (Math.imul(i + 7, 2654435761) >>> 0) + 3)
];

const HANGUL = /[\uac00-\ud7a3]/;

export function checkShape(gen: Generator, form: string, seed: number, q: Question): void {
	expect(q.id).toBe(`${gen.id}.${form}`);
	expect(q.seed).toBe(seed);
	expect(q.concept).toBe(gen.concept);
	for (const words of [q.prompt, q.explanation]) {
		expect(words.en.trim()).not.toBe('');
		expect(words.ko).toMatch(HANGUL);
		expect(`${words.en} ${words.ko}`).not.toMatch(/NaN|undefined|Infinity|\[object/);
	}
	expect(`${q.promptTex ?? ''}${q.explanationTex ?? ''}`).not.toMatch(/NaN|undefined|Infinity/);
	if (q.kind === 'numeric') {
		expect(Number.isFinite(q.answer)).toBe(true);
		return;
	}
	const ids = q.choices.map((c) => c.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const lang of ['en', 'ko'] as const) {
		const faces = q.choices.map((c) => `${c.text[lang]}|${c.tex ?? ''}`);
		expect(new Set(faces).size).toBe(faces.length);
		q.choices.forEach((c) => expect(c.text[lang].trim()).not.toBe(''));
	}
	if (q.kind === 'choice') {
		expect(q.choices.length).toBeGreaterThanOrEqual(2);
		expect(ids.filter((id) => id === q.answer)).toHaveLength(1);
	} else {
		expect([...q.answer].sort()).toEqual([...ids].sort());
		expect(ids).not.toEqual(q.answer); // never shown already in order
	}
}

type Check = (q: Question, p: Record<string, unknown>) => void;

/**
 * One `it` per form: the shape checks, determinism, and `checks[form]` (the independent key).
 * A form without a check fails, so a new form cannot slip in untested.
 */
export function testGenerator(gen: Generator, checks: Record<string, Check>): void {
	it('has a key check for every form and no stale ones', () => {
		expect(Object.keys(checks).sort()).toEqual([...gen.forms].sort());
	});
	for (const form of gen.forms) {
		it(`${gen.id}.${form}: 50 seeds, keys recomputed`, () => {
			for (const seed of SEEDS) {
				const q = gen.make(form, seed);
				checkShape(gen, form, seed, q);
				expect(gen.make(form, seed)).toEqual(q);
				checks[form]?.(q, (q.params ?? {}) as Record<string, unknown>);
			}
		});
	}
}

/** The numeric answer, failing on another kind. */
export function numberOf(q: Question): number {
	if (q.kind !== 'numeric') throw new Error(`${q.id} is not numeric`);
	return q.answer;
}

/** The choice answer id, failing on another kind. */
export function choiceOf(q: Question): string {
	if (q.kind !== 'choice') throw new Error(`${q.id} is not a choice question`);
	return q.answer;
}

/** The order answer ids, failing on another kind. */
export function orderOf(q: Question): readonly string[] {
	if (q.kind !== 'order') throw new Error(`${q.id} is not an order question`);
	return q.answer;
}

/** For "which is true?": the answer is a true statement and every other choice a false one. */
export function checkStatements(
	q: Question,
	pool: { truths: readonly { id: string }[]; falsehoods: readonly { id: string }[] }
): void {
	if (q.kind !== 'choice') throw new Error(`${q.id} is not a choice question`);
	expect(pool.truths.map((s) => s.id)).toContain(q.answer);
	const falseIds = pool.falsehoods.map((s) => s.id);
	q.choices.filter((c) => c.id !== q.answer).forEach((c) => expect(falseIds).toContain(c.id));
}

/** Central difference of a plain function (the tests' own, not the engine's). */
export const slope = (f: (x: number) => number, x: number, h = 1e-6) =>
	(f(x + h) - f(x - h)) / (2 * h);
