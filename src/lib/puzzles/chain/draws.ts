// The numbers puzzles are drawn from: small, readable, never zero (a zero hides every rule).
import { int, nonZeroInt, round } from '../random';

/** A whole number in ±[1, 5] most of the time, else one decimal in ±[0.5, 3]. */
export function small(r: () => number): number {
	if (r() < 0.6) return nonZeroInt(r, -5, 5);
	return oneDecimal(r, 0.5, 3);
}

/** One decimal with |v| in [lo, hi], either sign. */
export function oneDecimal(r: () => number, lo: number, hi: number): number {
	const size = round(r, lo, hi, 1);
	return r() < 0.5 ? -size : size;
}

/** A draw from `make` that differs from every value in `avoid` by at least `gap`. */
export function apart(
	r: () => number,
	make: (r: () => number) => number,
	avoid: readonly number[],
	gap = 0.5
): number {
	for (;;) {
		const v = make(r);
		if (avoid.every((a) => Math.abs(a - v) >= gap)) return v;
	}
}

/** 0 or 1, the label of a binary example. */
export const label01 = (r: () => number) => int(r, 0, 1);

/** A learning rate a learner can multiply by by hand. */
export const LEARNING_RATES = [0.1, 0.5, 0.05, 0.2] as const;
