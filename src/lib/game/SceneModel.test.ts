import { describe, expect, it } from 'vitest';
import type { RacerSpec, TerrainSpec } from './events';
import { SceneModel } from './SceneModel';
import { MAX_ZOOM } from './viewport';

const n = 5;
const map: TerrainSpec = {
	variables: ['x', 'y'],
	bounds: [
		[-2, 2],
		[-2, 2]
	],
	values: Float64Array.from({ length: n * n }, (_, i) => (i % n) + Math.floor(i / n)),
	rows: n,
	cols: n,
	min: 0,
	max: 8,
	landmarks: []
};
const racer: RacerSpec = { id: 1, colour: 0xe69f00, label: 'GD', start: [1, 1], startLoss: 2 };
const size = { width: 400, height: 300 };
const fresh = () => {
	const m = new SceneModel(false, false, size);
	m.apply({ type: 'terrain:set', payload: map }, 0);
	return m;
};

describe('SceneModel', () => {
	it('refuses a terrain it cannot draw, naming the problem', () => {
		const m = new SceneModel(false, false, size);
		expect(() => m.apply({ type: 'terrain:set', payload: { ...map, cols: 1 } }, 0)).toThrow(/cols/);
		expect(m.stage()).toBeNull();
	});

	it('fits a new terrain and clears the runs and the ghost', () => {
		const m = fresh();
		m.apply({ type: 'descent:reset', payload: { racers: [racer] } }, 0);
		m.apply({ type: 'ghost:set', payload: { points: [[0, 0]] } }, 0);
		m.apply({ type: 'view:zoom', payload: { factor: 3 } }, 0);
		m.apply({ type: 'terrain:set', payload: map }, 0);
		expect(m.view.zoom).toBe(1);
		expect(m.racers.tracks).toEqual([]);
		expect(m.marks.ghost).toBeNull();
	});

	it('marks only the racers dirty for a step', () => {
		const m = fresh();
		m.apply({ type: 'descent:reset', payload: { racers: [racer] } }, 0);
		m.staticDirty = m.dynamicDirty = false;
		const step = {
			racer: 1,
			step: 1,
			from: [1, 1],
			to: [0, 0],
			lossBefore: 2,
			loss: 0,
			gradient: [1, 1],
			state: null,
			durationMs: 0
		};
		m.apply({ type: 'descent:step', payload: step }, 0);
		expect([m.staticDirty, m.dynamicDirty]).toEqual([false, true]);
		expect(m.racers.tracks[0].points).toEqual([
			[1, 1],
			[0, 0]
		]);
	});

	it('zooms from the keyboard within the clamps and resets to the fit', () => {
		const m = fresh();
		for (let i = 0; i < 10; i++) m.apply({ type: 'view:zoom', payload: { factor: 2 } }, 0);
		expect(m.view.zoom).toBe(MAX_ZOOM);
		m.apply({ type: 'view:reset', payload: {} }, 0);
		expect(m.view).toEqual({ cx: 500, cy: 500, zoom: 1 });
	});

	it('pans from the keyboard: positive dx shows more of the right', () => {
		const m = fresh();
		m.apply({ type: 'view:zoom', payload: { factor: 4 } }, 0);
		const before = m.stage()!.proj.toMap(200, 150)[0];
		m.apply({ type: 'view:pan', payload: { dx: 0.25, dy: 0 } }, 0);
		expect(m.stage()!.proj.toMap(200, 150)[0]).toBeGreaterThan(before);
		m.apply({ type: 'view:pan', payload: { dx: 0, dy: 0.25 } }, 0);
		// Below on screen is lower y on the map.
		expect(m.stage()!.proj.toMap(200, 150)[1]).toBeLessThan(0);
	});

	it('drags the start only inside its region, and not at all without one', () => {
		const m = fresh();
		m.apply({ type: 'descent:reset', payload: { racers: [racer] } }, 0);
		expect(m.handleOnScreen()).toBeNull();
		expect(m.dragStart(10, 10, false)).toBeNull();
		m.apply(
			{
				type: 'start:region',
				payload: {
					region: [
						[0, 2],
						[0, 2]
					]
				}
			},
			0
		);
		expect(m.handleOnScreen()).toEqual(m.stage()!.at([1, 1]));
		const [x, y] = m.stage()!.at([-1.5, 0.5]);
		expect(m.dragStart(x, y, false)).toEqual({ at: [0, expect.closeTo(0.5, 9)], final: false });
		// A reset arriving mid-drag keeps the handle under the finger.
		m.apply({ type: 'descent:reset', payload: { racers: [racer] } }, 0);
		expect(m.handlePoint()).toEqual([0, expect.closeTo(0.5, 9)]);
		m.dragStart(x, y, true);
		m.apply({ type: 'descent:reset', payload: { racers: [{ ...racer, start: [0, 0.5] }] } }, 0);
		expect(m.handlePoint()).toEqual([0, 0.5]);
	});

	it('ends walks at once when reduced motion is switched on', () => {
		const m = fresh();
		m.apply({ type: 'descent:reset', payload: { racers: [racer] } }, 0);
		const step = {
			racer: 1,
			step: 1,
			from: [1, 1],
			to: [0, 0],
			lossBefore: 2,
			loss: 0,
			gradient: null,
			state: null,
			durationMs: 500
		};
		m.apply({ type: 'descent:step', payload: step }, 0);
		expect(m.racers.walking(100)).toBe(true);
		m.apply({ type: 'motion:set', payload: { reduced: true } }, 100);
		expect(m.racers.walking(100)).toBe(false);
		m.apply({ type: 'descent:step', payload: { ...step, step: 2 } }, 200);
		expect(m.racers.walking(300)).toBe(false);
	});

	it('follows the theme and the size', () => {
		const m = fresh();
		m.apply({ type: 'theme:set', payload: { dark: true } }, 0);
		expect(m.stage()!.palette.background).toBe(0x111614);
		m.resize({ width: 800, height: 600 });
		expect(m.stage()!.vp.width).toBe(800);
	});
});
