import { describe, expect, it } from 'vitest';
import type { PuzzleDef, TierDef, TierId } from '$lib/puzzles/types';
import { nextPuzzle, puzzlePath } from './puzzle-order';

const def = (id: string, tier: TierId) => ({ id, tier }) as PuzzleDef;
const tier = (id: TierId, names: string[]) =>
	({ id, puzzles: names.map((n) => def(`${id}.${n}`, id)) }) as unknown as TierDef;

const TIERS = [
	tier('gates', ['add', 'mul']),
	tier('circuits', ['xyz']),
	tier('generated', ['1', '2'])
];

describe('nextPuzzle', () => {
	it('goes on in tier order, across tiers, from seed 0', () => {
		expect(nextPuzzle(TIERS, 'gates.add', 5)).toEqual({ id: 'gates.mul', seed: 0 });
		expect(nextPuzzle(TIERS, 'gates.mul', 0)).toEqual({ id: 'circuits.xyz', seed: 0 });
		expect(nextPuzzle(TIERS, 'circuits.xyz', 0)).toEqual({ id: 'generated.1', seed: 0 });
	});

	it('gives a new graph of the same difficulty in the generated tier', () => {
		expect(nextPuzzle(TIERS, 'generated.2', 41)).toEqual({ id: 'generated.2', seed: 42 });
		expect(nextPuzzle(TIERS, 'generated.1', 0xffffffff)).toEqual({ id: 'generated.1', seed: 0 });
	});

	it('knows no next for an unknown puzzle', () => {
		expect(nextPuzzle(TIERS, 'nope', 0)).toBeNull();
	});
});

describe('puzzlePath', () => {
	it('links the seed only when it is not 0', () => {
		expect(puzzlePath({ id: 'circuits.xyz', seed: 0 })).toBe('/puzzles/circuits.xyz');
		expect(puzzlePath({ id: 'generated.3', seed: 17 })).toBe('/puzzles/generated.3?seed=17');
	});
});
