import { describe, expect, it } from 'vitest';
import {
	MAX_ZOOM,
	MIN_ZOOM,
	fitScale,
	fitView,
	makeFrame,
	mapToWorld,
	panBy,
	projection,
	screenToWorld,
	worldToMap,
	worldToScreen,
	zoomAbout,
	zoomCentre,
	type Viewport
} from './viewport';

const frame = makeFrame([-2, 3], [-1, 4], true); // 5 × 5 map units → 1000 × 1000 world px
const vp: Viewport = {
	width: 640,
	height: 480,
	left: 40,
	right: 8,
	top: 8,
	bottom: 24,
	uniform: true
};

describe('map ↔ world', () => {
	it('puts the map corners on the world corners, y downwards', () => {
		expect(mapToWorld(frame, -2, 4)).toEqual([0, 0]); // top-left: lowest u, highest v
		expect(mapToWorld(frame, 3, -1)).toEqual([1000, 1000]);
		expect(mapToWorld(frame, 0.5, 1.5)).toEqual([500, 500]);
	});
	it('round-trips', () => {
		for (const [u, v] of [
			[0, 0],
			[-1.7, 3.2],
			[2.9, -0.99]
		]) {
			const [x, y] = mapToWorld(frame, u, v);
			const [u2, v2] = worldToMap(frame, x, y);
			expect(u2).toBeCloseTo(u, 12);
			expect(v2).toBeCloseTo(v, 12);
		}
	});
	it('keeps true proportions for a map, within 1:2 … 2:1', () => {
		expect(makeFrame([0, 1], [0, 1], true).height).toBe(1000);
		expect(makeFrame([0, 10], [0, 1], true).height).toBe(500);
		expect(makeFrame([0, 1], [0, 10], true).height).toBe(2000);
	});
});

describe('fit', () => {
	it('fits the whole map inside the plot area, centred', () => {
		const { kx, ky } = fitScale(frame, vp);
		// Plot area 592 × 448: the height limits a square map.
		expect(kx).toBeCloseTo(448 / 1000, 12);
		expect(ky).toBe(kx);
		const s = fitView(frame);
		const [l, t] = worldToScreen(frame, vp, s, 0, 0);
		const [r, b] = worldToScreen(frame, vp, s, 1000, 1000);
		expect(t).toBeCloseTo(8, 9);
		expect(b).toBeCloseTo(456, 9);
		expect((l + r) / 2).toBeCloseTo((40 + 632) / 2, 9);
	});
	it('stretches a profile to fill both ways', () => {
		const profile = makeFrame([0, 1], [0, 1], false);
		const s = fitView(profile);
		const stretch = { ...vp, uniform: false };
		expect(worldToScreen(profile, stretch, s, 0, 0)).toEqual([40, 8]);
		const [r, b] = worldToScreen(profile, stretch, s, profile.width, profile.height);
		expect(r).toBeCloseTo(632, 9);
		expect(b).toBeCloseTo(456, 9);
	});
});

describe('world ↔ screen', () => {
	it('round-trips at any zoom and centre', () => {
		const s = { cx: 300, cy: 720, zoom: 3.5 };
		for (const [x, y] of [
			[0, 0],
			[123.4, 987.6],
			[1000, 10]
		]) {
			const [sx, sy] = worldToScreen(frame, vp, s, x, y);
			const [x2, y2] = screenToWorld(frame, vp, s, sx, sy);
			expect(x2).toBeCloseTo(x, 9);
			expect(y2).toBeCloseTo(y, 9);
		}
	});
	it('projection goes map → screen → map', () => {
		const p = projection(frame, vp, { cx: 400, cy: 600, zoom: 2 });
		const [sx, sy] = p.toScreen(1.25, 0.5);
		const [u, v] = p.toMap(sx, sy);
		expect(u).toBeCloseTo(1.25, 12);
		expect(v).toBeCloseTo(0.5, 12);
		// One map unit right is pxPerU pixels right; one up is pxPerV pixels up.
		expect(p.toScreen(2.25, 0.5)[0] - sx).toBeCloseTo(p.pxPerU, 9);
		expect(sy - p.toScreen(1.25, 1.5)[1]).toBeCloseTo(p.pxPerV, 9);
		expect(p.pxPerU).toBeCloseTo((448 / 1000) * 2 * 200, 9);
	});
});

describe('zoom and pan', () => {
	it('zooms about the pointer: the map point under it stays put', () => {
		const s = fitView(frame);
		const before = screenToWorld(frame, vp, s, 200, 150);
		const z = zoomAbout(frame, vp, s, 2.5, 200, 150);
		expect(z.zoom).toBe(2.5);
		const after = screenToWorld(frame, vp, z, 200, 150);
		expect(after[0]).toBeCloseTo(before[0], 9);
		expect(after[1]).toBeCloseTo(before[1], 9);
	});
	it('clamps zoom to 0.5×–40×', () => {
		const s = fitView(frame);
		expect(zoomCentre(frame, vp, s, 1000).zoom).toBe(MAX_ZOOM);
		expect(zoomCentre(frame, vp, s, 0.001).zoom).toBe(MIN_ZOOM);
		expect(zoomCentre(frame, vp, s, NaN)).toBe(s);
	});
	it('pans with the pointer and keeps the centre on the map', () => {
		const s = { cx: 500, cy: 500, zoom: 2 };
		const moved = panBy(frame, vp, s, 100, -50);
		const k = fitScale(frame, vp).kx * 2;
		expect(moved.cx).toBeCloseTo(500 - 100 / k, 9);
		expect(moved.cy).toBeCloseTo(500 + 50 / k, 9);
		const far = panBy(frame, vp, s, -1e6, 1e6);
		expect(far.cx).toBe(1000);
		expect(far.cy).toBe(0);
	});
});
