import { describe, expect, it } from 'vitest';
import { ExpressionError } from '$lib/engine';
import * as landscapes from '$lib/landscapes';
import { LevelRun, SANDBOX } from '$lib/levels';
import { resolveSettings } from '$lib/optimizers';
import { defaultSettings } from './racers';
import { sandboxCourse } from './sandbox-course';
import { drawingLandscape, terrainSpec } from './terrain-spec';

const choice = { id: null, formula: 'x^2 + 3*y^2', low: -2, high: 2, steps: 50 };

describe('sandboxCourse', () => {
	it('offers every optimizer, each with a default that the optimizers accept', () => {
		const { allowed } = sandboxCourse(choice);
		expect(allowed.map((a) => a.name)).toEqual([...SANDBOX.optimizers]);
		for (const option of allowed)
			expect(() => resolveSettings(defaultSettings(option))).not.toThrow();
	});

	it('plays a typed formula on the edges the learner chose, with no goal', () => {
		const { course, bounds } = sandboxCourse(choice);
		expect(bounds).toEqual({ x: [-2, 2], y: [-2, 2] });
		const run = new LevelRun(course, {
			levelId: 'sandbox',
			version: 1,
			settings: { name: 'gd', lr: 0.1 },
			start: { x: 1, y: 1 },
			seed: 1
		});
		const result = run.finish();
		expect(result.stepsUsed).toBe(50); // nothing to reach: the whole budget is walked
		expect(result.stars).toBe(0);
		// x shrinks by (1 − 0.2) a step and y by (1 − 0.6): the bowl's bottom is (0, 0)
		expect(result.trajectory.points[50].x).toBeCloseTo(0.8 ** 50, 12);
		expect(result.trajectory.points[50].y).toBeCloseTo(0.4 ** 50, 12);
	});

	it('says what is wrong with a typo, a third variable or edges the wrong way round', () => {
		expect(() => sandboxCourse({ ...choice, formula: 'x^2 +* y' })).toThrow(ExpressionError);
		expect(() => sandboxCourse({ ...choice, formula: 'x + y + z' })).toThrow(
			/one or two variables/
		);
		expect(() => sandboxCourse({ ...choice, low: 3, high: 1 })).toThrow(/below the right edge/);
	});

	it('lets mini-batches range over a data landscape’s examples, and only there', () => {
		for (const landscape of landscapes.all()) {
			const { batch } = sandboxCourse({ ...choice, id: landscape.id });
			if (landscape.family === 'model') {
				const size = (landscape.objective as unknown as { size: number }).size;
				expect(batch, landscape.id).toEqual([1, size]);
			} else expect(batch, landscape.id).toBeUndefined();
		}
	});
});

describe('terrain for the scene', () => {
	it('re-makes a registry formula over a level’s narrower edges, keeping its landmarks', () => {
		const rosenbrock = landscapes.get('rosenbrock');
		const bounds = { x: [-2, 2], y: [-4, 3] } as const;
		const drawing = drawingLandscape(rosenbrock, bounds);
		expect(drawing.bounds).toEqual(bounds);
		expect(drawing.objective.value({ x: 1, y: 1 })).toBe(0);
		expect(drawingLandscape(rosenbrock, rosenbrock.bounds)).toBe(rosenbrock);
		const grid = { values: new Float64Array(4), rows: 2, cols: 2, min: 0, max: 1 };
		const spec = terrainSpec(
			rosenbrock,
			bounds,
			grid,
			{ goal: { kind: 'reach', minimum: 'minimum', radius: 0.1 } },
			'en'
		);
		expect(spec.bounds).toEqual([
			[-2, 2],
			[-4, 3]
		]);
		expect(spec.goal).toEqual({ at: [1, 1], radius: 0.1 });
		expect(spec.landmarks.map((l) => l.at)).toContainEqual([1, 1]);
	});
});
