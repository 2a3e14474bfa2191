// What the level marks on the terrain: landmarks (minima, maxima, saddles) with their labels, the
// goal ring, the region where the start may be dragged with its handle, and the ghost of the best
// earlier run (faint, dashed). Labels come from the page, already in the learner's language.
import Phaser from 'phaser';
import { dashes } from './arrows';
import type { MapPoint, TerrainSpec } from './events';
import type { Occupancy } from './occupancy';
import type { Marks } from './SceneModel';
import { TextPool } from './TextPool';
import { FONT } from './theme';
import type { Stage } from './stage';

export class MarksPainter {
	private readonly g: Phaser.GameObjects.Graphics;
	private readonly labels: TextPool;

	constructor(
		scene: Phaser.Scene,
		depth: number,
		private readonly occupancy: Occupancy
	) {
		this.g = scene.add.graphics().setDepth(depth);
		this.labels = new TextPool(scene, landmarkStyle(false), depth + 1, occupancy);
	}

	setTheme(dark: boolean): void {
		this.labels.restyle(landmarkStyle(dark));
	}

	draw(stage: Stage, marks: Marks): void {
		this.g.clear();
		this.labels.begin();
		const over = stage.geometry.dims === 2;
		// Over the terrain, white with a dark halo reads on every viridis colour.
		const ink = over ? 0xffffff : stage.palette.ink;
		if (marks.ghost && marks.ghost.length > 1) this.ghost(stage, marks.ghost, ink);
		if (stage.terrain.goal) this.goal(stage, stage.terrain.goal, ink);
		if (marks.region) this.region(stage, marks.region, ink);
		for (const mark of stage.terrain.landmarks) this.landmark(stage, mark);
		if (marks.handle) this.handle(stage, marks.handle);
		// After the landmarks' labels (which may sit inside it), keep contour labels off the goal.
		if (stage.terrain.goal) this.reserveGoal(stage, stage.terrain.goal);
		this.labels.end();
	}

	private ghost(stage: Stage, points: readonly MapPoint[], ink: number): void {
		const flat: number[] = [];
		for (const p of points) {
			if (!p.every(Number.isFinite)) break;
			flat.push(...stage.at(p));
		}
		for (const [width, colour, alpha] of [
			[4, stage.palette.outline, 0.25],
			[2, ink, 0.6]
		]) {
			this.g.lineStyle(width, colour, alpha);
			for (const d of dashes(flat, 7, 5))
				this.g.lineBetween(d[0], d[1], d[d.length - 2], d[d.length - 1]);
		}
	}

	private goal(stage: Stage, goal: NonNullable<TerrainSpec['goal']>, ink: number): void {
		const [x, y] = stage.at(goal.at);
		const rx = Math.max(7, goal.radius * stage.proj.pxPerU);
		if (stage.geometry.dims === 1) {
			// On a profile the goal is a stretch of x: a band along the floor and a ring on the curve.
			const floor = stage.vp.height - stage.vp.bottom - 3;
			this.g.lineStyle(5, stage.palette.accent, 0.85).lineBetween(x - rx, floor, x + rx, floor);
		}
		const ry = stage.geometry.dims === 2 ? Math.max(7, goal.radius * stage.proj.pxPerV) : rx;
		this.g.lineStyle(5, stage.palette.outline, 0.45).strokeEllipse(x, y, 2 * rx, 2 * ry, 48);
		this.g.lineStyle(2.5, ink, 0.95).strokeEllipse(x, y, 2 * rx, 2 * ry, 48);
	}

	private reserveGoal(stage: Stage, goal: NonNullable<TerrainSpec['goal']>): void {
		const [x, y] = stage.at(goal.at);
		const rx = Math.max(7, goal.radius * stage.proj.pxPerU) + 3;
		const ry = stage.geometry.dims === 2 ? Math.max(7, goal.radius * stage.proj.pxPerV) + 3 : rx;
		this.occupancy.add({ x: x - rx, y: y - ry, w: 2 * rx, h: 2 * ry });
	}

	private region(stage: Stage, region: readonly (readonly [number, number])[], ink: number): void {
		const [[ulo, uhi], vr] = region;
		const flat =
			stage.geometry.dims === 2 && vr
				? [
						[ulo, vr[0]],
						[uhi, vr[0]],
						[uhi, vr[1]],
						[ulo, vr[1]],
						[ulo, vr[0]]
					].flatMap((p) => stage.at(p))
				: [...stage.at([ulo], 0), ...stage.at([uhi], 0)];
		if (stage.geometry.dims === 1) {
			const floor = stage.vp.height - stage.vp.bottom - 9;
			[flat[1], flat[3]] = [floor, floor];
		}
		for (const [width, colour, alpha] of [
			[4, stage.palette.outline, 0.35],
			[1.75, ink, 0.9]
		]) {
			this.g.lineStyle(width, colour, alpha);
			for (const d of dashes(flat, 5, 4))
				this.g.lineBetween(d[0], d[1], d[d.length - 2], d[d.length - 1]);
		}
	}

	private landmark(stage: Stage, mark: TerrainSpec['landmarks'][number]): void {
		const [x, y] = stage.at(mark.at);
		const g = this.g;
		g.fillStyle(0xffffff, 1).lineStyle(1.75, stage.palette.outline, 1);
		if (mark.kind === 'minimum') {
			g.fillCircle(x, y, 4.5).strokeCircle(x, y, 4.5);
		} else if (mark.kind === 'maximum') {
			g.fillTriangle(x, y - 6, x + 5.5, y + 4, x - 5.5, y + 4).strokeTriangle(
				x,
				y - 6,
				x + 5.5,
				y + 4,
				x - 5.5,
				y + 4
			);
		} else {
			// A saddle: a cross, like the × of contour lines crossing there.
			for (const [w, c] of [
				[5, stage.palette.outline],
				[2.5, 0xffffff]
			] as const) {
				g.lineStyle(w, c, 1)
					.lineBetween(x - 5, y - 5, x + 5, y + 5)
					.lineBetween(x - 5, y + 5, x + 5, y - 5);
			}
		}
		this.occupancy.addPoint(x, y, 7);
		// Beside the mark on a map; above it on a profile, where hikers walk along the curve.
		if (!mark.label) return;
		if (stage.geometry.dims === 2) this.labels.put(x + 9, y - 1, mark.label, 0, 0.5, true);
		else this.labels.put(x, y - 10, mark.label, 0.5, 1, true);
	}

	/** The start handle: a ring with a cross, big enough to grab with a finger. */
	private handle(stage: Stage, at: MapPoint): void {
		const [x, y] = stage.at(at);
		this.occupancy.addPoint(x, y, 17);
		const g = this.g;
		for (const [w, c, a] of [
			[5, stage.palette.outline, 0.6],
			[2.25, 0xffffff, 1]
		] as const) {
			g.lineStyle(w, c, a).strokeCircle(x, y, 12);
			g.lineBetween(x - 17, y, x - 8, y).lineBetween(x + 8, y, x + 17, y);
			g.lineBetween(x, y - 17, x, y - 8).lineBetween(x, y + 8, x, y + 17);
		}
	}

	destroy(): void {
		this.labels.destroy();
	}
}

function landmarkStyle(dark: boolean): Phaser.Types.GameObjects.Text.TextStyle {
	return {
		fontFamily: FONT,
		fontSize: '13px',
		fontStyle: 'bold',
		color: dark ? '#e6ece9' : '#1c2320',
		stroke: dark ? '#111614' : '#f7f8f6',
		strokeThickness: 4
	};
}
