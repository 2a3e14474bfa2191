// What the scene knows about each racer: its trail (start, then where every step landed), its last
// step (for the arrows), its outcome, and the walk it is animating. The page owns the real model;
// this is only the drawing's memory of the events. Pure, with time passed in, so it is tested.
import type { GameEvents, MapPoint, RacerSpec, StateArrow, StepView } from './events';

export type Outcome = GameEvents['descent:finished']['outcome'];

export interface Track {
	spec: RacerSpec;
	/** Its place in the race (0…3): picks the marker shape. */
	index: number;
	/** points[k] is where step k landed (points[0] is the start); losses[k] likewise. */
	points: MapPoint[];
	losses: number[];
	/** The gradient that made the last step, where it was taken. */
	gradient: { at: MapPoint; value: MapPoint } | null;
	state: StateArrow | null;
	outcome: Outcome | null;
	/** The walk along the last step, in ms of the clock the scene passes in. */
	walkStart: number;
	walkDuration: number;
}

/** Sine ease in and out: a hiker sets off and arrives gently. */
export function ease(t: number): number {
	return 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));
}

export class Racers {
	tracks: Track[] = [];

	reset(specs: readonly RacerSpec[]): void {
		this.tracks = specs.map((spec, index) => ({
			spec,
			index,
			points: [spec.start],
			losses: [spec.startLoss],
			gradient: spec.gradient ? { at: spec.start, value: spec.gradient } : null,
			state: null,
			outcome: null,
			walkStart: 0,
			walkDuration: 0
		}));
	}

	get(racer: number): Track | undefined {
		return this.tracks.find((t) => t.spec.id === racer);
	}

	/** Records a step; a step number already seen replaces that step and forgets later ones. */
	step(view: StepView, now: number, reducedMotion: boolean): boolean {
		const track = this.get(view.racer);
		if (!track || !(view.step >= 1)) return false;
		const k = Math.min(Math.floor(view.step), track.points.length);
		track.points.length = k;
		track.losses.length = k;
		// The trail follows what the page says the step started from.
		track.points[k - 1] = view.from;
		track.losses[k - 1] = view.lossBefore;
		track.points.push(view.to);
		track.losses.push(view.loss);
		track.gradient = view.gradientAfter
			? { at: view.to, value: view.gradientAfter }
			: view.gradient
				? { at: view.from, value: view.gradient }
				: null;
		track.state = view.state;
		track.outcome = null;
		track.walkStart = now;
		track.walkDuration = reducedMotion ? 0 : Math.max(0, view.durationMs);
		return true;
	}

	finish(racer: number, outcome: Outcome): void {
		const track = this.get(racer);
		if (track) track.outcome = outcome;
	}

	/** How far along its last step a racer is, eased, 0…1 (1 when standing still). */
	progress(track: Track, now: number): number {
		if (!(track.walkDuration > 0)) return 1;
		return ease((now - track.walkStart) / track.walkDuration);
	}

	/** Someone is still walking: the scene must keep drawing frames. */
	walking(now: number): boolean {
		return this.tracks.some((t) => t.walkDuration > 0 && now < t.walkStart + t.walkDuration);
	}

	/** Ends every walk at once (reduced motion switched on). */
	settle(): void {
		for (const t of this.tracks) t.walkDuration = 0;
	}
}
