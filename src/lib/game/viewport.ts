// Where things go on screen. Three frames: the map's own variables (u, v) — (x, y) on a 2-D map,
// (x, loss) on a 1-D profile, v growing upwards; world pixels, a fixed W × H picture of the map
// with y growing downwards; and screen pixels, the world seen through the view (centre and zoom)
// inside the canvas minus its axis margins. Pure, so every conversion is tested both ways.

export interface Frame {
	/** Range of the horizontal variable. */
	u: readonly [number, number];
	/** Range of the vertical variable (y, or loss on a profile). */
	v: readonly [number, number];
	/** World size in pixels. */
	width: number;
	height: number;
}

export interface Viewport {
	width: number;
	height: number;
	/** Margins kept for the axes. */
	left: number;
	right: number;
	top: number;
	bottom: number;
	/** Same scale on both axes (a map) or stretch to fill (a profile). */
	uniform: boolean;
}

/** Centre of the view in world pixels and zoom relative to the fitted view. */
export interface ViewState {
	cx: number;
	cy: number;
	zoom: number;
}

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 40;
export const WORLD_WIDTH = 1000;

/** A frame for ranges u, v; a map keeps its true proportions unless they are extreme (1:2 … 2:1). */
export function makeFrame(
	u: readonly [number, number],
	v: readonly [number, number],
	trueAspect: boolean
): Frame {
	const ratio = (v[1] - v[0]) / (u[1] - u[0]);
	const aspect = trueAspect && Number.isFinite(ratio) ? Math.min(2, Math.max(0.5, ratio)) : 0.6;
	return { u, v, width: WORLD_WIDTH, height: WORLD_WIDTH * aspect };
}

export function mapToWorld(f: Frame, u: number, v: number): [number, number] {
	return [
		((u - f.u[0]) / (f.u[1] - f.u[0])) * f.width,
		((f.v[1] - v) / (f.v[1] - f.v[0])) * f.height
	];
}

export function worldToMap(f: Frame, x: number, y: number): [number, number] {
	return [f.u[0] + (x / f.width) * (f.u[1] - f.u[0]), f.v[1] - (y / f.height) * (f.v[1] - f.v[0])];
}

/** Screen pixels per world pixel when the whole frame fits the plot area (zoom 1). */
export function fitScale(f: Frame, vp: Viewport): { kx: number; ky: number } {
	const kx = Math.max(1e-6, vp.width - vp.left - vp.right) / f.width;
	const ky = Math.max(1e-6, vp.height - vp.top - vp.bottom) / f.height;
	return vp.uniform ? { kx: Math.min(kx, ky), ky: Math.min(kx, ky) } : { kx, ky };
}

export function fitView(f: Frame): ViewState {
	return { cx: f.width / 2, cy: f.height / 2, zoom: 1 };
}

/** The plot area's centre on screen. */
function plotCentre(vp: Viewport): [number, number] {
	return [(vp.left + vp.width - vp.right) / 2, (vp.top + vp.height - vp.bottom) / 2];
}

export function worldToScreen(
	f: Frame,
	vp: Viewport,
	s: ViewState,
	x: number,
	y: number
): [number, number] {
	const { kx, ky } = fitScale(f, vp);
	const [ox, oy] = plotCentre(vp);
	return [ox + (x - s.cx) * kx * s.zoom, oy + (y - s.cy) * ky * s.zoom];
}

export function screenToWorld(
	f: Frame,
	vp: Viewport,
	s: ViewState,
	sx: number,
	sy: number
): [number, number] {
	const { kx, ky } = fitScale(f, vp);
	const [ox, oy] = plotCentre(vp);
	return [s.cx + (sx - ox) / (kx * s.zoom), s.cy + (sy - oy) / (ky * s.zoom)];
}

/** Keeps the centre on the map, so some of the map is always in view. */
function clampCentre(f: Frame, s: ViewState): ViewState {
	return {
		cx: Math.min(f.width, Math.max(0, s.cx)),
		cy: Math.min(f.height, Math.max(0, s.cy)),
		zoom: s.zoom
	};
}

/** Zoom by `factor` keeping the world point under the screen point (sx, sy) where it is. */
export function zoomAbout(
	f: Frame,
	vp: Viewport,
	s: ViewState,
	factor: number,
	sx: number,
	sy: number
): ViewState {
	if (!(factor > 0) || !Number.isFinite(factor)) return s;
	const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, s.zoom * factor));
	const [wx, wy] = screenToWorld(f, vp, s, sx, sy);
	const { kx, ky } = fitScale(f, vp);
	const [ox, oy] = plotCentre(vp);
	return clampCentre(f, {
		cx: wx - (sx - ox) / (kx * zoom),
		cy: wy - (sy - oy) / (ky * zoom),
		zoom
	});
}

/** Zoom about the plot area's centre (keyboard + and −). */
export function zoomCentre(f: Frame, vp: Viewport, s: ViewState, factor: number): ViewState {
	const [ox, oy] = plotCentre(vp);
	return zoomAbout(f, vp, s, factor, ox, oy);
}

/** Move the picture by (dx, dy) screen pixels (a drag: the map follows the pointer). */
export function panBy(f: Frame, vp: Viewport, s: ViewState, dx: number, dy: number): ViewState {
	const { kx, ky } = fitScale(f, vp);
	return clampCentre(f, {
		cx: s.cx - dx / (kx * s.zoom),
		cy: s.cy - dy / (ky * s.zoom),
		zoom: s.zoom
	});
}

/** Map variables → screen pixels and back, for one frame, viewport and view. */
export interface Projection {
	toScreen(u: number, v: number): [number, number];
	toMap(sx: number, sy: number): [number, number];
	/** Screen pixels per map unit along u and along v (v's sign: up is negative y on screen). */
	pxPerU: number;
	pxPerV: number;
}

export function projection(f: Frame, vp: Viewport, s: ViewState): Projection {
	const { kx, ky } = fitScale(f, vp);
	return {
		toScreen: (u, v) => {
			const [x, y] = mapToWorld(f, u, v);
			return worldToScreen(f, vp, s, x, y);
		},
		toMap: (sx, sy) => {
			const [x, y] = screenToWorld(f, vp, s, sx, sy);
			return worldToMap(f, x, y);
		},
		pxPerU: (kx * s.zoom * f.width) / (f.u[1] - f.u[0]),
		pxPerV: (ky * s.zoom * f.height) / (f.v[1] - f.v[0])
	};
}
