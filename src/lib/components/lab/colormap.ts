// Loss values to colours: viridis (colour-blind safe, dark = low), on a log-like scale so both the
// valley floor and the cliffs stay readable.
import { LUT_SIZE, level, viridisLut as table } from '$lib/game/terrain';

/** Paints values (rows × cols, row 0 = lowest y) into RGBA pixels with y growing upwards. */
export function paint(
	pixels: Uint8ClampedArray,
	values: Float64Array,
	rows: number,
	cols: number,
	min: number,
	max: number
): void {
	const colours = table();
	for (let r = 0; r < rows; r++) {
		const target = (rows - 1 - r) * cols;
		for (let c = 0; c < cols; c++) {
			const k = Math.round(level(values[r * cols + c], min, max) * (LUT_SIZE - 1)) * 3;
			const o = (target + c) * 4;
			pixels[o] = colours[k];
			pixels[o + 1] = colours[k + 1];
			pixels[o + 2] = colours[k + 2];
			pixels[o + 3] = 255;
		}
	}
}

/** The lowest and highest finite values. */
export function finiteRange(values: Float64Array): { min: number; max: number; argmin: number } {
	let min = Infinity;
	let max = -Infinity;
	let argmin = -1;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) continue;
		if (v < min) [min, argmin] = [v, i];
		if (v > max) max = v;
	}
	return { min, max, argmin };
}
