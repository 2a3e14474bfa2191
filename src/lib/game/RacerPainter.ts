// The racers: each trail (a haloed polyline in the racer's colour), footprints that fade with age
// (alpha by steps ago, so a paused game needs no animation), the −gradient arrow at the hiker (or
// where the last step was taken, when the page sends no gradient for where it stands), the optimizer's state arrow (dashed) from the hiker, the hiker in its colour and
// shape, the marks of how a run ended, and an edge pointer for a hiker outside the view.
import Phaser from 'phaser';
import { arrowHead, arrowPixels, dashes, downhillOnScreen } from './arrows';
import { polygon } from './draw';
import { DotPool } from './DotPool';
import { footprintAlpha, outline, shapeFor } from './markers';
import type { Racers, Track } from './racers';
import type { Stage } from './stage';
import { trailView, type TrailView } from './trail';

const HIKER_RADIUS = 8;

export class RacerPainter {
	private readonly trails: Phaser.GameObjects.Graphics;
	private readonly arrows: Phaser.GameObjects.Graphics;
	private readonly hikers: Phaser.GameObjects.Graphics;
	private readonly footprints: DotPool;

	constructor(scene: Phaser.Scene, depth: number, outline: number) {
		this.trails = scene.add.graphics().setDepth(depth);
		this.footprints = new DotPool(scene, depth + 0.5, outline);
		this.arrows = scene.add.graphics().setDepth(depth + 1);
		this.hikers = scene.add.graphics().setDepth(depth + 2);
	}

	draw(stage: Stage, racers: Racers, now: number): void {
		this.trails.clear();
		this.arrows.clear();
		this.hikers.clear();
		this.footprints.begin();
		const views = racers.tracks.map((t) => trailView(stage, t, racers.progress(t, now)));
		racers.tracks.forEach((t, i) => this.drawTrail(stage, t, views[i]));
		racers.tracks.forEach((t, i) => this.drawArrows(stage, t, views[i]));
		racers.tracks.forEach((t, i) => this.drawHiker(stage, t, views[i]));
		this.footprints.end();
	}

	private drawTrail(stage: Stage, track: Track, view: TrailView): void {
		const g = this.trails;
		const pts = view.points;
		const { outline: dark } = stage.palette;
		if (pts.length > 1) {
			for (const [width, colour, alpha] of [
				[5, dark, 0.4],
				[2.5, track.spec.colour, 0.95]
			]) {
				g.lineStyle(width, colour, alpha);
				g.beginPath();
				g.moveTo(pts[0][0], pts[0][1]);
				for (let i = 1; i < pts.length; i++) g.lineTo(pts[i][0], pts[i][1]);
				g.strokePath();
			}
		}
		// The start: a hollow ring. Footprints: older ones fainter.
		g.lineStyle(2, dark, 0.8).strokeCircle(pts[0][0], pts[0][1], 5);
		g.lineStyle(1.5, track.spec.colour, 1).strokeCircle(pts[0][0], pts[0][1], 4);
		const newest = pts.length - 1;
		for (let k = 1; k < newest; k++) {
			this.footprints.put(pts[k][0], pts[k][1], 3.4, track.spec.colour, footprintAlpha(newest - k));
		}
	}

	private drawArrows(stage: Stage, track: Track, view: TrailView): void {
		if (view.off) return;
		const { proj, palette: colours } = stage;
		if (track.gradient) {
			const { at, value } = track.gradient;
			const dir = downhillOnScreen(value, proj.pxPerU, proj.pxPerV);
			const length = arrowPixels(Math.hypot(...value), stage.typical);
			const index = track.points.length - 2;
			const [x, y] = stage.at(at, track.losses[Math.max(0, index)]);
			if (dir && length > 0) {
				const tip: [number, number] = [x + dir[0] * length, y + dir[1] * length];
				this.arrow([x, y], tip, colours.outline, 0xffffff, false);
			}
		}
		const state = track.state;
		if (state && state.vector.every(Number.isFinite)) {
			const { x, y } = view.hiker;
			const [vx, vy] = [state.vector[0] * proj.pxPerU, -(state.vector[1] ?? 0) * proj.pxPerV];
			const len = Math.hypot(vx, vy);
			const max = 0.45 * Math.min(stage.vp.width, stage.vp.height);
			if (len >= 4) {
				const f = Math.min(1, max / len);
				this.arrow([x, y], [x + vx * f, y + vy * f], colours.outline, track.spec.colour, true);
			}
		}
	}

	/** An arrow with a dark halo: solid (the gradient) or dashed (the optimizer's state). */
	private arrow(
		from: [number, number],
		to: [number, number],
		halo: number,
		colour: number,
		dashed: boolean
	): void {
		const g = this.arrows;
		const head = arrowHead(from[0], from[1], to[0], to[1], 10);
		if (head.length === 0) return;
		// The shaft stops at the head's base so the tip stays sharp.
		const base = [(head[2] + head[4]) / 2, (head[3] + head[5]) / 2];
		const shaft = [from[0], from[1], base[0], base[1]];
		const pieces = dashed ? dashes(shaft, 6, 4) : [shaft];
		for (const [width, c, alpha] of [
			[5.5, halo, 0.55],
			[2.5, colour, 1]
		]) {
			g.lineStyle(width, c, alpha);
			for (const p of pieces) g.lineBetween(p[0], p[1], p[p.length - 2], p[p.length - 1]);
		}
		g.fillStyle(colour, 1).lineStyle(1.5, halo, 0.8);
		g.fillTriangle(head[0], head[1], head[2], head[3], head[4], head[5]);
		g.strokeTriangle(head[0], head[1], head[2], head[3], head[4], head[5]);
	}

	private drawHiker(stage: Stage, track: Track, view: TrailView): void {
		const g = this.hikers;
		const { x, y, scale } = view.hiker;
		const colours = stage.palette;
		const r = HIKER_RADIUS * scale;
		if (view.off) this.fallMark(stage, x, y, view.heading);
		const shape = outline(shapeFor(track.index), x, y, r);
		g.fillStyle(track.spec.colour, 1).lineStyle(2, colours.outline, 1);
		polygon(g, shape);
		if (track.outcome === 'goal') star(g, x + r + 2, y - r - 2, 6, colours.outline);
		if (track.outcome === 'singular') {
			g.lineStyle(2.5, colours.danger, 1).strokeCircle(x, y, r + 5);
			g.lineBetween(x - r - 2, y + r + 2, x + r + 2, y - r - 2);
		}
		this.edgePointer(stage, track, x, y);
	}

	destroy(): void {
		this.footprints.destroy();
	}

	/** Fell off the map: a ring in the warning colour and a short arrow out over the edge. */
	private fallMark(stage: Stage, x: number, y: number, heading: [number, number] | null): void {
		const g = this.hikers;
		const { danger, outline: dark } = stage.palette;
		g.lineStyle(5, dark, 0.5).strokeCircle(x, y, HIKER_RADIUS + 6);
		g.lineStyle(2.5, danger, 1).strokeCircle(x, y, HIKER_RADIUS + 6);
		if (!heading) return;
		const [hx, hy] = heading;
		const [sx, sy] = [x + hx * (HIKER_RADIUS + 7), y + hy * (HIKER_RADIUS + 7)];
		const [tx, ty] = [sx + hx * 14, sy + hy * 14];
		g.lineBetween(sx, sy, tx, ty);
		const head = arrowHead(sx, sy, tx, ty, 7);
		g.fillStyle(danger, 1).fillTriangle(head[0], head[1], head[2], head[3], head[4], head[5]);
	}

	/** A hiker outside the plot area gets a small pointer in its colour at the nearest edge. */
	private edgePointer(stage: Stage, track: Track, x: number, y: number): void {
		const { vp } = stage;
		const [x0, y0, x1, y1] = [vp.left, vp.top, vp.width - vp.right, vp.height - vp.bottom];
		if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return;
		const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
		const [dx, dy] = [x - cx, y - cy];
		const len = Math.hypot(dx, dy);
		// Scale the way from the centre to the hiker down to the plot's edge.
		const fx = dx !== 0 ? (x1 - x0) / 2 / Math.abs(dx) : Infinity;
		const fy = dy !== 0 ? (y1 - y0) / 2 / Math.abs(dy) : Infinity;
		const f = Math.min(fx, fy) * 0.97;
		const [ex, ey] = [cx + dx * f, cy + dy * f];
		const [ux, uy] = [dx / len, dy / len];
		const head = arrowHead(ex - ux * 14, ey - uy * 14, ex, ey, 14);
		const g = this.hikers;
		g.fillStyle(track.spec.colour, 1).lineStyle(2, stage.palette.outline, 1);
		g.fillTriangle(head[0], head[1], head[2], head[3], head[4], head[5]);
		g.strokeTriangle(head[0], head[1], head[2], head[3], head[4], head[5]);
	}
}

/** A five-pointed star: the goal was reached. */
function star(
	g: Phaser.GameObjects.Graphics,
	cx: number,
	cy: number,
	r: number,
	edge: number
): void {
	const flat: number[] = [];
	for (let i = 0; i < 10; i++) {
		const a = -Math.PI / 2 + (i * Math.PI) / 5;
		const rr = i % 2 === 0 ? r : r * 0.45;
		flat.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
	}
	g.fillStyle(0xffd34d, 1).lineStyle(1.5, edge, 1);
	polygon(g, flat);
}
