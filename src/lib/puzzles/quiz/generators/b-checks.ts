// Checks every group-B test runs on every form of a generator (imported by tests only): the
// same question for the same seed, both languages, finite numbers, distinct choices with the
// answer present once, and an independent recomputation of the answer for every form.
import { expect } from 'vitest';
import type { Choice, Generator, Question } from '../types';

/** 50 seeds: 0–39 (reference seeds 0, 8 … among them) and ten large ones. */
export const SEEDS = [
	...Array.from({ length: 40 }, (_, i) => i),
	...Array.from({ length: 10 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0) + 1)
];

const HANGUL = /[\uac00-\ud7a3]/;

function words(q: Question): string[] {
	const list = [q.prompt.en, q.prompt.ko, q.explanation.en, q.explanation.ko];
	if (q.kind !== 'numeric') for (const c of q.choices) list.push(c.text.en, c.text.ko);
	return list;
}

/** The checks every question passes, whatever its form. */
export function checkQuestion(gen: Generator, form: string, seed: number, q: Question): void {
	expect(q.id).toBe(`${gen.id}.${form}`);
	expect(q.seed).toBe(seed);
	expect(q.concept).toBe(gen.concept);
	for (const text of words(q)) {
		expect(text.trim().length).toBeGreaterThan(0);
		expect(text).not.toMatch(/NaN|undefined|Infinity|\[object/);
	}
	// A control character means a TeX command lost its backslash ('\frac' typed as '\f' + 'rac').
	const texts = [q.promptTex ?? '', q.explanationTex ?? ''];
	if (q.kind !== 'numeric') texts.push(...q.choices.map((c) => c.tex ?? ''));
	for (const s of [...words(q), ...texts]) {
		expect([...s].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
	}
	expect(q.prompt.ko).toMatch(HANGUL);
	expect(q.explanation.ko).toMatch(HANGUL);
	if (q.kind === 'numeric') {
		expect(Number.isFinite(q.answer)).toBe(true);
		return;
	}
	const ids = q.choices.map((c) => c.id);
	expect(new Set(ids).size).toBe(ids.length);
	const faces = q.choices.map((c) => `${c.text.en}|${c.tex ?? ''}`);
	expect(new Set(faces).size).toBe(faces.length);
	expect(new Set(q.choices.map((c) => `${c.text.ko}|${c.tex ?? ''}`)).size).toBe(faces.length);
	if (q.kind === 'choice') {
		expect(q.choices.length).toBeGreaterThanOrEqual(2);
		expect(ids.filter((id) => id === q.answer)).toHaveLength(1);
	} else {
		expect(q.choices.length).toBeGreaterThanOrEqual(3);
		expect([...q.answer].sort()).toEqual([...ids].sort());
	}
}

/** Every form × every seed: the common checks, determinism, and the form's own recomputation. */
export function checkGenerator(
	gen: Generator,
	verify: Record<string, (q: Question, seed: number) => void>
): void {
	expect(Object.keys(verify).sort()).toEqual([...gen.forms].sort());
	expect(() => gen.make('no-such-form', 1)).toThrow(/no-such-form/);
	for (const form of gen.forms) {
		for (const seed of SEEDS) {
			const q = gen.make(form, seed);
			expect(gen.make(form, seed)).toEqual(q);
			checkQuestion(gen, form, seed, q);
			verify[form](q, seed);
		}
	}
}

/** The choice the question marks right. */
export function answerChoice(q: Question): Choice {
	if (q.kind !== 'choice') throw new Error(`${q.id} is not a choice question`);
	return q.choices.find((c) => c.id === q.answer)!;
}

/** The choices in the order the question says is right. */
export function answerOrder(q: Question): Choice[] {
	if (q.kind !== 'order') throw new Error(`${q.id} is not an order question`);
	return q.answer.map((id) => q.choices.find((c) => c.id === id)!);
}

export function numericAnswer(q: Question): number {
	if (q.kind !== 'numeric') throw new Error(`${q.id} is not a numeric question`);
	return q.answer;
}

/** The answer as an index into an independently sorted list of faces (tex, else English text). */
export const face = (c: Choice) => c.tex ?? c.text.en;
