// Marker geometry for the racers and for hikers that leave the map. Each racer has a colour AND a
// shape (circle, square, triangle, diamond), so colour is never the only cue. Pure.
import type { MapPoint } from './events';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
export const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'diamond'];

/** The shape of the racer at `index` in the race. */
export function shapeFor(index: number): Shape {
	return SHAPES[((index % SHAPES.length) + SHAPES.length) % SHAPES.length];
}

/** Polygon outline (flat points) of a shape of about the same visual weight as a circle of r. */
export function outline(shape: Shape, cx: number, cy: number, r: number): number[] {
	switch (shape) {
		case 'square': {
			const h = r * 0.88;
			return [cx - h, cy - h, cx + h, cy - h, cx + h, cy + h, cx - h, cy + h];
		}
		case 'triangle':
			return [cx, cy - r * 1.2, cx + r * 1.1, cy + r * 0.75, cx - r * 1.1, cy + r * 0.75];
		case 'diamond':
			return [cx, cy - r * 1.25, cx + r * 1.1, cy, cx, cy + r * 1.25, cx - r * 1.1, cy];
		default: {
			const out: number[] = [];
			for (let i = 0; i < 20; i++) {
				const a = (i / 20) * 2 * Math.PI;
				out.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
			}
			return out;
		}
	}
}

/** Opacity of a footprint left `age` steps ago: fades but never vanishes (the whole trail reads). */
export function footprintAlpha(age: number): number {
	return Math.max(0.18, 0.95 * Math.exp(-Math.max(0, age) / 14));
}

export interface Placement {
	/** Where to draw it: the point itself, or where its way left the map. */
	at: number[];
	/** The point is off the map or not a number: the hiker fell off. */
	off: boolean;
}

const inside = (p: MapPoint, bounds: readonly (readonly [number, number])[]) =>
	bounds.every(([lo, hi], i) => p[i] >= lo && p[i] <= hi);
const finite = (p: MapPoint) => p.every(Number.isFinite);

/**
 * Where to draw a point reached from `from`: itself when it is on the map; else the border point
 * where the straight way from → to leaves the map; else (no usable way) `from` clamped to the map.
 */
export function placeOnMap(
	from: MapPoint,
	to: MapPoint,
	bounds: readonly (readonly [number, number])[]
): Placement {
	const dims = bounds.length;
	if (to.length >= dims && finite(to) && inside(to, bounds)) return { at: [...to], off: false };
	const clamp = (p: MapPoint) => bounds.map(([lo, hi], i) => Math.min(hi, Math.max(lo, p[i])));
	if (!finite(from) || !inside(from, bounds) || !finite(to)) {
		return { at: finite(from) ? clamp(from) : bounds.map(([lo, hi]) => (lo + hi) / 2), off: true };
	}
	// The largest f in [0, 1] with from + f (to − from) still inside every bound.
	let f = 1;
	bounds.forEach(([lo, hi], i) => {
		const d = to[i] - from[i];
		if (d > 0 && to[i] > hi) f = Math.min(f, (hi - from[i]) / d);
		if (d < 0 && to[i] < lo) f = Math.min(f, (lo - from[i]) / d);
	});
	return { at: clamp(from.map((x, i) => x + f * (to[i] - x))), off: true };
}
