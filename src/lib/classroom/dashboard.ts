// The teacher's progress dashboard, pure: from a class's learners, assignments and stored attempts
// (each with the verdict the server computed) to a learner × assignment grid, a summary per learner
// and per assignment (the class's distribution of stars and scores, and the most common mistakes),
// then sorted and filtered as the teacher asks. The server only queries; every rule is here, so it
// is tested without a database and the CSV export and the page cannot disagree.
import type { AnalysisKind } from '../landscapes';
import type { MistakeId } from '../puzzles';
import { latest, rowTotals } from './dashboard-view';
import { itemMatches, type ItemRef } from './items';

export interface DashboardLearner {
	id: number;
	displayName: string;
}

export interface DashboardAssignment {
	id: number;
	item: ItemRef;
	dueAt: string | null;
}

/** A stored attempt as the dashboard reads it (result: the server's stored verdict, or null). */
export interface DashboardAttempt {
	learnerId: number;
	item: ItemRef;
	status: 'accepted' | 'rejected';
	score: number | null;
	stars: number | null;
	createdAt: string;
	result: unknown;
	/** The seed the learner played (quiz questions: which question they missed). */
	seed?: number;
}

/** Done: a passing verified attempt. Started: attempts, none passing. */
export type CellStatus = 'done' | 'started' | 'not-started';

export interface Cell {
	status: CellStatus;
	/** Past its due date and not done. */
	overdue: boolean;
	/** The best accepted attempt's score (0..1) and stars; null without an accepted attempt. */
	score: number | null;
	stars: number | null;
	/** Every attempt that counts for the assignment, rejected ones included. */
	attempts: number;
	rejected: number;
	lastActivity: string | null;
}

/**
 * A mistake as the dashboard counts it: a puzzle mistake detector's finding; how a level run that
 * missed its goal ended (the run analysis); a quiz question answered wrongly; a run the server
 * could not verify (its claimed path differed from the re-computation).
 */
export type Mistake =
	| { kind: 'puzzle'; id: MistakeId }
	| { kind: 'level'; id: AnalysisKind }
	| { kind: 'quiz'; id: string; seed: number }
	| { kind: 'rejected' };

export interface MistakeCount {
	mistake: Mistake;
	/** Attempts in which it was found. */
	attempts: number;
	/** Learners who made it at least once. */
	learners: number;
}

export interface ItemSummary {
	assignmentId: number;
	done: number;
	started: number;
	notStarted: number;
	overdue: number;
	/** Learners whose best attempt has 0, 1, 2 or 3 stars (learners without one are not counted). */
	stars: [number, number, number, number];
	/** Best scores of the learners who have one, in five bands: [0, .2), [.2, .4) … [.8, 1]. */
	scoreBands: [number, number, number, number, number];
	median: number | null;
	mean: number | null;
	/** Most common first (by learners, then attempts), at most MAX_MISTAKES. */
	mistakes: MistakeCount[];
}

export interface LearnerRow {
	learner: DashboardLearner;
	/** In the order of the dashboard's assignments. */
	cells: Cell[];
	done: number;
	started: number;
	overdue: number;
	/** The mean of the best scores over the assignments shown, counting one not attempted as 0. */
	average: number | null;
	lastActivity: string | null;
}

export interface Dashboard {
	assignments: DashboardAssignment[];
	rows: LearnerRow[];
	/** In the order of the assignments. */
	items: ItemSummary[];
}

export const MAX_MISTAKES = 5;

/** Whether the stored verdict says the attempt passed; without one, a star counts as passing. */
export function passedOf(attempt: Pick<DashboardAttempt, 'result' | 'stars'>): boolean {
	const result = attempt.result as { passed?: unknown } | null;
	if (result && typeof result === 'object' && typeof result.passed === 'boolean') {
		return result.passed;
	}
	return (attempt.stars ?? 0) > 0;
}

export interface Best {
	score: number;
	stars: number;
	/** Any accepted attempt that counts passed (the best by stars need not be the one that did). */
	passed: boolean;
}

/** The best of the accepted attempts that count for the item: most stars, then highest score. */
export function bestOf(item: ItemRef, attempts: readonly DashboardAttempt[]): Best | null {
	let best = null as Best | null;
	for (const attempt of attempts) {
		if (attempt.status !== 'accepted' || attempt.score === null) continue;
		if (!itemMatches(item, attempt.item)) continue;
		const candidate = {
			score: attempt.score,
			stars: attempt.stars ?? 0,
			passed: passedOf(attempt)
		};
		if (
			!best ||
			candidate.stars > best.stars ||
			(candidate.stars === best.stars && candidate.score > best.score)
		) {
			best = { ...candidate, passed: candidate.passed || (best?.passed ?? false) };
		} else if (candidate.passed) best.passed = true;
	}
	return best;
}

const details = (result: unknown): Record<string, unknown> | undefined => {
	if (!result || typeof result !== 'object') return undefined;
	const d = (result as { details?: unknown }).details;
	return d && typeof d === 'object' ? (d as Record<string, unknown>) : undefined;
};

/** The mistakes one stored attempt shows (none for a right answer or a run that reached its goal). */
export function mistakesOf(attempt: DashboardAttempt): Mistake[] {
	const d = details(attempt.result);
	if (attempt.status === 'rejected') {
		// Only a run whose claim disagreed is the learner's page out of step; a body that was
		// not an attempt at all, or an unknown item, is not a learner's mistake worth a row.
		return d?.mismatch ? [{ kind: 'rejected' }] : [];
	}
	switch (attempt.item.kind) {
		case 'puzzle': {
			const ids = Array.isArray(d?.mistakes) ? (d.mistakes as MistakeId[]) : [];
			return [...new Set(ids)].map((id) => ({ kind: 'puzzle', id }));
		}
		case 'level': {
			if (d?.goalReached !== false || typeof d.analysis !== 'string') return [];
			return [{ kind: 'level', id: d.analysis as AnalysisKind }];
		}
		case 'quiz':
			return d?.status === 'wrong' || d?.status === 'unreadable'
				? [{ kind: 'quiz', id: attempt.item.id, seed: attempt.seed ?? 0 }]
				: [];
	}
}

/** A stable key of a mistake (quiz misses are counted per question form, whatever the seed). */
export function mistakeKey(mistake: Mistake): string {
	return mistake.kind === 'rejected' ? 'rejected' : `${mistake.kind}:${mistake.id}`;
}

function median(sorted: readonly number[]): number | null {
	if (sorted.length === 0) return null;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const band = (score: number) => Math.min(4, Math.max(0, Math.floor(score * 5 + 1e-9)));

export interface DashboardInput {
	learners: readonly DashboardLearner[];
	assignments: readonly DashboardAssignment[];
	attempts: readonly DashboardAttempt[];
	now: Date;
}

/** The whole dashboard: every learner × every assignment, then a summary per item. */
export function buildDashboard(input: DashboardInput): Dashboard {
	const at = input.now.toISOString();
	const byLearner = new Map<number, DashboardAttempt[]>();
	for (const attempt of input.attempts) {
		const list = byLearner.get(attempt.learnerId);
		if (list) list.push(attempt);
		else byLearner.set(attempt.learnerId, [attempt]);
	}
	const assignments = [...input.assignments];
	// Per assignment: mistake key → { mistake, attempts, learners }.
	const tallies = assignments.map(() => new Map<string, MistakeCount>());

	const rows = input.learners.map((learner): LearnerRow => {
		const mine = byLearner.get(learner.id) ?? [];
		const cells = assignments.map((assignment, index): Cell => {
			const counting = mine.filter((a) => itemMatches(assignment.item, a.item));
			const best = bestOf(assignment.item, counting);
			const status: CellStatus = best?.passed
				? 'done'
				: counting.length > 0
					? 'started'
					: 'not-started';
			const seen = new Set<string>();
			for (const attempt of counting) {
				for (const mistake of mistakesOf(attempt)) {
					const key = mistakeKey(mistake);
					const tally = tallies[index].get(key);
					const entry = tally ?? { mistake, attempts: 0, learners: 0 };
					entry.attempts += 1;
					if (!seen.has(key)) entry.learners += 1;
					// The latest miss shows which question it was.
					entry.mistake = mistake;
					seen.add(key);
					if (!tally) tallies[index].set(key, entry);
				}
			}
			return {
				status,
				overdue: status !== 'done' && assignment.dueAt !== null && assignment.dueAt < at,
				score: best?.score ?? null,
				stars: best?.stars ?? null,
				attempts: counting.length,
				rejected: counting.filter((a) => a.status === 'rejected').length,
				lastActivity: counting.reduce<string | null>((t, a) => latest(t, a.createdAt), null)
			};
		});
		return { learner: { ...learner }, cells, ...rowTotals(cells) };
	});

	const items = assignments.map((assignment, index): ItemSummary => {
		const cells = rows.map((row) => row.cells[index]);
		const stars: ItemSummary['stars'] = [0, 0, 0, 0];
		const scoreBands: ItemSummary['scoreBands'] = [0, 0, 0, 0, 0];
		const scores: number[] = [];
		for (const cell of cells) {
			if (cell.score === null) continue;
			stars[Math.min(3, Math.max(0, cell.stars ?? 0))] += 1;
			scoreBands[band(cell.score)] += 1;
			scores.push(cell.score);
		}
		scores.sort((a, b) => a - b);
		const count = (status: CellStatus) => cells.filter((c) => c.status === status).length;
		return {
			assignmentId: assignment.id,
			done: count('done'),
			started: count('started'),
			notStarted: count('not-started'),
			overdue: cells.filter((c) => c.overdue).length,
			stars,
			scoreBands,
			median: median(scores),
			mean: scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null,
			mistakes: [...tallies[index].values()]
				.sort(
					(a, b) =>
						b.learners - a.learners ||
						b.attempts - a.attempts ||
						mistakeKey(a.mistake).localeCompare(mistakeKey(b.mistake))
				)
				.slice(0, MAX_MISTAKES)
		};
	});
	return { assignments, rows, items };
}
