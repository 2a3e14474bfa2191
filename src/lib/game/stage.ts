// Everything a painter needs to draw one frame: the terrain, how it sits in the view, the colours.
// Built by the scene whenever the terrain, the view, the size or the theme changes. Pure.
import { typicalSlope } from './arrows';
import type { MapPoint, TerrainSpec } from './events';
import { uvOf, type Geometry } from './geometry';
import { palette, type Palette } from './theme';
import { projection, type Projection, type ViewState, type Viewport } from './viewport';

export interface Stage {
	terrain: TerrainSpec;
	geometry: Geometry;
	vp: Viewport;
	view: ViewState;
	proj: Projection;
	palette: Palette;
	dark: boolean;
	/** The terrain's typical slope, for the gradient arrow's length. */
	typical: number;
	/** Screen position of a map point (with its loss, on a profile). */
	at(point: MapPoint, loss?: number): [number, number];
}

/** Margins for the axes: room for a tick label on the left, one line below. */
export const MARGINS = { left: 42, right: 12, top: 12, bottom: 26 };

/** Screen coordinates far outside the canvas are pinned, so huge values never reach the renderer. */
const FAR = 1e5;
const pin = (x: number) => (Number.isFinite(x) ? Math.max(-FAR, Math.min(FAR, x)) : 0);

export function makeStage(
	terrain: TerrainSpec,
	geometry: Geometry,
	size: { width: number; height: number },
	view: ViewState,
	dark: boolean
): Stage {
	const vp: Viewport = { ...size, ...MARGINS, uniform: geometry.uniform };
	const proj = projection(geometry.frame, vp, view);
	return {
		terrain,
		geometry,
		vp,
		view,
		proj,
		palette: palette(dark),
		dark,
		typical: typicalSlope(terrain.min, terrain.max, terrain.bounds),
		at: (point, loss) => {
			const [u, v] = uvOf(terrain, geometry, point, loss);
			const [x, y] = proj.toScreen(u, v);
			return [pin(x), pin(y)];
		}
	};
}
