// From a level to what the mountain draws: the landscape over the level's own edges (a registry
// formula on narrower bounds is re-made from its formula so the grid covers exactly the map), and
// the TerrainSpec the scene takes: the grid, the landmarks named in the page's language, the goal.
import type { GridResult } from '$lib/engine';
import type { TerrainSpec } from '$lib/game/events';
import * as landscapes from '$lib/landscapes';
import type { Bounds, Landscape } from '$lib/landscapes';
import type { Course } from '$lib/levels';
import { toMapPoint } from './racers';

/** Grid resolution for a 2-D map (n × n) and for a 1-D curve (n × 1). */
export const GRID_2D = 128;
export const GRID_1D = 400;

export function gridSize(landscape: Landscape): number {
	return landscape.objective.variables.length === 1 ? GRID_1D : GRID_2D;
}

/** The landscape to draw over `bounds`: the landscape itself when the edges match. */
export function drawingLandscape(landscape: Landscape, bounds: Bounds): Landscape {
	const same = landscape.objective.variables.every(
		(name) =>
			bounds[name][0] === landscape.bounds[name][0] && bounds[name][1] === landscape.bounds[name][1]
	);
	if (same || landscape.formula === undefined) return landscape;
	return landscapes.fromFormula(landscape.formula, bounds);
}

const KIND_LABEL = { minimum: 'min', maximum: 'max', saddle: 'saddle' } as const;

/** What the scene needs to draw `landscape` with `grid`, its landmarks labelled in `locale`. */
export function terrainSpec(
	landscape: Landscape,
	bounds: Bounds,
	grid: GridResult,
	course: Pick<Course, 'goal'>,
	locale: 'en' | 'ko'
): TerrainSpec {
	const names = landscape.objective.variables;
	const inside = (at: Readonly<Record<string, number>>) =>
		names.every((n) => at[n] >= bounds[n][0] && at[n] <= bounds[n][1]);
	const landmarks = landscape.critical
		.filter((c) => inside(c.at))
		.map((c) => ({
			at: toMapPoint(c.at, names),
			kind: c.kind,
			label: c.name?.[locale] ?? KIND_LABEL[c.kind]
		}));
	const goal = course.goal;
	const target =
		goal?.kind === 'reach' ? landscape.critical.find((c) => c.id === goal.minimum) : undefined;
	return {
		variables: names,
		bounds: names.map((n) => bounds[n]),
		values: grid.values,
		rows: grid.rows,
		cols: grid.cols,
		min: grid.min,
		max: grid.max,
		landmarks,
		goal:
			target && goal?.kind === 'reach'
				? { at: toMapPoint(target.at, names), radius: goal.radius }
				: undefined
	};
}
