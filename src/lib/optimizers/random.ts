// Seeded randomness for the random methods and mini-batch shuffling. Only integer arithmetic
// (Math.imul), +, ×, ÷ and Math.sqrt are used, all exactly specified by IEEE 754 and ECMAScript, so
// a seed gives the same path in every browser and on the server (Math.log/sin/cos may differ by
// an ulp between engines, so the one logarithm needed is computed here by a series).

export interface Rng {
	/** A uniform 32-bit unsigned integer. */
	nextUint32(): number;
	/** A uniform float in [0, 1) with 53 random bits. */
	uniform(): number;
	/** A uniform integer in [0, n). */
	below(n: number): number;
}

/** splitmix32: expands one 32-bit seed into well-mixed words for sfc32's state. */
function splitmix32(seed: number): () => number {
	let a = seed | 0;
	return () => {
		a = (a + 0x9e3779b9) | 0;
		let t = a ^ (a >>> 16);
		t = Math.imul(t, 0x21f0aaad);
		t ^= t >>> 15;
		t = Math.imul(t, 0x735a2d97);
		return (t ^ (t >>> 15)) >>> 0;
	};
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded via splitmix32. */
export function createRng(seed: number): Rng {
	if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer (got ${seed})`);
	const high = Math.floor(seed / 2 ** 32) | 0;
	const mix = splitmix32((seed >>> 0) ^ Math.imul(high, 0x9e3779b1));
	let a = mix(), b = mix(), c = mix(), d = mix(); // prettier-ignore
	const nextUint32 = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = ((c << 21) | (c >>> 11)) + t;
		c |= 0;
		return t >>> 0;
	};
	for (let i = 0; i < 12; i++) nextUint32(); // let the counter mix into the state
	const uniform = () => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 2 ** 53;
	return { nextUint32, uniform, below: (n) => Math.floor(uniform() * n) };
}

/** Natural logarithm of x > 0 by the atanh series, for engine-independent Gaussians. */
export function ln(x: number): number {
	let k = 0;
	for (; x < Math.SQRT1_2; k--) x *= 2; // exact: scaling by 2 only changes the exponent
	for (; x >= Math.SQRT2; k++) x /= 2;
	const z = (x - 1) / (x + 1);
	const z2 = z * z;
	let term = z;
	let sum = 0;
	for (let i = 1; i < 40; i += 2) {
		sum += term / i; // |z| ≤ 0.172, so 20 terms reach full precision
		term *= z2;
	}
	return 2 * sum + k * Math.LN2;
}

/** Two independent standard normals (Marsaglia's polar method). */
function gaussianPair(rng: Rng): [number, number] {
	for (;;) {
		const u = 2 * rng.uniform() - 1;
		const v = 2 * rng.uniform() - 1;
		const s = u * u + v * v;
		if (s >= 1 || s === 0) continue;
		const f = Math.sqrt((-2 * ln(s)) / s);
		return [u * f, v * f];
	}
}

/** Up to this dimension a direction comes from rejection in the unit ball (acceptance ≥ 52%). */
const BALL_REJECTION_MAX_DIMENSION = 3;

/**
 * A uniformly random unit vector in n dimensions. Low dimensions: a uniform point of the cube
 * [−1, 1]ⁿ kept if it lies inside the unit ball, then normalised. Higher dimensions (where the ball
 * fills too little of the cube): n standard normals, normalised, which is uniform by symmetry.
 */
export function unitDirection(rng: Rng, n: number): Float64Array {
	const u = new Float64Array(n);
	let norm2: number;
	do {
		norm2 = 0;
		if (n <= BALL_REJECTION_MAX_DIMENSION) {
			for (let i = 0; i < n; i++) u[i] = 2 * rng.uniform() - 1;
		} else {
			for (let i = 0; i < n; i += 2) {
				const [g0, g1] = gaussianPair(rng);
				u[i] = g0;
				if (i + 1 < n) u[i + 1] = g1;
			}
		}
		for (let i = 0; i < n; i++) norm2 += u[i] * u[i];
	} while (norm2 === 0 || (n <= BALL_REJECTION_MAX_DIMENSION && norm2 > 1));
	const norm = Math.sqrt(norm2);
	for (let i = 0; i < n; i++) u[i] /= norm;
	return u;
}

/** Fisher–Yates shuffle in place. */
export function shuffle(rng: Rng, items: Int32Array): Int32Array {
	for (let i = items.length - 1; i > 0; i--) {
		const j = rng.below(i + 1);
		const tmp = items[i];
		items[i] = items[j];
		items[j] = tmp;
	}
	return items;
}
