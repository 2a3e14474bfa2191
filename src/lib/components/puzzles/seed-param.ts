// The puzzle's seed in the URL (`?seed=42`), so a link replays the same numbers. Seeds are 32-bit
// unsigned integers; anything else is refused with a reason and seed 0 is used instead.

export const MAX_SEED = 0xffffffff;

export type SeedProblem = 'not-integer' | 'too-large';

export interface SeedReading {
	readonly seed: number;
	/** Why the given seed was refused (then `seed` is 0), or null. */
	readonly problem: SeedProblem | null;
	/** The text that was refused, to show back. */
	readonly given: string | null;
}

/** Reads `?seed=`: missing or empty is seed 0; `12`, ` 12 `, `+12` are 12; `-1`, `1.5`, `abc` are refused. */
export function readSeed(text: string | null): SeedReading {
	const trimmed = text?.trim() ?? '';
	if (trimmed === '') return { seed: 0, problem: null, given: null };
	if (!/^\+?\d+$/.test(trimmed)) return { seed: 0, problem: 'not-integer', given: text };
	const seed = Number(trimmed);
	if (seed > MAX_SEED) return { seed: 0, problem: 'too-large', given: text };
	return { seed, problem: null, given: null };
}

/** A fresh seed for "new graph" (any uint32). */
export function randomSeed(random: () => number = Math.random): number {
	return Math.floor(random() * (MAX_SEED + 1));
}
