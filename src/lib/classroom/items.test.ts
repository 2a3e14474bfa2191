import { describe, expect, it } from 'vitest';
import { LEVELS } from '../levels';
import { chain, quiz } from '../puzzles';
import { assignableItems, findItem, itemMatches } from './items';

describe('the assignable items', () => {
	it('lists every level, every puzzle tier and every quiz concept once', () => {
		const items = assignableItems();
		const ids = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.id);
		expect(ids('level')).toEqual(LEVELS.map((l) => l.id));
		expect(ids('puzzle')).toEqual(chain.TIERS.map((t) => t.id));
		expect(ids('quiz')).toEqual(quiz.CONCEPTS.map((c) => c.id));
		expect(new Set(items.map((i) => `${i.kind}:${i.id}`)).size).toBe(items.length);
	});

	it('gives every tier its puzzles and every concept at least one question of its own', () => {
		const forms = quiz.questionForms();
		for (const item of assignableItems()) {
			if (item.kind === 'puzzle') expect(item.puzzles.length).toBeGreaterThan(0);
			if (item.kind !== 'quiz') continue;
			expect(item.questions.length).toBeGreaterThan(0);
			for (const id of item.questions) {
				expect(forms).toContain(id);
				expect(quiz.makeQuestion(id, 1).concept).toBe(item.id);
			}
		}
		const all = assignableItems().flatMap((i) => (i.kind === 'quiz' ? i.questions : []));
		expect(all.sort()).toEqual([...forms].sort());
	});

	it('finds items by kind and id, with titles in both languages', () => {
		const level = findItem('level', 'newton-1d');
		expect(level).toMatchObject({ kind: 'level', version: 1, world: { id: 'newtons-shortcut' } });
		expect(level?.title.ko).toMatch(/[\uAC00-\uD7A3]/);
		expect(findItem('puzzle', 'gates')?.title.en).toBe('Single gates');
		expect(findItem('quiz', 'batches')).toBeDefined();
		expect(findItem('level', 'gates')).toBeUndefined();
		expect(findItem('puzzle', 'nope')).toBeUndefined();
	});
});

describe('itemMatches', () => {
	const ref = (kind: 'level' | 'puzzle' | 'quiz', id: string, version = 1) => ({
		kind,
		id,
		version
	});

	it('counts any puzzle of an assigned tier and any question of an assigned concept', () => {
		expect(itemMatches(ref('puzzle', 'gates'), ref('puzzle', 'gates.mul'))).toBe(true);
		expect(itemMatches(ref('puzzle', 'gates'), ref('puzzle', 'circuits.xyz'))).toBe(false);
		expect(itemMatches(ref('quiz', 'batches'), ref('quiz', 'batches.iterations'))).toBe(true);
		expect(itemMatches(ref('quiz', 'batches'), ref('quiz', 'newton.step-1d'))).toBe(false);
		expect(itemMatches(ref('quiz', 'gates'), ref('puzzle', 'gates.mul'))).toBe(false);
	});

	it('counts a level only at the assigned version', () => {
		expect(itemMatches(ref('level', 'zigzag'), ref('level', 'zigzag'))).toBe(true);
		expect(itemMatches(ref('level', 'zigzag'), ref('level', 'zigzag', 2))).toBe(false);
		expect(itemMatches(ref('level', 'zigzag'), ref('level', 'first-step'))).toBe(false);
	});
});
