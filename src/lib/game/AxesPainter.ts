// Axes along the left and bottom of the plot: opaque margins in the page's colour (they also hide
// whatever the view has panned under them), nice ticks for the part of the map in view, and the
// variables' names. On a profile, light grid lines run across the plot too.
import Phaser from 'phaser';
import { formatNumber, ticks } from './format';
import { TextPool } from './TextPool';
import { FONT } from './theme';
import type { Stage } from './stage';

export class AxesPainter {
	private readonly grid: Phaser.GameObjects.Graphics;
	private readonly band: Phaser.GameObjects.Graphics;
	private readonly labels: TextPool;

	constructor(scene: Phaser.Scene, gridDepth: number, depth: number) {
		this.grid = scene.add.graphics().setDepth(gridDepth);
		this.band = scene.add.graphics().setDepth(depth);
		this.labels = new TextPool(scene, tickStyle(false), depth + 1);
	}

	setTheme(dark: boolean): void {
		this.labels.restyle(tickStyle(dark));
	}

	draw(stage: Stage): void {
		const { vp, proj, palette: colours, terrain, geometry } = stage;
		const [right, bottom] = [vp.width - vp.right, vp.height - vp.bottom];
		const [u0, v0] = proj.toMap(vp.left, bottom);
		const [u1, v1] = proj.toMap(right, vp.top);
		const us = ticks(u0, u1, Math.max(2, Math.floor((right - vp.left) / 72)));
		const vs = ticks(v0, v1, Math.max(2, Math.floor((bottom - vp.top) / 44)));
		this.grid.clear();
		this.band.clear();
		this.band.fillStyle(colours.background, 1);
		this.band.fillRect(0, 0, vp.left, vp.height);
		this.band.fillRect(0, bottom, vp.width, vp.bottom);
		this.band.lineStyle(1, colours.axis, 1);
		this.band.lineBetween(vp.left, vp.top, vp.left, bottom);
		this.band.lineBetween(vp.left, bottom, right, bottom);
		this.labels.begin();
		const names =
			geometry.dims === 2
				? terrain.variables
				: [terrain.variables[0], `L(${terrain.variables[0]})`];
		this.labels.put(right - 2, bottom + 4, names[0] ?? '', 1, 0, true);
		this.labels.put(3, vp.top, names[1] ?? '', 0, 0, true);
		for (const u of us.values) {
			const [x] = proj.toScreen(u, v0);
			this.band.lineBetween(x, bottom, x, bottom + 4);
			if (geometry.dims === 1) this.gridLine(x, vp.top, x, bottom, colours.grid);
			this.labels.put(x, bottom + 5, formatNumber(u, us.step), 0.5, 0, true);
		}
		for (const v of vs.values) {
			const [, y] = proj.toScreen(u0, v);
			this.band.lineBetween(vp.left - 4, y, vp.left, y);
			if (geometry.dims === 1) this.gridLine(vp.left, y, right, y, colours.grid);
			this.labels.put(vp.left - 6, y, formatNumber(v, vs.step), 1, 0.5, true);
		}
		this.labels.end();
	}

	private gridLine(x0: number, y0: number, x1: number, y1: number, colour: number): void {
		this.grid.lineStyle(1, colour, 1);
		this.grid.lineBetween(x0, y0, x1, y1);
	}

	destroy(): void {
		this.labels.destroy();
	}
}

function tickStyle(dark: boolean): Phaser.Types.GameObjects.Text.TextStyle {
	return { fontFamily: FONT, fontSize: '12px', color: dark ? '#a9b6b0' : '#4d5a55' };
}
