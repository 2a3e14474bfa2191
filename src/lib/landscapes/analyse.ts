// Reading a finished run: what happened, in words a learner understands and numbers a teacher can
// check. The game's feedback and stars stand on this.
import { classify, symmetricEigenvalues } from './linalg';
import type { CriticalPoint, Landscape, Point, Text } from './types';
import { describe } from './analyse-text';

/** A run as the optimizers return it (`Trajectory`), plus the settings when they are known. */
export interface RunRecord {
	points: readonly Point[];
	losses: readonly number[];
	outcome: 'completed' | 'diverged' | 'singular';
	settings?: { name: string; lr: number };
}

export type AnalysisKind =
	| 'global-minimum'
	| 'local-minimum'
	| 'saddle'
	| 'plateau'
	| 'oscillating'
	| 'crawling'
	| 'diverged'
	| 'left-map'
	| 'singular';

export interface AnalysisNumbers {
	steps: number;
	startLoss: number;
	finalLoss: number;
	gradientNorm: number;
	/** Hessian eigenvalues at the end point, ascending (when the objective has a Hessian). */
	eigenvalues?: number[];
	/** η·λmax at the nearest minimum: gradient descent on a quadratic needs it below 2. */
	etaLambdaMax?: number;
	/** Distance from the end point to the critical point reached. */
	distance?: number;
}

export interface Analysis {
	kind: AnalysisKind;
	/** The listed critical point the run ended at, if any. */
	reached?: CriticalPoint;
	numbers: AnalysisNumbers;
	message: Text;
}

const RADIUS_FRACTION = 0.01; // "at" a critical point: within 1% of the map's diagonal
const GRADIENT_METHODS = new Set(['gd', 'momentum', 'nesterov']);

export function analyse(run: RunRecord, landscape: Landscape): Analysis {
	const { objective, critical } = landscape;
	const end = run.points[run.points.length - 1];
	const numbers = baseNumbers(run, landscape, end);
	const result = (kind: AnalysisKind, reached?: CriticalPoint): Analysis => ({
		kind,
		reached,
		numbers,
		message: describe(kind, numbers, reached, run.settings)
	});

	if (run.outcome === 'singular') return result('singular');
	if (run.outcome === 'diverged') {
		const finite = Number.isFinite(run.losses[run.losses.length - 1]);
		const wentDown = finite && run.losses[run.losses.length - 1] < run.losses[0];
		return result(wentDown ? 'left-map' : 'diverged');
	}
	const near = nearest(critical, end, landscape);
	if (near && near.distance <= radius(landscape)) {
		numbers.distance = near.distance;
		if (near.point.kind === 'minimum')
			return result(near.point.global ? 'global-minimum' : 'local-minimum', near.point);
		return result('saddle', near.point);
	}
	if (isOscillating(run)) return result('oscillating');
	const stalled =
		numbers.gradientNorm <= 1e-4 * Math.max(1, gradientNorm(objective.gradient(run.points[0])));
	if (stalled) {
		const signature = numbers.eigenvalues ? classify(numbers.eigenvalues) : 'degenerate';
		if (signature === 'minimum') return result('local-minimum');
		if (signature === 'saddle') return result('saddle');
		return result('plateau');
	}
	if (barelyMoved(run, landscape)) return result('plateau');
	return result('crawling');
}

function baseNumbers(run: RunRecord, landscape: Landscape, end: Point): AnalysisNumbers {
	const { objective } = landscape;
	const finite = objective.variables.every((name) => Number.isFinite(end[name]));
	const numbers: AnalysisNumbers = {
		steps: run.points.length - 1,
		startLoss: run.losses[0],
		finalLoss: run.losses[run.losses.length - 1],
		gradientNorm: finite ? gradientNorm(objective.gradient(end)) : NaN
	};
	if (finite && objective.hessian)
		numbers.eigenvalues = symmetricEigenvalues(objective.hessian(end));
	const bottom = landscape.critical.find((c) => c.kind === 'minimum' && c.global);
	if (run.settings && GRADIENT_METHODS.has(run.settings.name) && bottom && objective.hessian) {
		const eigen = symmetricEigenvalues(objective.hessian(bottom.at));
		numbers.etaLambdaMax = run.settings.lr * eigen[eigen.length - 1];
	}
	return numbers;
}

function gradientNorm(gradient: Record<string, number>): number {
	return Math.sqrt(Object.values(gradient).reduce((sum, g) => sum + g * g, 0));
}

function radius(landscape: Landscape): number {
	const diagonal = Math.sqrt(
		Object.values(landscape.bounds).reduce((sum, [lo, hi]) => sum + (hi - lo) ** 2, 0)
	);
	return RADIUS_FRACTION * diagonal;
}

function nearest(points: readonly CriticalPoint[], at: Point, landscape: Landscape) {
	let best: { point: CriticalPoint; distance: number } | undefined;
	for (const point of points) {
		const distance = Math.sqrt(
			landscape.objective.variables.reduce((sum, name) => sum + (at[name] - point.at[name]) ** 2, 0)
		);
		if (!best || distance < best.distance) best = { point, distance };
	}
	return best;
}

/** Less than 5% of the way from the start's loss down to the deepest minimum's. */
function barelyMoved(run: RunRecord, landscape: Landscape): boolean {
	const bottom = landscape.critical.find((c) => c.kind === 'minimum' && c.global);
	if (!bottom) return false;
	const start = run.losses[0];
	const drop = start - run.losses[run.losses.length - 1];
	return drop < 0.05 * (start - bottom.value);
}

/** The last steps keep reversing direction: most consecutive updates point against each other. */
function isOscillating(run: RunRecord): boolean {
	const points = run.points.slice(-21);
	if (points.length < 5) return false;
	const names = Object.keys(points[0]);
	let reversals = 0;
	for (let i = 2; i < points.length; i++) {
		const dot = names.reduce(
			(sum, n) => sum + (points[i][n] - points[i - 1][n]) * (points[i - 1][n] - points[i - 2][n]),
			0
		);
		if (dot < 0) reversals++;
	}
	return reversals >= 0.6 * (points.length - 2);
}
