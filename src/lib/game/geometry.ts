// How a terrain sits in the view's frame: a 2-D map puts (x, y) on (u, v) with its true proportions;
// a 1-D terrain is drawn in profile, (x, loss), stretched to fill, with the loss range clipped
// (profile.ts). Everything the scene places goes through `uvOf`. Pure.
import type { MapPoint, TerrainSpec } from './events';
import { curveAt, profileRange } from './profile';
import { makeFrame, type Frame } from './viewport';

export interface Geometry {
	dims: 1 | 2;
	frame: Frame;
	/** A map keeps equal scales; a profile stretches. */
	uniform: boolean;
	bounds: readonly (readonly [number, number])[];
}

/** The frame of a terrain; `extraLosses` (racers' starts) widen a profile's range up to max. */
export function geometryFor(terrain: TerrainSpec, extraLosses: readonly number[] = []): Geometry {
	const bounds = terrain.bounds;
	if (terrain.rows > 1 && bounds.length > 1) {
		return { dims: 2, frame: makeFrame(bounds[0], bounds[1], true), uniform: true, bounds };
	}
	let [lo, hi] = profileRange(terrain.values, terrain.min, terrain.max);
	for (const loss of extraLosses) {
		if (Number.isFinite(loss) && loss > hi && loss <= terrain.max) hi = loss + 0.06 * (loss - lo);
		if (Number.isFinite(loss) && loss < lo) lo = loss - 0.06 * (hi - loss);
	}
	return { dims: 1, frame: makeFrame(bounds[0], [lo, hi], false), uniform: false, bounds };
}

/**
 * (u, v) of a map point: (x, y) on a map; (x, loss) on a profile, the loss given or else read off
 * the curve (landmarks, the goal, the start handle).
 */
export function uvOf(
	terrain: TerrainSpec,
	geometry: Geometry,
	point: MapPoint,
	loss?: number
): [number, number] {
	if (geometry.dims === 2) return [point[0], point[1]];
	const v = loss ?? curveAt(terrain.values, terrain.bounds[0], point[0]);
	return [point[0], v];
}
