// Learning-rate schedules, in PyTorch's closed forms (StepLR, CosineAnnealingLR with eta_min),
// evaluated per optimizer step t = 1, 2, … . Computed with +, ×, ÷ only (γᵏ by repeated
// multiplication, the cosine by its series) so the server re-computes a run bit for bit.
import type { LrSchedule } from './types';

function positiveInteger(x: number, name: string): void {
	if (!(Number.isInteger(x) && x > 0))
		throw new Error(`${name} must be a positive integer (got ${x})`);
}

export function validateSchedule(schedule: LrSchedule): void {
	if (schedule.kind === 'constant') return;
	if (schedule.kind === 'step') {
		positiveInteger(schedule.every, 'schedule.every');
		if (!(schedule.gamma > 0 && Number.isFinite(schedule.gamma))) {
			throw new Error(`schedule.gamma must be a positive finite number (got ${schedule.gamma})`);
		}
		return;
	}
	if (schedule.kind === 'cosine') {
		positiveInteger(schedule.total, 'schedule.total');
		const minLr = schedule.minLr ?? 0;
		if (!(minLr >= 0 && Number.isFinite(minLr))) {
			throw new Error(`schedule.minLr must be a non-negative finite number (got ${minLr})`);
		}
		return;
	}
	throw new Error(
		`schedule.kind must be constant, step or cosine (got ${String((schedule as { kind: unknown }).kind)})`
	);
}

/** cos(πx) for x in [0, 1] by its Taylor series (|πx| ≤ π/2 after folding; 12 terms reach 1e-19). */
export function cosPi(x: number): number {
	if (x > 0.5) return -cosPi(1 - x);
	const theta = Math.PI * x;
	const theta2 = theta * theta;
	let term = 1;
	let sum = 1;
	for (let k = 1; k < 12; k++) {
		term *= -theta2 / ((2 * k - 1) * (2 * k));
		sum += term;
	}
	return sum;
}

/** The learning rate for step t (1-based) when the base rate is lr. */
export function scheduledLr(schedule: LrSchedule | undefined, lr: number, t: number): number {
	if (!schedule || schedule.kind === 'constant') return lr;
	if (schedule.kind === 'step') {
		let out = lr;
		for (let k = Math.floor((t - 1) / schedule.every); k > 0; k--) out *= schedule.gamma;
		return out;
	}
	// Cosine: held at minLr after `total` steps (PyTorch's CosineAnnealingLR would rise again).
	const minLr = schedule.minLr ?? 0;
	const progress = Math.min(t - 1, schedule.total) / schedule.total;
	return minLr + ((lr - minLr) * (1 + cosPi(progress))) / 2;
}
