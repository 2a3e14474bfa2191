// The small real-world data sets of the regression levels, generated from a seed so they are the
// same everywhere and ship as a few lines of code. Values are rounded like a listing would be.
import { gaussian, mulberry32, uniform } from '../../engine';

export interface House {
	/** Floor area in m². */
	size: number;
	rooms: number;
	/** Price in units of 100,000 (currency-neutral, e.g. €100k). */
	price: number;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * n houses of 40–200 m²: rooms ≈ size/35 give or take one, and
 * price ≈ 0.5 + 1.6·(size / 100 m²) + 0.15·rooms, plus noise of sd 0.25 (all in 100k).
 */
export function houses(n = 30, seed = 11): House[] {
	const random = mulberry32(seed);
	return Array.from({ length: n }, () => {
		const size = Math.round(uniform(random, 40, 200));
		const rooms = Math.min(6, Math.max(1, Math.round(size / 35 + 0.8 * gaussian(random))));
		const price = 0.5 + 1.6 * (size / 100) + 0.15 * rooms + 0.25 * gaussian(random);
		return { size, rooms, price: round(price, 2) };
	});
}

export interface Sound {
	/** How much louder than usual each of the two sounds is, in [−2, 2]. */
	sound1: number;
	sound2: number;
	/** 1 = happy, 0 = sad. */
	happy: 0 | 1;
}

/**
 * The "two sounds → happy or sad" set: happy when 1.5·sound1 − sound2 > 0, except that labels
 * near the boundary are sometimes wrong (a logistic chance), and at least one example on each
 * side is forced wrong, so the classes always overlap and the log loss has a finite minimum.
 */
export function sounds(n = 24, seed = 5): Sound[] {
	const random = mulberry32(seed);
	return Array.from({ length: n }, (_, i) => {
		const sound1 = round(uniform(random, -2, 2), 1);
		const sound2 = round(uniform(random, -2, 2), 1);
		const margin = 1.5 * sound1 - sound2;
		let happy: 0 | 1 = random() < 1 / (1 + Math.exp(-2 * margin)) ? 1 : 0;
		if (i < 2) happy = margin > 0 ? 0 : 1; // the forced overlap
		return { sound1, sound2, happy };
	});
}
