// Where a racer is on screen this frame: its trail (every landed step, stopping where it left the
// map), the hiker part-way along its last step (with a small hop, so a step reads as a jump, not a
// slide), and whether it fell off. Pure: the painter only strokes the result.
import type { MapPoint } from './events';
import { placeOnMap } from './markers';
import type { Track } from './racers';
import type { Stage } from './stage';

export interface TrailView {
	/** Screen points of the trail up to the hiker, hiker last. */
	points: [number, number][];
	hiker: { x: number; y: number; scale: number };
	/** The hiker left the map or reached a point that is not a number. */
	off: boolean;
	/** Screen direction it was heading when it fell (unit), for the fall mark. */
	heading: [number, number] | null;
}

/** A landed point on screen; off-map points are stopped at the border (on the curve, in 1-D). */
function land(stage: Stage, prev: MapPoint, point: MapPoint, loss: number) {
	const bounds = stage.geometry.bounds.slice(0, stage.geometry.dims);
	const place = placeOnMap(prev, point, bounds);
	const off = place.off || (stage.geometry.dims === 1 && !Number.isFinite(loss));
	return { xy: stage.at(place.at, off ? undefined : loss), off };
}

export function trailView(stage: Stage, track: Track, progress: number): TrailView {
	const points: [number, number][] = [];
	let off = false;
	let k = 0;
	for (; k < track.points.length; k++) {
		const landed = land(stage, track.points[Math.max(0, k - 1)], track.points[k], track.losses[k]);
		points.push(landed.xy);
		if (landed.off) {
			off = true;
			break;
		}
	}
	const last = points[points.length - 1];
	const from = points.length > 1 ? points[points.length - 2] : last;
	const walking = progress < 1 && points.length > 1 && k >= track.points.length - 1;
	const e = walking ? progress : 1;
	const x = from[0] + (last[0] - from[0]) * e;
	let y = from[1] + (last[1] - from[1]) * e;
	const hop = Math.sin(Math.PI * e);
	let scale = 1;
	if (stage.geometry.dims === 1)
		y -= Math.min(36, 0.35 * Math.hypot(last[0] - from[0], last[1] - from[1])) * hop;
	else scale = 1 + 0.2 * hop;
	if (walking) points[points.length - 1] = [x, y];
	const dx = last[0] - from[0];
	const dy = last[1] - from[1];
	const len = Math.hypot(dx, dy);
	return {
		points,
		hiker: { x, y, scale },
		off: off && !walking,
		heading: off && len > 0 ? [dx / len, dy / len] : null
	};
}
