import { describe, expect, it } from 'vitest';
import {
	FLAT_SHADE,
	hillshade,
	level,
	shadeFactor,
	terrainPixels,
	valueAt,
	viridisColour
} from './terrain';

// Viridis ends as published with matplotlib (_viridis_data first and last rows × 255):
// #440154 and #fde725.
const VIRIDIS_LOW = [0x44, 0x01, 0x54];
const VIRIDIS_HIGH = [0xfd, 0xe7, 0x25];

function plane(n: number, f: (x: number, y: number) => number) {
	const values = new Float64Array(n * n);
	for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) values[r * n + c] = f(c, r);
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
	return { values, rows: n, cols: n, min, max };
}

const pixel = (p: Uint8ClampedArray, cols: number, row: number, col: number) =>
	Array.from(p.slice((row * cols + col) * 4, (row * cols + col) * 4 + 4));

describe('level', () => {
	it('is 0 at the minimum, 1 at the maximum and log1p-compressed between', () => {
		expect(level(2, 2, 12)).toBe(0);
		expect(level(12, 2, 12)).toBe(1);
		expect(level(5, 2, 12)).toBeCloseTo(Math.log(4) / Math.log(11), 12);
	});
	it('inverts with valueAt', () => {
		for (const v of [0.5, 3, 9.9]) expect(valueAt(level(v, 0, 10), 0, 10)).toBeCloseTo(v, 10);
	});
});

describe('terrainPixels', () => {
	it('paints the flat minimum and maximum in the viridis end colours', () => {
		// Flat ground is unshaded, so its colour is the colour map's own.
		const n = 5;
		const values = new Float64Array(n * n).fill(0);
		const grid = { values, rows: n, cols: n, min: 0, max: 100 };
		const low = pixel(terrainPixels(grid), n, 2, 2);
		expect(low).toEqual([...VIRIDIS_LOW, 255]);
		const high = pixel(terrainPixels({ ...grid, values: values.fill(100) }), n, 2, 2);
		expect(high).toEqual([...VIRIDIS_HIGH, 255]);
		expect(viridisColour(0)).toBe(0x440154);
	});

	it('flips rows: grid row 0 (lowest y) is the bottom image row', () => {
		const n = 4;
		// Only the lowest-y row is high.
		const grid = plane(n, (_x, y) => (y === 0 ? 10 : 0));
		const p = terrainPixels(grid, 0); // relief 0: colour only
		expect(pixel(p, n, n - 1, 1)).toEqual([...VIRIDIS_HIGH, 255]);
		expect(pixel(p, n, 0, 1)).toEqual([...VIRIDIS_LOW, 255]);
	});

	it('shades a slope facing away from the north-west light darker than one facing it', () => {
		const n = 21;
		// x grows east (columns), y grows north (rows). z = x − y rises to the south-east, so the
		// slope faces north-west (the light); z = y − x faces south-east, away from it.
		const facing = plane(n, (x, y) => x - y + 40);
		const away = plane(n, (x, y) => y - x + 40);
		const mid = (n - 1) / 2;
		const lit = pixel(terrainPixels(facing), n, mid, mid);
		const dark = pixel(terrainPixels(away), n, mid, mid);
		// Both have the same value at the centre, so the same unshaded colour.
		const sum = (rgb: number[]) => rgb[0] + rgb[1] + rgb[2];
		expect(sum(dark)).toBeLessThan(sum(lit));
		const flat = pixel(terrainPixels({ ...facing, values: facing.values.fill(40) }), n, mid, mid);
		expect(sum(dark)).toBeLessThan(sum(flat));
	});

	it('paints values that are not numbers grey, not as the minimum', () => {
		const grid = { values: new Float64Array([0, NaN, 1, 1]), rows: 2, cols: 2, min: 0, max: 1 };
		const p = terrainPixels(grid, 0);
		expect(pixel(p, 2, 1, 1)).toEqual([128, 132, 130, 255]);
	});
});

describe('hillshade', () => {
	it('gives sin(altitude) on flat ground and follows Lambert on a tilted plane', () => {
		const n = 5;
		const flat = hillshade(new Float32Array(n * n).fill(0.5), n, n);
		expect(flat[12]).toBeCloseTo(FLAT_SHADE, 6);
		expect(shadeFactor(FLAT_SHADE)).toBeCloseTo(1, 12);
		// Level rising west → east by 1 over the map: slope 0.45 (the z factor) along x only.
		const ramp = new Float32Array(n * n);
		for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) ramp[r * n + c] = c / (n - 1);
		const s = 0.45;
		// Normal (−s, 0, 1)/√(1+s²) · light (−cos45°/√2, cos45°/√2, sin45°) = (s/2 + √½)/√(1+s²)
		const expected = (s * 0.5 + Math.SQRT1_2) / Math.sqrt(1 + s * s);
		expect(hillshade(ramp, n, n)[12]).toBeCloseTo(expected, 5);
	});
});
