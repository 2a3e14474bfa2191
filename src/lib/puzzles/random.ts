// Seeded randomness for making puzzles and questions: the same seed gives the same puzzle on
// every machine (only integer arithmetic on the path), so the server can re-make it.

/** A mulberry32 generator seeded with a 32-bit integer: uniform numbers in [0, 1). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A whole number in [lo, hi]. */
export const int = (r: () => number, lo: number, hi: number) =>
	lo + Math.floor(r() * (hi - lo + 1));

/** A non-zero whole number in [lo, hi]. */
export function nonZeroInt(r: () => number, lo: number, hi: number): number {
	for (;;) {
		const k = int(r, lo, hi);
		if (k !== 0) return k;
	}
}

/** One element of a list. */
export const pick = <T>(r: () => number, list: readonly T[]): T =>
	list[Math.floor(r() * list.length)];

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(r: () => number, list: readonly T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** A number with `decimals` decimals in [lo, hi] (puzzle values a learner can compute by hand). */
export function round(r: () => number, lo: number, hi: number, decimals = 1): number {
	const scale = 10 ** decimals;
	return Math.round((lo + r() * (hi - lo)) * scale) / scale;
}
