// The round's bookkeeping, apart from the view: reading the seed from the address, making a new
// one, and the end-of-round summary (score, each concept's level before and after, the concepts
// missed, which the scheduler brings back soon).
import {
	conceptRecord,
	emptyMastery,
	nextRound,
	type MasteryState,
	type RoundPick
} from '$lib/puzzles/quiz/mastery';
import type { ConceptId, MasteryLevel, QuizResult } from '$lib/puzzles/quiz/types';

/** Questions in a mixed round (a practice round of one concept may have fewer: its forms run out). */
export const ROUND_SIZE = 8;
const MAX_SEED = 0xffffffff;

/** The seed in `?seed=`: a whole number 0 … 2³² − 1; null when absent, 'bad' when it is not one. */
export function readSeed(param: string | null): number | null | 'bad' {
	if (param === null) return null;
	if (!/^\d{1,10}$/.test(param.trim())) return 'bad';
	const seed = Number(param.trim());
	return seed <= MAX_SEED ? seed : 'bad';
}

/** A fresh seed from the browser's random source. */
export function newSeed(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0];
}

/** The query of a round: its seed, and the concept when it practises one. */
export function roundQuery(seed: number, concept?: ConceptId): string {
	const params = new URLSearchParams({ seed: String(seed) });
	if (concept) params.set('concept', concept);
	return `?${params}`;
}

export interface ConceptChange {
	readonly concept: ConceptId;
	readonly asked: number;
	readonly right: number;
	readonly from: MasteryLevel;
	readonly to: MasteryLevel;
}

export interface RoundSummary {
	readonly right: number;
	readonly total: number;
	/** One row per concept asked, in the order first asked. */
	readonly changes: readonly ConceptChange[];
	/** Concepts with at least one miss this round, in the order first missed. */
	readonly missed: readonly ConceptId[];
}

/** What a round did: `before` is the mastery when it started, `after` once its last answer was saved. */
export function summarise(
	before: MasteryState,
	after: MasteryState,
	results: readonly Pick<QuizResult, 'concept' | 'status'>[]
): RoundSummary {
	const tally = new Map<ConceptId, { asked: number; right: number }>();
	const missed: ConceptId[] = [];
	for (const { concept, status } of results) {
		const row = tally.get(concept) ?? { asked: 0, right: 0 };
		row.asked++;
		if (status === 'correct') row.right++;
		else if (!missed.includes(concept)) missed.push(concept);
		tally.set(concept, row);
	}
	const changes = [...tally].map(([concept, row]) => ({
		concept,
		...row,
		from: conceptRecord(before, concept).level,
		to: conceptRecord(after, concept).level
	}));
	const right = results.filter((r) => r.status === 'correct').length;
	return { right, total: results.length, changes, missed };
}

/** A concept's standing for the overview: level, answers, accuracy in whole percent (null if none). */
export function standing(state: MasteryState, concept: ConceptId) {
	const record = conceptRecord(state, concept);
	const percent = record.seen ? Math.round((100 * record.correct) / record.seen) : null;
	return { level: record.level, seen: record.seen, correct: record.correct, percent };
}

/**
 * What a round opens with before the learner's mastery is known (the server renders it): its first
 * pick, drawn from the seed alone (nextRound's `firstBySeed`, as the round itself is drawn), and
 * how many questions it will have; null when the concept has no questions.
 */
export function roundOpening(
	seed: number,
	concept?: ConceptId
): { pick: RoundPick; total: number } | null {
	const picks = planRound(emptyMastery(), seed, concept, 0);
	return picks.length ? { pick: picks[0], total: picks.length } : null;
}

/** The round's questions for this mastery: `firstBySeed`, so the first is roundOpening's. */
export function planRound(
	mastery: MasteryState,
	seed: number,
	concept: ConceptId | undefined,
	now: number
): RoundPick[] {
	const concepts = concept ? [concept] : undefined;
	return nextRound(mastery, { concepts, size: ROUND_SIZE, seed, now, firstBySeed: true });
}
