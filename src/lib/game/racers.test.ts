import { describe, expect, it } from 'vitest';
import type { StepView } from './events';
import { Racers, ease } from './racers';

const spec = (id: number) => ({ id, colour: 0, label: `r${id}`, start: [0, 0], startLoss: 4 });
const step = (n: number, from: number[], to: number[], durationMs = 100): StepView => ({
	racer: 1,
	step: n,
	from,
	to,
	lossBefore: n,
	loss: n + 1,
	gradient: [1, 0],
	state: null,
	durationMs
});

describe('Racers', () => {
	it('builds a trail from the start and every step', () => {
		const r = new Racers();
		r.reset([spec(1), spec(2)]);
		r.step(step(1, [0, 0], [1, 0]), 0, false);
		r.step(step(2, [1, 0], [2, 0]), 100, false);
		const t = r.get(1)!;
		expect(t.points).toEqual([
			[0, 0],
			[1, 0],
			[2, 0]
		]);
		expect(t.losses).toEqual([1, 2, 3]);
		expect(t.gradient).toEqual({ at: [1, 0], value: [1, 0] });
		expect(r.get(2)!.points).toEqual([[0, 0]]);
		expect(r.step({ ...step(1, [0], [1]), racer: 9 }, 0, false)).toBe(false);
	});
	it('replaces a step seen again (a replay) and forgets later ones', () => {
		const r = new Racers();
		r.reset([spec(1)]);
		for (let k = 1; k <= 4; k++) r.step(step(k, [k - 1, 0], [k, 0]), 0, false);
		r.step(step(2, [1, 0], [7, 7]), 0, false);
		expect(r.get(1)!.points).toEqual([
			[0, 0],
			[1, 0],
			[7, 7]
		]);
	});
	it('walks over durationMs with easing, and jumps under reduced motion', () => {
		const r = new Racers();
		r.reset([spec(1)]);
		r.step(step(1, [0, 0], [1, 0], 200), 1000, false);
		const t = r.get(1)!;
		expect(r.progress(t, 1000)).toBe(0);
		expect(r.progress(t, 1100)).toBeCloseTo(0.5, 12);
		expect(r.progress(t, 1300)).toBe(1);
		expect(r.walking(1100)).toBe(true);
		expect(r.walking(1200)).toBe(false);
		r.step(step(2, [1, 0], [2, 0], 200), 2000, true);
		expect(r.progress(t, 2000)).toBe(1);
		expect(r.walking(2000)).toBe(false);
	});
	it('eases symmetrically', () => {
		expect(ease(0.25) + ease(0.75)).toBeCloseTo(1, 12);
		expect(ease(-1)).toBe(0);
		expect(ease(2)).toBe(1);
	});
});
