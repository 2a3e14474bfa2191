import { describe, expect, it } from 'vitest';
import type { TerrainSpec } from './events';
import { geometryFor } from './geometry';
import { Racers } from './racers';
import { makeStage } from './stage';
import { trailView } from './trail';
import { fitView } from './viewport';

const map: TerrainSpec = {
	variables: ['x', 'y'],
	bounds: [
		[-2, 2],
		[-2, 2]
	],
	values: new Float64Array(9).fill(1),
	rows: 3,
	cols: 3,
	min: 0,
	max: 8,
	landmarks: []
};
const stageFor = (t: TerrainSpec) => {
	const g = geometryFor(t);
	return makeStage(t, g, { width: 400, height: 400 }, fitView(g.frame), false);
};
const spec = { id: 7, colour: 0xff0000, label: 'GD', start: [0, 0], startLoss: 0 };
const step = (k: number, from: number[], to: number[], durationMs = 0) => ({
	racer: 7,
	step: k,
	from,
	to,
	lossBefore: 0,
	loss: 0,
	gradient: null,
	state: null,
	durationMs
});

describe('trailView', () => {
	it('puts every landed point on screen and the hiker on the last', () => {
		const stage = stageFor(map);
		const racers = new Racers();
		racers.reset([spec]);
		racers.step(step(1, [0, 0], [1, 1]), 0, false);
		const view = trailView(stage, racers.tracks[0], 1);
		expect(view.points).toEqual([stage.at([0, 0]), stage.at([1, 1])]);
		expect([view.hiker.x, view.hiker.y]).toEqual(stage.at([1, 1]));
		expect(view.off).toBe(false);
	});
	it('walks the hiker along the last step, a little larger mid-hop on a map', () => {
		const stage = stageFor(map);
		const racers = new Racers();
		racers.reset([spec]);
		racers.step(step(1, [0, 0], [1, 0], 100), 0, false);
		const view = trailView(stage, racers.tracks[0], 0.5);
		const [a, b] = [stage.at([0, 0]), stage.at([1, 0])];
		expect(view.hiker.x).toBeCloseTo((a[0] + b[0]) / 2, 9);
		expect(view.hiker.y).toBeCloseTo((a[1] + b[1]) / 2, 9);
		expect(view.hiker.scale).toBeCloseTo(1.2, 12);
	});
	it('stops a hiker that leaves the map at the border and says which way it fell', () => {
		const stage = stageFor(map);
		const racers = new Racers();
		racers.reset([spec]);
		racers.step(step(1, [0, 0], [10, 0]), 0, false);
		racers.step(step(2, [10, 0], [NaN, NaN]), 0, false);
		const view = trailView(stage, racers.tracks[0], 1);
		expect(view.off).toBe(true);
		expect(view.points).toHaveLength(2);
		expect(view.points[1][0]).toBeCloseTo(stage.at([2, 0])[0], 9);
		expect(view.heading?.[0]).toBeCloseTo(1, 12);
	});
	it('hops up on a profile: above the chord halfway', () => {
		const values = Float64Array.from({ length: 41 }, (_, i) => (-2 + i / 10) ** 2);
		const curve: TerrainSpec = {
			...map,
			variables: ['w'],
			bounds: [[-2, 2]],
			values,
			rows: 1,
			cols: 41,
			min: 0,
			max: 4
		};
		const stage = stageFor(curve);
		const racers = new Racers();
		racers.reset([{ ...spec, start: [-1], startLoss: 1 }]);
		racers.step({ ...step(1, [-1], [1], 100), lossBefore: 1, loss: 1 }, 0, false);
		const view = trailView(stage, racers.tracks[0], 0.5);
		const [a, b] = [stage.at([-1], 1), stage.at([1], 1)];
		expect(view.hiker.x).toBeCloseTo((a[0] + b[0]) / 2, 9);
		const hop = Math.min(36, 0.35 * Math.hypot(b[0] - a[0], b[1] - a[1]));
		expect(view.hiker.y).toBeCloseTo(a[1] - hop, 9);
	});
});
