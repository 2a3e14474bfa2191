// The model of a play page: one run per racer (1–4, same start and seed), advanced by a fixed-step
// clock (so many optimizer steps per second, never "as fast as frames come"), told to the mountain
// over the bus. Svelte reads `tick` to know something changed; the runs themselves are plain
// LevelRuns, the same objects the server re-plays, so what is drawn is what is scored.
import type { GameBus, MapPoint, RacerSpec } from '$lib/game/events';
import { LevelRun, type Course, type PlayResult, type RunSettings } from '$lib/levels';
import type { Point } from '$lib/landscapes';
import type { StepRecord } from '$lib/optimizers';
import { gradientAt, racerColour, stepView, toMapPoint } from './racers';

/** Steps per second the speed control offers. */
export const SPEEDS = [1, 3, 10, 30, 100, 300] as const;
/** At most this many steps per frame, so a slow device is never frozen by catching up. */
const MAX_STEPS_PER_FRAME = 40;

export interface Racer {
	id: number;
	colour: number;
	settings: RunSettings;
	run: LevelRun;
	result: PlayResult | null;
}

export interface SessionOptions {
	course: Course;
	levelId: string;
	version: number;
	bus: GameBus;
	label: (settings: RunSettings) => string;
	reducedMotion?: boolean;
	/** Told when every racer has finished (once per run). */
	onfinish?: (racers: readonly Racer[]) => void;
}

export class PlaySession {
	tick = $state(0);
	playing = $state(false);
	speed = $state(2);
	error: string | null = $state(null);
	racers: Racer[] = $state.raw([]);
	reducedMotion = false;
	private raf = 0;
	private last = 0;
	private owed = 0;
	private reported = false;

	constructor(private readonly options: SessionOptions) {
		this.reducedMotion = options.reducedMotion ?? false;
		this.speed = defaultSpeed(options.course.budget.steps);
	}

	get names(): readonly string[] {
		return this.racers[0]?.run.landscape.objective.variables ?? [];
	}

	get done(): boolean {
		return this.racers.length > 0 && this.racers.every((r) => r.run.done);
	}

	get started(): boolean {
		return this.racers.some((r) => r.run.steps.length > 0);
	}

	/** New runs from these settings, start and seed; the old ones are dropped. */
	configure(settings: readonly RunSettings[], start: Point, seed: number): boolean {
		this.pause();
		this.reported = false;
		const { course, levelId, version } = this.options;
		try {
			this.racers = settings.map((s, id) => ({
				id,
				colour: racerColour(id),
				settings: s,
				run: new LevelRun(course, { levelId, version, settings: s, start: { ...start }, seed }),
				result: null
			}));
			this.error = null;
		} catch (error) {
			this.racers = [];
			this.error = (error as Error).message;
		}
		this.announceReset();
		return this.error === null;
	}

	/** Tells the mountain everything again (after it booted, or after a theme change). */
	resend(): void {
		this.announceReset();
		const names = this.names;
		for (const racer of this.racers) {
			const steps = racer.run.steps;
			steps.forEach((record, i) => {
				const last = i === steps.length - 1;
				this.options.bus.emit(
					'descent:step',
					stepView(racer.id, record, names, 0, last ? this.arrowAfter(racer, record) : null)
				);
			});
			if (racer.run.outcome)
				this.options.bus.emit('descent:finished', { racer: racer.id, outcome: racer.run.outcome });
		}
	}

	play(): void {
		if (this.playing || this.done || !this.racers.length) return;
		this.playing = true;
		this.owed = 0;
		this.last = performance.now();
		this.advance();
		if (this.playing) this.raf = requestAnimationFrame(this.frame);
	}

	pause(): void {
		this.playing = false;
		cancelAnimationFrame(this.raf);
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** One step of every racer still going (the Step button). */
	stepOnce(): void {
		this.pause();
		this.advance();
	}

	/** Straight to the end (reduced motion's Run, the "skip" button). */
	finishNow(): void {
		this.pause();
		while (!this.done && !this.error) this.advance(0);
	}

	/** Reset to the start with the same settings. */
	reset(): void {
		const first = this.racers[0]?.run.run;
		if (!first) return;
		this.configure(
			this.racers.map((r) => r.settings),
			first.start,
			first.seed
		);
	}

	destroy(): void {
		this.pause();
	}

	private frame = (now: number): void => {
		if (!this.playing) return;
		const rate = SPEEDS[this.speed];
		this.owed += ((now - this.last) * rate) / 1000;
		this.last = now;
		const n = Math.min(Math.floor(this.owed), MAX_STEPS_PER_FRAME);
		this.owed = Math.min(this.owed - n, 1);
		for (let i = 0; i < n && this.playing; i++) this.advance();
		if (this.playing) this.raf = requestAnimationFrame(this.frame);
	};

	private advance(durationMs = this.stepDuration()): void {
		const names = this.names;
		const { bus } = this.options;
		try {
			for (const racer of this.racers) {
				if (racer.run.done) continue;
				const record = racer.run.step();
				if (record)
					bus.emit(
						'descent:step',
						stepView(racer.id, record, names, durationMs, this.arrowAfter(racer, record))
					);
				if (racer.run.done) {
					racer.result = racer.run.finish();
					bus.emit('descent:finished', { racer: racer.id, outcome: racer.result.outcome });
				}
			}
		} catch (error) {
			this.error = (error as Error).message;
			this.pause();
		}
		this.tick += 1;
		if (this.done && !this.reported) {
			this.reported = true;
			this.pause();
			this.options.onfinish?.(this.racers);
		}
	}

	/** The slope where a gradient method now stands (drawn as its arrow; not counted in the budget). */
	private arrowAfter(racer: Racer, record: StepRecord): MapPoint | null {
		if (!record.gradient) return null;
		return gradientAt(racer.run.landscape.objective, record.after, this.names);
	}

	private stepDuration(): number {
		const rate = SPEEDS[this.speed];
		return this.reducedMotion || rate > 30 ? 0 : Math.min(600, 800 / rate);
	}

	private announceReset(): void {
		const names = this.names;
		const racers: RacerSpec[] = this.racers.map((r) => ({
			id: r.id,
			colour: r.colour,
			label: this.options.label(r.settings),
			start: toMapPoint(r.run.points[0], names),
			startLoss: r.run.losses[0],
			gradient: usesGradient(r.settings.name)
				? gradientAt(r.run.landscape.objective, r.run.points[0], names)
				: null
		}));
		this.options.bus.emit('descent:reset', { racers });
		this.tick += 1;
	}
}

function usesGradient(name: RunSettings['name']): boolean {
	return name !== 'random-search' && name !== 'random-local-search';
}

/** A speed that shows a short level step by step and does not make a long one tedious. */
export function defaultSpeed(budgetSteps: number): number {
	if (budgetSteps <= 40) return 1;
	if (budgetSteps <= 400) return 2;
	return 3;
}
