// The one typed map of events between the mountain (Phaser) and the page around it (Svelte).
// Names are `domain:verb`. The page owns the model (the runs, their clock, the settings) and tells
// the scene what to draw; the scene reports only what the learner did on the canvas (dragging the
// start) and when it is ready. Pure TypeScript: no Phaser here, so the page imports it freely.

/** A point on the map in the landscape's own variables: [x] for 1-D terrain, [x, y] for 2-D. */
export type MapPoint = readonly number[];

/** A loss grid as the landscapes' gridFor returns it, plus what the scene needs to place it. */
export interface TerrainSpec {
	/** 1 or 2 variable names, in the landscape's order. */
	variables: readonly string[];
	/** Edges of each variable, same order. */
	bounds: readonly (readonly [number, number])[];
	/** Row-major losses: `rows` rows along the second variable (1 row for 1-D), `cols` columns. */
	values: Float64Array;
	rows: number;
	cols: number;
	min: number;
	max: number;
	/** Marked points: minima, saddles… with a short label in the page's language. */
	landmarks: readonly { at: MapPoint; kind: 'minimum' | 'maximum' | 'saddle'; label: string }[];
	/** The goal drawn as a ring (reach) — absent for loss goals and the Sandbox. */
	goal?: { at: MapPoint; radius: number };
}

/** What the optimizer remembers, reduced to one arrow the scene can draw at the hiker. */
export interface StateArrow {
	kind: 'velocity' | 'adam-step' | 'newton-step' | 'candidate';
	/** In map units (same as the points), from the hiker's position. */
	vector: MapPoint;
}

export interface RacerSpec {
	id: number;
	/** 0xRRGGBB, distinct per racer (see RACER_COLOURS). */
	colour: number;
	/** e.g. "Adam, η = 0.1" */
	label: string;
	start: MapPoint;
	startLoss: number;
	/** The gradient at the start, for the arrow before the first step (absent: no arrow yet). */
	gradient?: MapPoint | null;
}

export interface StepView {
	racer: number;
	/** 1-based step number. */
	step: number;
	from: MapPoint;
	to: MapPoint;
	lossBefore: number;
	loss: number;
	/** The gradient at `from` (null for the random methods). */
	gradient: MapPoint | null;
	/** The gradient where the hiker now stands (`to`): the arrow is drawn there when it is given. */
	gradientAfter?: MapPoint | null;
	state: StateArrow | null;
	/** How long the hiker takes to walk the step; 0 jumps (reduced motion, replays, catching up). */
	durationMs: number;
}

export interface GameEvents {
	// page → scene
	/** Draw this terrain (replaces the previous one and clears the runs). */
	'terrain:set': TerrainSpec;
	/** Clear trails and place one hiker per racer at its start. */
	'descent:reset': { racers: readonly RacerSpec[] };
	/** A racer took a step. */
	'descent:step': StepView;
	/** A racer's run ended. */
	'descent:finished': { racer: number; outcome: 'goal' | 'over-budget' | 'diverged' | 'singular' };
	/** The learner's best earlier run, drawn faintly (null hides it). */
	'ghost:set': { points: readonly MapPoint[] | null };
	/** Where the start may be dragged (null: fixed start). */
	'start:region': { region: readonly (readonly [number, number])[] | null };
	/** Zoom by a factor about the view's centre (keyboard +/−). */
	'view:zoom': { factor: number };
	/** Pan by a fraction of the view (keyboard): dx, dy in [-1, 1]. */
	'view:pan': { dx: number; dy: number };
	/** Fit the whole map in view. */
	'view:reset': Record<string, never>;
	/** Reduced motion: no tweens, no fading animations. */
	'motion:set': { reduced: boolean };
	/** Light or dark page: colours of labels and lines. */
	'theme:set': { dark: boolean };
	// scene → page
	/** The scene has booted and drawn its first frame with the current terrain. */
	'game:ready': Record<string, never>;
	/** The learner dragged (and dropped) the start marker here. */
	'start:dragged': { at: MapPoint; final: boolean };
	/** Something in the scene failed; the page shows the message and keeps the learner's work. */
	'game:error': { message: string };
}

export type GameEventName = keyof GameEvents;
export type Listener<K extends GameEventName> = (payload: GameEvents[K]) => void;

/** Distinct on viridis/cividis terrain and for colour-blind eyes (Okabe–Ito orange, sky blue, vermillion, reddish purple). */
export const RACER_COLOURS = [0xe69f00, 0x56b4e9, 0xd55e00, 0xcc79a7] as const;

/** A small typed event bus; `on` returns its own unsubscribe, `clear` drops every listener. */
export class GameBus {
	private readonly listeners = new Map<GameEventName, Set<(payload: never) => void>>();

	on<K extends GameEventName>(type: K, listener: Listener<K>): () => void {
		let set = this.listeners.get(type);
		if (!set) this.listeners.set(type, (set = new Set()));
		set.add(listener as (payload: never) => void);
		return () => this.off(type, listener);
	}

	off<K extends GameEventName>(type: K, listener: Listener<K>): void {
		this.listeners.get(type)?.delete(listener as (payload: never) => void);
	}

	emit<K extends GameEventName>(type: K, payload: GameEvents[K]): void {
		for (const listener of [...(this.listeners.get(type) ?? [])])
			(listener as Listener<K>)(payload);
	}

	/** How many listeners are attached (a test checks teardown leaves none). */
	get size(): number {
		let n = 0;
		for (const set of this.listeners.values()) n += set.size;
		return n;
	}

	clear(): void {
		this.listeners.clear();
	}
}
