import { describe, expect, it } from 'vitest';
import { CONCEPTS, conceptInfo } from './concepts';
import { GENERATORS } from './generators';
import type { ConceptId } from './types';

describe('CONCEPTS', () => {
	it('names every concept in both languages with its CURRICULUM numbers', () => {
		const ids = CONCEPTS.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(16); // every member of ConceptId
		for (const c of CONCEPTS) {
			for (const t of [c.name, c.description]) {
				expect(t.en.trim()).not.toBe('');
				expect(t.ko).toMatch(/[\uac00-\ud7a3]/);
			}
			expect(c.curriculum.length).toBeGreaterThan(0);
			c.curriculum.forEach((n) => expect(n).toMatch(/^C([1-9]|1\d|2[0-5])$/));
		}
	});

	it('covers every generator concept and looks concepts up by id', () => {
		for (const g of GENERATORS) expect(conceptInfo(g.concept).id).toBe(g.concept);
		expect(() => conceptInfo('nope' as ConceptId)).toThrow(/nope/);
	});
});
