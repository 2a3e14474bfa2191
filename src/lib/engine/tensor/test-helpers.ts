// Shared helpers for the tensor and MLP tests: seeded random arrays and a weighted-sum probe that
// turns an op with array output into a scalar function for finite-difference checking.
import { gradcheck } from '../gradcheck';
import { gaussian, mulberry32, type Random } from '../mlp/random';

export function randomArray(random: Random, length: number, scale = 1): Float64Array {
	const out = new Float64Array(length);
	for (let i = 0; i < length; i++) out[i] = scale * gaussian(random);
	return out;
}

export function seeded(seed: number): Random {
	return mulberry32(seed);
}

/** Σ r[i]·v[i]: the scalar whose gradient with respect to v is r. */
export function dot(r: Float64Array, v: Float64Array): number {
	let s = 0;
	for (let i = 0; i < r.length; i++) s += r[i] * v[i];
	return s;
}

/**
 * Asserts analytic ≈ central differences entry by entry: relative error 1e-6, plus 1e-9 absolute
 * slack because where an entry is tiny the difference quotient is round-off bound (≈ ε·|f| / h).
 */
export function expectGradcheck(
	f: (x: Float64Array) => number,
	analytic: ArrayLike<number>,
	x: ArrayLike<number>
): void {
	const { numerical } = gradcheck(f, analytic, x);
	for (let i = 0; i < numerical.length; i++) {
		const [a, n] = [analytic[i], numerical[i]];
		if (!(Math.abs(a - n) <= 1e-6 * Math.abs(n) + 1e-9)) {
			throw new Error(`gradient entry ${i}: analytic ${a}, numerical ${n}`);
		}
	}
}
