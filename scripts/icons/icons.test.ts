// The committed icons are what the manifest promises: the right pixel sizes, the `any` icons a
// rounded tile with transparent corners, and every maskable icon full-bleed with the whole mark
// inside the safe zone (the central circle of radius 40 % of the width, W3C Manifest "maskable").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONS, TILE } from './design';
import { pixel, readPng, type Image } from './png';

const load = (file: string): Image =>
	readPng(readFileSync(new URL(`../../static/icons/${file}`, import.meta.url)));

const tile = [1, 3, 5].map((i) => parseInt(TILE.slice(i, i + 2), 16));
const isTile = ([r, g, b, a]: number[]) =>
	a === 255 && Math.abs(r - tile[0]) + Math.abs(g - tile[1]) + Math.abs(b - tile[2]) <= 6;

describe('app icons', () => {
	it.each(ICONS)('$file is $size × $size pixels', ({ file, size }) => {
		const image = load(file);
		expect([image.width, image.height]).toEqual([size, size]);
	});

	it.each(ICONS.filter((i) => i.purpose === 'any'))(
		'$file: a rounded tile, corners transparent, centre opaque',
		({ file, size }) => {
			const image = load(file);
			expect(pixel(image, 0, 0)[3]).toBe(0);
			expect(pixel(image, size - 1, size - 1)[3]).toBe(0);
			expect(pixel(image, size >> 1, 2)[3]).toBe(255);
			expect(pixel(image, size >> 1, size >> 1)[3]).toBe(255);
		}
	);

	it.each(ICONS.filter((i) => i.purpose !== 'any'))(
		'$file: opaque everywhere, the mark inside the safe circle',
		({ file, size }) => {
			const image = load(file);
			const centre = (size - 1) / 2;
			const safe = 0.4 * size;
			let markPixels = 0;
			let outside = 0;
			let transparent = 0;
			for (let y = 0; y < size; y++)
				for (let x = 0; x < size; x++) {
					const p = pixel(image, x, y);
					if (p[3] !== 255) transparent++;
					if (isTile(p)) continue;
					markPixels++;
					if (Math.hypot(x - centre, y - centre) > safe) outside++;
				}
			expect(transparent).toBe(0);
			expect(outside).toBe(0);
			// The mark is there and not a speck: more than a tenth of the tile.
			expect(markPixels / (size * size)).toBeGreaterThan(0.1);
		}
	);
});
