// Seeded randomness for weights, directions and data sets: a 32-bit integer generator built from
// Math.imul and shifts only, so the same seed gives the same numbers on every machine and engine.

export type Random = () => number;

/** mulberry32 (Tommy Ettinger): uniform floats in [0, 1) with 2³² states, from an integer seed. */
export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A standard normal draw by Box–Muller; 1 − u keeps the logarithm's argument in (0, 1]. */
export function gaussian(random: Random): number {
	const u = 1 - random();
	const v = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A uniform draw from [min, max). */
export function uniform(random: Random, min: number, max: number): number {
	return min + (max - min) * random();
}
