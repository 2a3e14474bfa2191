// A learner's attempt at f = (x + y)z (CURRICULUM.md: q = 3, f = −12, ∂f/∂z = 3, ∂f/∂q = ∂f/∂x =
// ∂f/∂y = −4): marks after a check, hints and step-through views costing stars, and giving up.
import { describe, expect, it } from 'vitest';
import { getPuzzleDef, makePuzzle } from '$lib/puzzles/chain';
import type { Field } from '$lib/puzzles/types';
import { PuzzleSession } from './PuzzleSession.svelte';

/** The reference answer for each field, from the field's meaning (not from the puzzle's numbers). */
function reference(field: Field): string {
	const values: Record<string, number> = { q: 3, f: -12 };
	const grads: Record<string, number> = { f: 1, q: -4, z: 3, x: -4, y: -4 };
	const locals: Record<string, number> = { 'q:x': 1, 'q:y': 1, 'f:q': -4, 'f:z': 3 };
	const [, top, bottom] = /^(?:local )?∂(\w+)\/∂(\w+)$/.exec(field.label.en) ?? [];
	if (field.kind === 'value') return String(values[field.label.en.replace('value of ', '')]);
	if (field.kind === 'upstream') return String(grads[bottom]);
	if (field.kind === 'local') return String(locals[`${top}:${bottom}`]);
	throw new Error(`unexpected field ${field.key}`);
}

function session() {
	const puzzle = makePuzzle('circuits.xyz', 0);
	return new PuzzleSession(puzzle, getPuzzleDef('circuits.xyz'));
}

describe('PuzzleSession', () => {
	it('solves (x + y)z with three stars', () => {
		const s = session();
		for (const field of s.puzzle.fields) s.setAnswer(field.key, reference(field));
		const score = s.check();
		expect(score.solved).toBe(true);
		expect(score.stars).toBe(3);
		expect(s.solved).toBe(true);
		expect(Object.values(s.results).every((r) => r.status === 'correct')).toBe(true);
	});

	it('marks a wrong field and its node, and clears the mark when it is edited', () => {
		const s = session();
		const gradX = s.puzzle.fields.find((f) => f.kind === 'upstream' && f.label.en === '∂f/∂x')!;
		s.setAnswer(gradX.key, '1'); // the add gate's local derivative alone (no upstream)
		s.check();
		const result = s.results[gradX.key];
		expect(result.status).toBe('wrong');
		expect(result.explanation?.en).toMatch(/[−-]4/);
		expect(s.troubledNodes).toEqual([gradX.node]);
		s.setAnswer(gradX.key, '-4');
		expect(s.results[gradX.key]).toBeUndefined();
		expect(s.troubledNodes).toEqual([]);
		expect(s.solved).toBe(false);
	});

	it('gives a hint for the first field not yet right, costing a star each', () => {
		const s = session();
		const [first, second] = s.puzzle.fields;
		expect(s.takeHint()).toBe(first);
		expect(s.hint?.field).toBe(first);
		expect(s.starsLeft).toBe(2);
		s.setAnswer(first.key, reference(first));
		expect(s.takeHint()).toBe(second);
		expect(s.starsLeft).toBe(1);
		for (const field of s.puzzle.fields) s.setAnswer(field.key, reference(field));
		expect(s.takeHint()).toBeNull();
		expect(s.check().stars).toBe(1);
	});

	it('charges each step-through step once, and nothing after the end', () => {
		const s = session();
		expect(s.steps.length).toBeGreaterThan(2);
		s.showStep(s.stepForFirstUnsolved());
		s.showStep(1);
		s.showStep(1);
		s.showStep(0);
		expect(s.hints).toBe(2);
		s.giveUp();
		s.showStep(2);
		expect(s.hints).toBe(2);
		expect(s.step).toBe(2);
	});

	it('after giving up: no more answers, no stars, a worked line for every field', () => {
		const s = session();
		s.giveUp();
		s.setAnswer(s.puzzle.fields[0].key, '3');
		expect(s.answers).toEqual({});
		expect(s.check().stars).toBe(0);
		const worked = s.worked();
		expect(worked.map((w) => w.field.key)).toEqual(s.puzzle.fields.map((f) => f.key));
		expect(worked.find((w) => w.field.label.en === 'value of f')?.text.en).toMatch(/[−-]12/);
	});

	it('never sends the core an answer longer than it accepts', () => {
		const s = session();
		s.setAnswer(s.puzzle.fields[0].key, '3'.repeat(500));
		expect(() => s.check()).not.toThrow();
	});
});
