// Loss values to colours: viridis (colour-blind safe, dark = low), on a log-like scale so both the
// valley floor and the cliffs stay readable.
import { interpolateViridis } from 'd3-scale-chromatic';

const LUT_SIZE = 256;
let lut: Uint8ClampedArray | undefined;

function table(): Uint8ClampedArray {
	if (lut) return lut;
	lut = new Uint8ClampedArray(LUT_SIZE * 3);
	for (let i = 0; i < LUT_SIZE; i++) {
		const hex = interpolateViridis(i / (LUT_SIZE - 1)); // "#rrggbb"
		for (let c = 0; c < 3; c++) lut[i * 3 + c] = parseInt(hex.slice(1 + 2 * c, 3 + 2 * c), 16);
	}
	return lut;
}

/** Where a value sits between min and max, in [0, 1], compressed logarithmically. */
export function level(value: number, min: number, max: number): number {
	if (!Number.isFinite(value)) return value > 0 || Number.isNaN(value) ? 1 : 0;
	if (!(max > min)) return 0;
	return Math.log1p(value - min) / Math.log1p(max - min);
}

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
