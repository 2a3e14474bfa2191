// The terrain's pixels: viridis (colour-blind safe, dark = low) on a log-like scale so valley floors
// and cliffs both read, shaded by a Lambertian hillshade lit from the north-west so the relief reads
// as a landscape. Pure (no Phaser): the scene uploads the pixels as a texture, and the Formula lab
// (components/lab/colormap.ts) paints its map with the same table and level.
import { interpolateViridis } from 'd3-scale-chromatic';

export const LUT_SIZE = 256;
let lut: Uint8ClampedArray | undefined;

/** 256 viridis colours, RGB, from interpolateViridis(0) to interpolateViridis(1). */
export function viridisLut(): Uint8ClampedArray {
	if (lut) return lut;
	lut = new Uint8ClampedArray(LUT_SIZE * 3);
	for (let i = 0; i < LUT_SIZE; i++) {
		const hex = interpolateViridis(i / (LUT_SIZE - 1));
		for (let c = 0; c < 3; c++) lut[i * 3 + c] = parseInt(hex.slice(1 + 2 * c, 3 + 2 * c), 16);
	}
	return lut;
}

/** Where a value sits between min and max, in [0, 1], compressed logarithmically. */
export function level(value: number, min: number, max: number): number {
	if (!Number.isFinite(value)) return value > 0 || Number.isNaN(value) ? 1 : 0;
	if (!(max > min)) return 0;
	const t = Math.log1p(value - min) / Math.log1p(max - min);
	return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** The value at a level: the inverse of `level` inside [min, max]. */
export function valueAt(t: number, min: number, max: number): number {
	return min + Math.expm1(t * Math.log1p(Math.max(0, max - min)));
}

/** 0xRRGGBB of viridis at level t. */
export function viridisColour(t: number): number {
	const table = viridisLut();
	const k = Math.round(Math.min(1, Math.max(0, t)) * (LUT_SIZE - 1)) * 3;
	return (table[k] << 16) | (table[k + 1] << 8) | table[k + 2];
}

export interface GridValues {
	values: Float64Array;
	rows: number;
	cols: number;
	min: number;
	max: number;
}

/** How steep the relief looks: the level field (0…1) rises `Z_FACTOR` per map width. */
const Z_FACTOR = 0.45;
const ALTITUDE = Math.PI / 4;
const LIGHT = [
	-Math.cos(ALTITUDE) * Math.SQRT1_2,
	Math.cos(ALTITUDE) * Math.SQRT1_2,
	Math.sin(ALTITUDE)
];
/** The hillshade of flat ground: shading leaves its colour unchanged. */
export const FLAT_SHADE = Math.sin(ALTITUDE);

/**
 * Lambertian hillshade in [0, 1] per grid point (row 0 = lowest y, y north), light from the north-
 * west at 45°: n · l for the surface normal of the level field over the unit square.
 */
export function hillshade(levels: Float32Array, rows: number, cols: number): Float32Array {
	const out = new Float32Array(rows * cols);
	const at = (r: number, c: number) => levels[r * cols + c];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			const dx = slope(at, r, c, 0, 1, cols) * Z_FACTOR;
			const dy = rows > 1 ? slope(at, r, c, 1, 0, rows) * Z_FACTOR : 0;
			const dot = -dx * LIGHT[0] - dy * LIGHT[1] + LIGHT[2];
			out[r * cols + c] = Math.max(0, dot / Math.sqrt(1 + dx * dx + dy * dy));
		}
	}
	return out;
}

/** d level / d u over the unit square by central differences (one-sided at the edges). */
function slope(
	at: (r: number, c: number) => number,
	r: number,
	c: number,
	dr: number,
	dc: number,
	n: number
): number {
	const i = dr ? r : c;
	const lo = Math.max(0, i - 1);
	const hi = Math.min(n - 1, i + 1);
	if (hi === lo) return 0;
	const a = at(dr ? lo : r, dc ? lo : c);
	const b = at(dr ? hi : r, dc ? hi : c);
	if (!Number.isFinite(a) || !Number.isFinite(b)) return 0;
	return ((b - a) * (n - 1)) / (hi - lo);
}

/** Brightness factor for a hillshade value: 1 on flat ground, darker facing away from the light. */
export function shadeFactor(shade: number, relief = 0.6): number {
	const f = 1 + (relief * (shade - FLAT_SHADE)) / FLAT_SHADE;
	return Math.min(1.35, Math.max(0.3, f));
}

/** Grey for losses that are not numbers (outside a function's domain). */
export const UNDEFINED_RGB = [128, 132, 130] as const;

/**
 * RGBA pixels (cols × rows) of the shaded terrain, image row 0 at the top: grid row r lands on image
 * row rows − 1 − r, because y grows upwards on the map.
 */
export function terrainPixels(grid: GridValues, relief = 0.6): Uint8ClampedArray<ArrayBuffer> {
	const { values, rows, cols, min, max } = grid;
	const levels = new Float32Array(rows * cols);
	for (let i = 0; i < levels.length; i++) {
		levels[i] = Number.isFinite(values[i]) ? level(values[i], min, max) : NaN;
	}
	const shade = hillshade(levels, rows, cols);
	const table = viridisLut();
	const pixels = new Uint8ClampedArray(rows * cols * 4);
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			const i = r * cols + c;
			const o = ((rows - 1 - r) * cols + c) * 4;
			const t = levels[i];
			const f = Number.isNaN(t) ? 1 : shadeFactor(shade[i], relief);
			const k = Math.round(t * (LUT_SIZE - 1)) * 3;
			for (let ch = 0; ch < 3; ch++) {
				pixels[o + ch] = (Number.isNaN(t) ? UNDEFINED_RGB[ch] : table[k + ch]) * f;
			}
			pixels[o + 3] = 255;
		}
	}
	return pixels;
}
