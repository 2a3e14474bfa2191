// A minimal PNG reader for the icon tests: 8-bit RGB or RGBA, not interlaced (what Chromium's
// screenshots are). Follows the PNG specification (chunks, zlib IDAT, the five row filters).
import { inflateSync } from 'node:zlib';

export interface Image {
	width: number;
	height: number;
	/** RGBA, 4 bytes a pixel, row-major. */
	rgba: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function paeth(a: number, b: number, c: number): number {
	const p = a + b - c;
	const pa = Math.abs(p - a);
	const pb = Math.abs(p - b);
	const pc = Math.abs(p - c);
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(data: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
	const stride = width * bpp;
	const out = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = data[y * (stride + 1)];
		const src = y * (stride + 1) + 1;
		const row = y * stride;
		for (let x = 0; x < stride; x++) {
			const a = x >= bpp ? out[row + x - bpp] : 0;
			const b = y > 0 ? out[row - stride + x] : 0;
			const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0;
			const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
			if (predictor === undefined) throw new Error(`Unknown PNG filter ${filter}`);
			out[row + x] = (data[src + x] + predictor) & 0xff;
		}
	}
	return out;
}

export function readPng(bytes: Uint8Array): Image {
	if (!SIGNATURE.every((v, i) => bytes[i] === v)) throw new Error('Not a PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let offset = 8;
	let width = 0;
	let height = 0;
	let bpp = 0;
	const idat: Uint8Array[] = [];
	while (offset < bytes.length) {
		const length = view.getUint32(offset);
		const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
		const body = bytes.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = view.getUint32(offset + 8);
			height = view.getUint32(offset + 12);
			const [depth, colour, , , interlace] = body.subarray(8, 13);
			if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
				throw new Error(`Unsupported PNG: depth ${depth}, colour type ${colour}`);
			bpp = colour === 6 ? 4 : 3;
		} else if (type === 'IDAT') idat.push(body);
		else if (type === 'IEND') break;
		offset += 12 + length;
	}
	const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);
	if (bpp === 4) return { width, height, rgba: pixels };
	const rgba = new Uint8Array(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		rgba.set(pixels.subarray(i * 3, i * 3 + 3), i * 4);
		rgba[i * 4 + 3] = 255;
	}
	return { width, height, rgba };
}

/** The pixel at (x, y) as [r, g, b, a]. */
export function pixel(image: Image, x: number, y: number): number[] {
	const i = (y * image.width + x) * 4;
	return Array.from(image.rgba.subarray(i, i + 4));
}
