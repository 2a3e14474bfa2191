import { describe, expect, it } from 'vitest';
import { LEVELS, WORLDS } from '$lib/levels';
import { chain, quiz } from '$lib/puzzles';
import { itemByKey, itemKey, knownKeys, optionGroups, titleOf } from './catalogue';

describe('the catalogue as a teacher picks from it', () => {
	it('offers every level grouped by world, every tier and every concept, once each', () => {
		const groups = optionGroups();
		const levelGroups = groups.filter((g) => g.kind === 'level');
		expect(levelGroups.map((g) => g.world)).toEqual(WORLDS.map((w) => w.title));
		expect(levelGroups.flatMap((g) => g.options.map((o) => o.key))).toEqual(
			LEVELS.map((l) => `level:${l.id}:${l.version}`)
		);
		const ids = (kind: string) =>
			groups
				.filter((g) => g.kind === kind)
				.flatMap((g) => g.options.map((o) => o.key.split(':')[1]));
		expect(ids('puzzle')).toEqual(chain.TIERS.map((t) => t.id));
		expect(ids('quiz')).toEqual(quiz.CONCEPTS.map((c) => c.id));
		const keys = groups.flatMap((g) => g.options.map((o) => o.key));
		expect(new Set(keys).size).toBe(keys.length);
		expect([...knownKeys()].sort()).toEqual([...keys].sort());
	});

	it('finds an item and its title by key, and nothing for an unknown key', () => {
		const level = LEVELS[0];
		const ref = { kind: 'level', id: level.id, version: level.version } as const;
		expect(itemByKey(itemKey(ref))?.title).toEqual(level.title);
		expect(titleOf(ref)).toEqual(level.title);
		expect(titleOf({ ...ref, version: level.version + 1 })).toBeUndefined();
		expect(itemByKey('level:no-such-level:1')).toBeUndefined();
	});
});
