// The scene's state without Phaser: what the page's events said (terrain, racers, ghost, start
// region, theme, motion), the view (pan and zoom), the start being dragged, and which layers need
// redrawing. MountainScene feeds it events and input and paints its Stage. Pure, so it is tested.
import type { MapPoint, TerrainSpec } from './events';
import { geometryFor, type Geometry } from './geometry';
import type { Message } from './listeners';
import { Racers } from './racers';
import { makeStage, type Stage } from './stage';
import { checkTerrain } from './validate';
import { fitView, panBy, zoomAbout, zoomCentre, type ViewState } from './viewport';

export interface Marks {
	ghost: readonly MapPoint[] | null;
	region: readonly (readonly [number, number])[] | null;
	/** Where the start handle is drawn (null: no draggable start). */
	handle: MapPoint | null;
}

export class SceneModel {
	terrain: TerrainSpec | null = null;
	geometry: Geometry | null = null;
	view: ViewState = { cx: 0, cy: 0, zoom: 1 };
	readonly racers = new Racers();
	marks: Marks = { ghost: null, region: null, handle: null };
	/** Terrain, view, marks or theme changed: repaint everything. */
	staticDirty = true;
	/** Racers changed: repaint them. */
	dynamicDirty = true;
	private dragging: MapPoint | null = null;
	private cached: Stage | null = null;

	constructor(
		public dark: boolean,
		public reduced: boolean,
		public size: { width: number; height: number }
	) {}

	/** Applies one page → scene event; throws (for game:error) on a terrain it cannot draw. */
	apply(message: Message, now: number): void {
		this.dynamicDirty = true;
		switch (message.type) {
			case 'terrain:set':
				return this.setTerrain(message.payload);
			case 'descent:reset':
				this.racers.reset(message.payload.racers);
				if (!this.dragging) this.marks.handle = null;
				if (this.terrain?.rows === 1) this.refit(false);
				break;
			case 'descent:step':
				this.racers.step(message.payload, now, this.reduced);
				return;
			case 'descent:finished':
				return this.racers.finish(message.payload.racer, message.payload.outcome);
			case 'ghost:set':
				this.marks.ghost = message.payload.points;
				break;
			case 'start:region':
				this.marks.region = message.payload.region;
				break;
			case 'view:zoom':
				return this.zoomCentre(message.payload.factor);
			case 'view:pan':
				return this.panFraction(message.payload.dx, message.payload.dy);
			case 'view:reset':
				return this.setView(this.geometry ? fitView(this.geometry.frame) : null);
			case 'motion:set':
				this.reduced = message.payload.reduced;
				if (this.reduced) this.racers.settle();
				return;
			case 'theme:set':
				this.dark = message.payload.dark;
				break;
		}
		this.staticDirty = true;
	}

	private setTerrain(terrain: TerrainSpec): void {
		checkTerrain(terrain);
		this.terrain = terrain;
		this.racers.reset([]);
		this.marks = { ghost: null, region: this.marks.region, handle: null };
		this.refit(true);
	}

	/** New geometry: a new terrain, or a profile widened to show the racers' starts. */
	private refit(resetView: boolean): void {
		if (!this.terrain) return;
		const starts = this.racers.tracks.map((t) => t.spec.startLoss);
		this.geometry = geometryFor(this.terrain, starts);
		if (resetView) this.view = fitView(this.geometry.frame);
		this.staticDirty = true;
	}

	resize(size: { width: number; height: number }): void {
		this.size = size;
		this.staticDirty = true;
	}

	/** The stage for the current terrain, view, size and theme (null before any terrain). */
	stage(): Stage | null {
		if (!this.terrain || !this.geometry) return null;
		if (this.staticDirty || !this.cached) {
			this.cached = makeStage(this.terrain, this.geometry, this.size, this.view, this.dark);
		}
		return this.cached;
	}

	private setView(view: ViewState | null): void {
		if (!view) return;
		this.view = view;
		this.staticDirty = true;
	}

	/** Drag: the picture follows the pointer by (dx, dy) screen pixels. */
	pan(dx: number, dy: number): void {
		const s = this.stage();
		if (s) this.setView(panBy(s.geometry.frame, s.vp, this.view, dx, dy));
	}

	/** Wheel or pinch: zoom by `factor` about the screen point (x, y). */
	zoomAt(factor: number, x: number, y: number): void {
		const s = this.stage();
		if (s) this.setView(zoomAbout(s.geometry.frame, s.vp, this.view, factor, x, y));
	}

	private zoomCentre(factor: number): void {
		const s = this.stage();
		if (s) this.setView(zoomCentre(s.geometry.frame, s.vp, this.view, factor));
	}

	/** Keyboard: dx, dy are fractions of the view; positive shows more of what is right / below. */
	private panFraction(dx: number, dy: number): void {
		const s = this.stage();
		if (!s) return;
		const w = s.vp.width - s.vp.left - s.vp.right;
		const h = s.vp.height - s.vp.top - s.vp.bottom;
		this.setView(panBy(s.geometry.frame, s.vp, this.view, -dx * w, -dy * h));
	}

	/** Where the start handle is: being dragged or just dropped, else the first racer's start. */
	handlePoint(): MapPoint | null {
		if (!this.marks.region) return null;
		return this.marks.handle ?? this.racers.tracks[0]?.spec.start ?? null;
	}

	handleOnScreen(): [number, number] | null {
		const at = this.handlePoint();
		const stage = this.stage();
		return at && stage ? stage.at(at) : null;
	}

	/** Moves the start to the screen point, kept inside the region; what to tell the page. */
	dragStart(sx: number, sy: number, final: boolean): { at: number[]; final: boolean } | null {
		const stage = this.stage();
		const region = this.marks.region;
		if (!stage || !region) return null;
		const [u, v] = stage.proj.toMap(sx, sy);
		const raw = stage.geometry.dims === 2 ? [u, v] : [u];
		const at = raw.map((x, i) => Math.min(region[i][1], Math.max(region[i][0], x)));
		this.dragging = final ? null : at;
		this.marks.handle = at;
		this.staticDirty = true;
		return { at, final };
	}
}
