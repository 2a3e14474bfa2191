import { describe, expect, it } from 'vitest';
import { LEVELS } from '$lib/levels';
import { chain, quiz } from '$lib/puzzles';
import { itemView } from './item-link';

describe('itemView', () => {
	it('sends a level to its own page with its title', () => {
		const level = LEVELS[0];
		expect(itemView({ kind: 'level', id: level.id, version: level.version })).toEqual({
			title: level.title,
			path: `/play/${level.id}`
		});
	});

	it('sends a puzzle tier to its first puzzle and a concept to a round on it', () => {
		const tier = chain.TIERS[0];
		expect(itemView({ kind: 'puzzle', id: tier.id, version: 1 }).path).toBe(
			`/puzzles/${tier.puzzles[0].id}`
		);
		const concept = quiz.CONCEPTS[0];
		expect(itemView({ kind: 'quiz', id: concept.id, version: 1 })).toEqual({
			title: concept.name,
			path: `/quiz/round?concept=${concept.id}`
		});
	});

	it('keeps an unknown item as its id, without a link', () => {
		expect(itemView({ kind: 'level', id: 'gone-level', version: 3 })).toEqual({
			title: { en: 'gone-level', ko: 'gone-level' },
			path: null
		});
	});
});
