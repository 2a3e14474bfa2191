// The ground: on a 2-D map, the shaded viridis relief (an offscreen canvas uploaded as a texture,
// stretched over the map with smooth filtering) and its labelled contour lines; on a 1-D terrain,
// the curve in profile over a viridis-tinted fill. Redrawn when the view or the theme changes.
import Phaser from 'phaser';
import { polygon } from './draw';
import { contourLevels, contourThresholds, type ContourLevel } from './contours';
import type { TerrainSpec } from './events';
import { level, terrainPixels, viridisColour } from './terrain';
import type { Occupancy } from './occupancy';
import { TextPool } from './TextPool';
import { FONT, contourColour, mix } from './theme';
import type { Stage } from './stage';

let textureSerial = 0;

export class TerrainPainter {
	private image: Phaser.GameObjects.Image | null = null;
	private textureKey: string | null = null;
	private levels: ContourLevel[] = [];
	private readonly lines: Phaser.GameObjects.Graphics;
	private readonly labels: TextPool;

	constructor(
		private readonly scene: Phaser.Scene,
		depth: number,
		occupancy: Occupancy
	) {
		this.lines = scene.add.graphics().setDepth(depth + 1);
		this.labels = new TextPool(scene, labelStyle(false), depth + 2, occupancy);
	}

	setTerrain(terrain: TerrainSpec): void {
		this.clearTexture();
		this.levels = [];
		if (terrain.rows < 2 || terrain.bounds.length < 2) return;
		const canvas = document.createElement('canvas');
		[canvas.width, canvas.height] = [terrain.cols, terrain.rows];
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2-D canvas context for the terrain');
		context.putImageData(new ImageData(terrainPixels(terrain), terrain.cols, terrain.rows), 0, 0);
		this.textureKey = `terrain-${++textureSerial}`;
		const texture = this.scene.textures.addCanvas(this.textureKey, canvas);
		texture?.setFilter(Phaser.Textures.FilterMode.LINEAR);
		this.image = this.scene.add.image(0, 0, this.textureKey).setOrigin(0, 0).setDepth(0);
		this.levels = contourLevels(terrain, contourThresholds(terrain.min, terrain.max, 9));
	}

	setTheme(dark: boolean): void {
		this.labels.restyle(labelStyle(dark));
	}

	draw(stage: Stage): void {
		this.lines.clear();
		this.labels.begin();
		if (stage.geometry.dims === 2) this.drawMap(stage);
		else drawProfile(this.lines, stage);
		this.labels.end();
	}

	private drawMap(stage: Stage): void {
		const { terrain } = stage;
		const [[x0, x1], [y0, y1]] = terrain.bounds;
		// Pixel centres sit on the grid points, so the picture reaches half a cell past the bounds.
		const hx = (x1 - x0) / (terrain.cols - 1) / 2;
		const hy = (y1 - y0) / (terrain.rows - 1) / 2;
		const [left, top] = stage.proj.toScreen(x0 - hx, y1 + hy);
		const [right, bottom] = stage.proj.toScreen(x1 + hx, y0 - hy);
		this.image?.setPosition(left, top).setDisplaySize(right - left, bottom - top);
		for (const lvl of this.levels) this.drawLevel(stage, lvl);
	}

	private drawLevel(stage: Stage, lvl: ContourLevel): void {
		const { colour, alpha } = contourColour(lvl.t);
		this.lines.lineStyle(1.25, colour, alpha);
		for (const line of lvl.lines) {
			this.lines.beginPath();
			for (let i = 0; i < line.length; i += 2) {
				const [x, y] = stage.proj.toScreen(line[i], line[i + 1]);
				if (i === 0) this.lines.moveTo(x, y);
				else this.lines.lineTo(x, y);
			}
			this.lines.strokePath();
		}
		const { width, height } = stage.vp;
		for (const [u, v] of lvl.anchors) {
			const [x, y] = stage.proj.toScreen(u, v);
			if (x < stage.vp.left + 12 || x > width - 12 || y < 10 || y > height - stage.vp.bottom - 8)
				continue;
			this.labels.put(x, y, lvl.label, 0.5, 0.5, true);
		}
	}

	private clearTexture(): void {
		this.image?.destroy();
		this.image = null;
		if (this.textureKey && this.scene.textures.exists(this.textureKey)) {
			this.scene.textures.remove(this.textureKey);
		}
		this.textureKey = null;
	}

	destroy(): void {
		this.clearTexture();
		this.labels.destroy();
	}
}

function labelStyle(dark: boolean): Phaser.Types.GameObjects.Text.TextStyle {
	return {
		fontFamily: FONT,
		fontSize: '12px',
		color: dark ? '#e6ece9' : '#1c2320',
		backgroundColor: dark ? 'rgba(17,22,20,0.72)' : 'rgba(247,248,246,0.78)',
		padding: { x: 3, y: 1 }
	};
}

/** The curve, its viridis-tinted fill down to the floor of the view, and a dark line on top. */
function drawProfile(g: Phaser.GameObjects.Graphics, stage: Stage): void {
	const { terrain, palette: colours } = stage;
	const [x0, x1] = terrain.bounds[0];
	const n = terrain.cols;
	const floor = stage.vp.height - stage.vp.bottom;
	const points: [number, number][] = [];
	for (let i = 0; i < n; i++) {
		const v = terrain.values[i];
		points.push(Number.isFinite(v) ? stage.at([x0 + ((x1 - x0) * i) / (n - 1)], v) : [NaN, NaN]);
	}
	for (let i = 0; i + 1 < n; i++) {
		const [a, b] = [points[i], points[i + 1]];
		if (!Number.isFinite(a[0]) || !Number.isFinite(b[0])) continue;
		const t = level((terrain.values[i] + terrain.values[i + 1]) / 2, terrain.min, terrain.max);
		// Opaque, pre-mixed with the page colour, and overlapping by a pixel: no seams between strips.
		g.fillStyle(mix(viridisColour(t), colours.background, 0.55), 1);
		const bottom = (y: number) => Math.max(floor, y);
		const [ax, bx] = [a[0] - 0.6, b[0] + 0.6];
		polygon(g, [ax, a[1], bx, b[1], bx, bottom(b[1]), ax, bottom(a[1])], false);
	}
	g.lineStyle(2.5, colours.ink, 0.9);
	let open = false;
	g.beginPath();
	for (const [x, y] of points) {
		if (!Number.isFinite(x)) open = false;
		else if (open) g.lineTo(x, y);
		else {
			g.moveTo(x, y);
			open = true;
		}
	}
	g.strokePath();
}
