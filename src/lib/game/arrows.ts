// Arrows that stay readable at any zoom: the −gradient's length grows with the log of its norm and
// is clamped in screen pixels (a gradient of 10⁴ on a cliff and of 10⁻³ on a plateau both show);
// heads and dashes are computed here in screen pixels so the scene only strokes them.

export const ARROW_MIN_PX = 14;
export const ARROW_MAX_PX = 84;
/** Length of an arrow whose norm equals the terrain's typical slope. */
const ARROW_BASE_PX = 40;
/** Extra pixels for each factor of ten in the norm. */
const ARROW_PX_PER_DECADE = 16;

/** Screen length of a gradient arrow: 0 for a zero (or undefined) gradient, else clamped log scale. */
export function arrowPixels(norm: number, typical: number): number {
	if (norm === Infinity) return ARROW_MAX_PX;
	if (!(norm > 0) || !Number.isFinite(norm)) return 0;
	const ref = typical > 0 && Number.isFinite(typical) ? typical : 1;
	const px = ARROW_BASE_PX + ARROW_PX_PER_DECADE * Math.log10(norm / ref);
	return Math.min(ARROW_MAX_PX, Math.max(ARROW_MIN_PX, px));
}

/** The terrain's typical slope: its value range over the map's diagonal (or width, in 1-D). */
export function typicalSlope(
	min: number,
	max: number,
	bounds: readonly (readonly [number, number])[]
): number {
	const diagonal = Math.hypot(...bounds.map(([lo, hi]) => hi - lo));
	const rise = max - min;
	return rise > 0 && diagonal > 0 ? rise / diagonal : 1;
}

/** A filled head for an arrow from (x0, y0) to its tip (x1, y1): three points, flat. */
export function arrowHead(x0: number, y0: number, x1: number, y1: number, size: number): number[] {
	const len = Math.hypot(x1 - x0, y1 - y0);
	if (!(len > 0)) return [];
	const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
	const back = Math.min(size, len);
	const [bx, by] = [x1 - ux * back, y1 - uy * back];
	const half = back * 0.55;
	return [x1, y1, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half];
}

/** Dashes along a polyline (flat screen points): each dash is its own flat polyline. */
export function dashes(points: readonly number[], on: number, off: number): number[][] {
	const out: number[][] = [];
	if (points.length < 4 || !(on > 0) || !(off >= 0)) return out;
	let drawing = true;
	let left = on;
	let dash: number[] = [points[0], points[1]];
	for (let i = 2; i + 1 < points.length; i += 2) {
		let [x, y] = [points[i - 2], points[i - 1]];
		const [tx, ty] = [points[i], points[i + 1]];
		let seg = Math.hypot(tx - x, ty - y);
		while (seg > left) {
			const f = left / seg;
			[x, y] = [x + (tx - x) * f, y + (ty - y) * f];
			seg -= left;
			if (drawing) out.push([...dash, x, y]);
			dash = [x, y];
			drawing = !drawing;
			left = drawing ? on : off;
		}
		left -= seg;
		if (drawing) dash.push(tx, ty);
	}
	if (drawing && dash.length >= 4) out.push(dash);
	return out;
}

/**
 * The downhill direction on screen, unit length. On a 2-D map it is −gradient through the map's
 * scales; on a 1-D profile it runs down the tangent of the curve: (−g, −g²) in (x, loss).
 */
export function downhillOnScreen(
	gradient: readonly number[],
	pxPerU: number,
	pxPerV: number
): [number, number] | null {
	const g = gradient[0];
	const sx = -g * pxPerU;
	const sy = gradient.length > 1 ? gradient[1] * pxPerV : g * g * pxPerV;
	const len = Math.hypot(sx, sy);
	return len > 0 && Number.isFinite(len) ? [sx / len, sy / len] : null;
}
