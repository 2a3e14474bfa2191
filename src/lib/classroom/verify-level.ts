// Verifying a level run: re-play it from (level, version, settings, start, seed) with the same code
// the browser ran, then hold the page's claim against the server's numbers. The claim never sets
// the score; a claim that disagrees marks the attempt rejected (a tampered or out-of-date page).
import { LEVELS, levelLandscape, runLevel, validateRun, type Level } from '../levels';
import type { PlayResult } from '../levels';
import type { LevelAttempt, LevelClaim, LevelDetails, Verdict } from './attempt';
import { say } from './say';

/** Same code, same numbers; the tolerance only absorbs a last-bit difference in a browser's Math. */
export const REL_TOLERANCE = 1e-6;
export const ABS_TOLERANCE = 1e-9;

/** Whether a claimed number agrees with the server's (both non-finite also agree). */
export function agrees(claimed: number | null, computed: number): boolean {
	if (!Number.isFinite(computed)) return claimed === null;
	if (claimed === null) return false;
	const scale = Math.max(Math.abs(claimed), Math.abs(computed));
	return Math.abs(claimed - computed) <= REL_TOLERANCE * scale + ABS_TOLERANCE;
}

function refused(reason: string, details: LevelDetails): Verdict {
	return {
		status: 'rejected',
		reason,
		score: 0,
		stars: 0,
		passed: false,
		summary: say.rejected(reason),
		details
	};
}

type Mismatch = NonNullable<LevelDetails['mismatch']> & { reason: string };

/** The first step where the claimed path leaves the server's, or undefined when it never does. */
function pathMismatch(
	path: number[][],
	result: PlayResult,
	names: readonly string[]
): number | undefined {
	const points = result.trajectory.points;
	for (let k = 0; k < path.length; k++) {
		const point = points[k];
		const claimed = path[k];
		if (!point || claimed.length !== names.length) return k;
		if (!names.every((name, i) => agrees(claimed[i], point[name]))) return k;
	}
	return undefined;
}

/** Where the claim disagrees with the re-computation: the path first, then steps, then the loss. */
export function compareClaim(
	claim: LevelClaim,
	result: PlayResult,
	names: readonly string[]
): Mismatch | undefined {
	const differs = (field: Mismatch['field'], step: number): Mismatch => ({
		field,
		step,
		reason: `claimed path differs from the re-computation at step ${step} (${field})`
	});
	const at = claim.path && pathMismatch(claim.path, result, names);
	if (at !== undefined) return differs('path', at);
	if (claim.steps !== result.stepsUsed)
		return differs('steps', Math.min(claim.steps, result.stepsUsed));
	const losses = result.trajectory.losses;
	if (!agrees(claim.finalLoss, losses[losses.length - 1]))
		return differs('finalLoss', result.stepsUsed);
	return undefined;
}

function detailsOf(result: PlayResult): LevelDetails {
	const last = result.trajectory.losses[result.trajectory.losses.length - 1];
	return {
		kind: 'level',
		outcome: result.outcome,
		analysis: result.analysis.kind,
		goalReached: result.goalReached,
		stepsUsed: result.stepsUsed,
		evaluationsUsed: result.evaluationsUsed,
		finalLoss: Number.isFinite(last) ? last : null
	};
}

export function verifyLevel(attempt: LevelAttempt): Verdict {
	const level: Level | undefined = LEVELS.find((l) => l.id === attempt.item);
	if (!level) return refused(`unknown level "${attempt.item}"`, { kind: 'level' });
	if (attempt.version !== level.version) {
		const reason = `level changed: the attempt is for version ${attempt.version}, the level is at version ${level.version}`;
		return refused(reason, { kind: 'level', problems: [reason] });
	}
	const spec = { levelId: level.id, version: level.version, ...attempt.run };
	const check = validateRun(level, spec);
	if (!check.ok)
		return refused(`the run breaks the level's rules: ${check.problems.join('; ')}`, {
			kind: 'level',
			problems: check.problems
		});
	const result = runLevel(level, check.run);
	const details = detailsOf(result);
	const names = levelLandscape(level).objective.variables;
	const mismatch = attempt.claim && compareClaim(attempt.claim, result, names);
	if (mismatch) {
		const { reason, ...where } = mismatch;
		return refused(reason, { ...details, mismatch: where });
	}
	return {
		status: 'accepted',
		score: result.stars / 3,
		stars: result.stars,
		passed: result.goalReached,
		summary: say.level(result),
		details
	};
}
