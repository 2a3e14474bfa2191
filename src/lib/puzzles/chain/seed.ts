// Seeds are 32-bit unsigned integers: the page draws them, the server re-makes puzzles from them.

export const MAX_SEED = 0xffffffff;

/** The seed itself, or an Error saying what is wrong with it. */
export function checkSeed(seed: unknown): number {
	if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
		throw new Error(
			`A puzzle seed must be a whole number from 0 to ${MAX_SEED}, got ${String(seed)}`
		);
	return seed;
}
