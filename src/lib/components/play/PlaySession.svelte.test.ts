import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GameBus, type GameEvents } from '$lib/game/events';
import { getLevel, runLevel } from '$lib/levels';
import { PlaySession } from './PlaySession.svelte';

const level = getLevel('first-step');

function record(bus: GameBus) {
	const seen: { type: keyof GameEvents; payload: unknown }[] = [];
	for (const type of ['descent:reset', 'descent:step', 'descent:finished'] as const)
		bus.on(type, (payload) => seen.push({ type, payload }));
	return seen;
}

function session(bus: GameBus, onfinish = vi.fn()) {
	const play = new PlaySession({
		course: level,
		levelId: level.id,
		version: level.version,
		bus,
		label: (s) => `${s.name} ${s.lr}`,
		onfinish
	});
	return { play, onfinish };
}

beforeEach(() => {
	vi.stubGlobal('requestAnimationFrame', () => 1);
	vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('PlaySession', () => {
	it('walks the same path as the level re-played to the end, step by step', () => {
		const bus = new GameBus();
		const seen = record(bus);
		const { play, onfinish } = session(bus);
		expect(play.configure([{ name: 'gd', lr: 0.1 }], { w: -3 }, 0)).toBe(true);
		play.stepOnce();
		play.stepOnce();
		expect(seen.filter((e) => e.type === 'descent:step')).toHaveLength(2);
		play.finishNow();
		const expected = runLevel(level, {
			levelId: level.id,
			version: level.version,
			settings: { name: 'gd', lr: 0.1 },
			start: { w: -3 },
			seed: 0
		});
		const steps = seen.filter((e) => e.type === 'descent:step').map((e) => e.payload);
		expect(steps.map((s) => (s as { to: number[] }).to[0])).toEqual(
			expected.trajectory.points.slice(1).map((p) => p.w)
		);
		expect(play.racers[0].result?.stars).toBe(expected.stars);
		expect(onfinish).toHaveBeenCalledTimes(1);
		play.stepOnce(); // nothing left: no second report
		expect(onfinish).toHaveBeenCalledTimes(1);
		expect(seen.at(-1)).toEqual({
			type: 'descent:finished',
			payload: { racer: 0, outcome: 'goal' }
		});
	});

	it('races several optimizers from the same start and tells the scene each one', () => {
		const bus = new GameBus();
		const seen = record(bus);
		const { play } = session(bus);
		play.configure(
			[
				{ name: 'gd', lr: 0.1 },
				{ name: 'gd', lr: 0.4 }
			],
			{ w: -3 },
			0
		);
		const reset = seen.find((e) => e.type === 'descent:reset')!.payload as {
			racers: { id: number; colour: number; start: number[]; gradient: number[] }[];
		};
		expect(reset.racers.map((r) => r.id)).toEqual([0, 1]);
		expect(new Set(reset.racers.map((r) => r.colour)).size).toBe(2);
		expect(reset.racers[0].start).toEqual([-3]);
		expect(reset.racers[0].gradient[0]).toBeCloseTo(2 * (-3 - 2), 12); // (w − 2)² + …: slope 2(w − 2)
		play.finishNow();
		expect(play.racers.map((r) => r.result?.stepsUsed)).toEqual([
			expect.any(Number),
			3 // η = 0.4 shrinks the distance 5 by 0.2 a step: 1, 0.2, 0.04
		]);
		expect(play.racers[0].result!.stepsUsed).toBeGreaterThan(3);
	});

	it('refuses a run the level forbids with the level’s own message, and keeps no racers', () => {
		const { play } = session(new GameBus());
		expect(play.configure([{ name: 'gd', lr: 7 }], { w: -3 }, 0)).toBe(false);
		expect(play.error).toContain('lr: 7 is outside [0.01, 1.5]');
		expect(play.racers).toEqual([]);
	});

	it('tells a scene that booted late everything again', () => {
		const bus = new GameBus();
		const { play } = session(bus);
		play.configure([{ name: 'gd', lr: 0.4 }], { w: -3 }, 0);
		play.finishNow();
		const seen = record(bus);
		play.resend();
		expect(seen.map((e) => e.type)).toEqual([
			'descent:reset',
			'descent:step',
			'descent:step',
			'descent:step',
			'descent:finished'
		]);
		expect((seen[3].payload as { durationMs: number }).durationMs).toBe(0);
	});
});

describe('PlaySession and motion', () => {
	it('walks each step over a time that fits the speed, and jumps when motion is reduced', () => {
		const bus = new GameBus();
		const durations: number[] = [];
		bus.on('descent:step', (view) => durations.push(view.durationMs));
		const { play } = session(bus);
		play.configure([{ name: 'gd', lr: 0.1 }], { w: -3 }, 0);
		play.speed = 1; // 3 steps a second
		play.stepOnce();
		play.reducedMotion = true;
		play.stepOnce();
		expect(durations[0]).toBeCloseTo(800 / 3, 9);
		expect(durations[1]).toBe(0);
	});
});
