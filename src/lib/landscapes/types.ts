// What a landscape is: an objective the optimizers can walk on, plus what the game and the run
// analysis need to know about it (names in both languages, map edges, starts, critical points).
// Structural types only, so this layer depends on nothing but the engine.

/** A text in both of Downhill's languages. */
export interface Text {
	en: string;
	ko: string;
}

export type Point = Readonly<Record<string, number>>;
export type Bounds = Readonly<Record<string, readonly [number, number]>>;

/** Satisfies the optimizers' `Objective` (and an engine `Expression` is one). */
export interface LandscapeObjective {
	readonly variables: readonly string[];
	value(at: Point): number;
	gradient(at: Point): Record<string, number>;
	hessian?(at: Point): number[][];
}

export type CriticalKind = 'minimum' | 'maximum' | 'saddle';

export interface CriticalPoint {
	id: string;
	at: Point;
	kind: CriticalKind;
	/** The loss there. */
	value: number;
	/** The lowest minimum on the map. */
	global?: boolean;
	name?: Text;
}

export interface Landscape {
	id: string;
	/** Bumped whenever the values change, so cached grids and stored runs can tell. */
	version: number;
	family: 'analytic' | 'model';
	name: Text;
	description: Text;
	objective: LandscapeObjective;
	/** The formula as the engine parses it (analytic landscapes). */
	formula?: string;
	/** KaTeX source of the formula. */
	tex?: string;
	bounds: Bounds;
	starts: readonly Point[];
	critical: readonly CriticalPoint[];
}

/** A landscape known by id before it is built: the registry builds it when first asked for it. */
export interface LandscapeEntry<L extends Landscape = Landscape> {
	id: string;
	build: () => L;
}
