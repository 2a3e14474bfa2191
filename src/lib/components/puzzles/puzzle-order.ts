// Where "next puzzle" leads: the next puzzle in tier order, and in the endless generated tier a new
// graph of the same difficulty (the next seed).
import type { TierDef } from '$lib/puzzles/types';
import { MAX_SEED } from './seed-param';

export interface PuzzleRef {
	readonly id: string;
	readonly seed: number;
}

export function nextPuzzle(tiers: readonly TierDef[], id: string, seed: number): PuzzleRef | null {
	const all = tiers.flatMap((tier) => tier.puzzles);
	const index = all.findIndex((def) => def.id === id);
	if (index < 0) return null;
	if (all[index].tier === 'generated') return { id, seed: seed >= MAX_SEED ? 0 : seed + 1 };
	const next = all[index + 1];
	return next ? { id: next.id, seed: 0 } : null;
}

/** The page of a puzzle (without the locale prefix); seed 0 is left out of the link. */
export function puzzlePath(ref: PuzzleRef): string {
	const path = `/puzzles/${encodeURIComponent(ref.id)}`;
	return ref.seed === 0 ? path : `${path}?seed=${ref.seed}`;
}
