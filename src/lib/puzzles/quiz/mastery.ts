// The mastery model, pure: per concept a level (new → familiar → proficient → mastered) earned by
// consecutive right answers and accuracy, lost one step per miss; a missed concept comes back a
// few questions (or minutes) later, a mastered one rarely. Rounds are picked by seed, weighted
// towards due and weak concepts. The browser stores the state; parseMastery guards what it reads.
import * as v from 'valibot';
import type { ConceptId, MasteryLevel } from './types';
import { CONCEPTS } from './concepts';
import { formConcepts } from './catalogue';
import { rng } from '../random';

export const MASTERY_VERSION = 1;

export interface ConceptRecord {
	readonly level: MasteryLevel;
	/** Right answers in a row (0 after a miss). */
	readonly streak: number;
	readonly seen: number;
	readonly correct: number;
	/** Due again once `MasteryState.answered` reaches this … */
	readonly dueRound: number;
	/** … or once the clock (ms since 1970) reaches this, whichever comes first. */
	readonly dueAt: number;
	/** When it was last answered (ms). */
	readonly last: number;
}

export interface MasteryState {
	readonly version: typeof MASTERY_VERSION;
	/** Answers recorded so far: the question clock that `dueRound` counts on. */
	readonly answered: number;
	readonly concepts: Readonly<Partial<Record<ConceptId, ConceptRecord>>>;
}

const LEVELS: readonly MasteryLevel[] = ['new', 'familiar', 'proficient', 'mastered'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What a right answer needs to climb to a level: a streak, an accuracy and answers seen. */
const PROMOTE: Record<
	Exclude<MasteryLevel, 'new'>,
	{ streak: number; accuracy: number; seen: number }
> = {
	familiar: { streak: 1, accuracy: 0, seen: 1 },
	proficient: { streak: 3, accuracy: 0.6, seen: 3 },
	mastered: { streak: 5, accuracy: 0.75, seen: 6 }
};

/** How long until a concept comes back, in answers and in time, by its level after the answer. */
export const GAPS: Record<MasteryLevel | 'missed', { answers: number; ms: number }> = {
	missed: { answers: 3, ms: 2 * MINUTE },
	new: { answers: 3, ms: 2 * MINUTE },
	familiar: { answers: 6, ms: 10 * MINUTE },
	proficient: { answers: 15, ms: DAY },
	mastered: { answers: 40, ms: 7 * DAY }
};

/** How strongly a round leans towards a concept, by level; a due concept counts `DUE_BOOST` times more. */
const WEIGHT: Record<MasteryLevel, number> = { new: 3, familiar: 2, proficient: 1, mastered: 0.25 };
const DUE_BOOST = 4;

export const emptyMastery = (): MasteryState => ({
	version: MASTERY_VERSION,
	answered: 0,
	concepts: {}
});

/** The concept's record, or a fresh one (level new, due now) when it was never answered. */
export function conceptRecord(state: MasteryState, concept: ConceptId): ConceptRecord {
	return (
		state.concepts[concept] ?? {
			level: 'new',
			streak: 0,
			seen: 0,
			correct: 0,
			dueRound: 0,
			dueAt: 0,
			last: 0
		}
	);
}

function levelAfter(rec: ConceptRecord, correct: boolean): MasteryLevel {
	const i = LEVELS.indexOf(rec.level);
	if (!correct) return LEVELS[Math.max(0, i - 1)];
	if (i === LEVELS.length - 1) return rec.level;
	const next = LEVELS[i + 1] as Exclude<MasteryLevel, 'new'>;
	const need = PROMOTE[next];
	const ok =
		rec.streak >= need.streak && rec.correct / rec.seen >= need.accuracy && rec.seen >= need.seen;
	return ok ? next : rec.level;
}

/** The state after one answer to a question of `concept` at time `now` (ms). */
export function recordAnswer(
	state: MasteryState,
	concept: ConceptId,
	correct: boolean,
	now: number
): MasteryState {
	const old = conceptRecord(state, concept);
	const counted = {
		...old,
		streak: correct ? old.streak + 1 : 0,
		seen: old.seen + 1,
		correct: old.correct + (correct ? 1 : 0)
	};
	const level = levelAfter(counted, correct);
	const answered = state.answered + 1;
	const gap = GAPS[correct ? level : 'missed'];
	const rec: ConceptRecord = {
		...counted,
		level,
		dueRound: answered + gap.answers,
		dueAt: now + gap.ms,
		last: now
	};
	return { ...state, answered, concepts: { ...state.concepts, [concept]: rec } };
}

/** Whether the concept is due: never answered, or its answer gap or time gap has passed. */
export function isDue(state: MasteryState, concept: ConceptId, now: number): boolean {
	const rec = state.concepts[concept];
	return !rec || state.answered >= rec.dueRound || now >= rec.dueAt;
}

export interface RoundOptions {
	/** Only these concepts (default: all). */
	readonly concepts?: readonly ConceptId[];
	/** Questions wanted; capped at the number of forms available. */
	readonly size: number;
	readonly seed: number;
	readonly now: number;
	/** The forms to pick from (default: every generator's forms). */
	readonly forms?: readonly { id: string; concept: ConceptId }[];
	/**
	 * Draw the first concept with equal weights, so the first pick depends on the seed and the
	 * concepts alone, never on the state or the clock (the server renders a round's first question
	 * without the learner's mastery, which lives on their device); the rest lean as usual.
	 */
	readonly firstBySeed?: boolean;
}

export interface RoundPick {
	readonly id: string;
	readonly seed: number;
}

/**
 * A round of questions: a concept is drawn by weight (its level, boosted when due; halved each
 * time it is drawn, so a round spreads out), then one of its unused forms. Never the same form
 * twice; deterministic in (state, options).
 */
export function nextRound(state: MasteryState, options: RoundOptions): RoundPick[] {
	const r = rng(options.seed);
	const wanted = options.concepts ? new Set(options.concepts) : undefined;
	const pool = new Map<ConceptId, string[]>();
	for (const f of options.forms ?? formConcepts()) {
		if (wanted && !wanted.has(f.concept)) continue;
		pool.set(f.concept, [...(pool.get(f.concept) ?? []), f.id]);
	}
	const weight = new Map<ConceptId, number>();
	for (const concept of pool.keys()) {
		const boost = isDue(state, concept, options.now) ? DUE_BOOST : 1;
		weight.set(concept, WEIGHT[conceptRecord(state, concept).level] * boost);
	}
	const size = Math.max(0, Math.floor(Number.isFinite(options.size) ? options.size : 0));
	const out: RoundPick[] = [];
	// The first draw's weights: equal for every concept with firstBySeed, else the learner's.
	const opening = options.firstBySeed
		? new Map([...weight.keys()].map((concept) => [concept, 1]))
		: weight;
	while (out.length < size && pool.size > 0) {
		const concept = drawWeighted(r, out.length === 0 ? opening : weight);
		const forms = pool.get(concept)!;
		const [id] = forms.splice(Math.floor(r() * forms.length), 1);
		out.push({ id, seed: Math.floor(r() * 0x100000000) });
		weight.set(concept, weight.get(concept)! / 2);
		if (forms.length === 0) {
			pool.delete(concept);
			weight.delete(concept);
		}
	}
	return out;
}

function drawWeighted<K>(r: () => number, weights: Map<K, number>): K {
	let total = 0;
	for (const w of weights.values()) total += w;
	let x = r() * total;
	let last: K | undefined;
	for (const [key, w] of weights) {
		last = key;
		x -= w;
		if (x < 0) return key;
	}
	return last!;
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const RecordSchema = v.object({
	level: v.picklist(LEVELS),
	streak: count,
	seen: count,
	correct: count,
	dueRound: count,
	dueAt: time,
	last: time
});
const StateSchema = v.object({
	version: v.literal(MASTERY_VERSION),
	answered: count,
	concepts: v.record(v.string(), v.unknown())
});
const KNOWN = new Set<string>(CONCEPTS.map((c) => c.id));

/**
 * A stored mastery state, checked: anything that is not a valid state of this version gives a
 * fresh state; records of concepts that no longer exist, or that are malformed, are dropped.
 */
export function parseMastery(data: unknown): MasteryState {
	const parsed = v.safeParse(StateSchema, data);
	if (!parsed.success) return emptyMastery();
	const concepts: Partial<Record<ConceptId, ConceptRecord>> = {};
	for (const [key, value] of Object.entries(parsed.output.concepts)) {
		const rec = v.safeParse(RecordSchema, value);
		if (KNOWN.has(key) && rec.success && rec.output.correct <= rec.output.seen) {
			concepts[key as ConceptId] = rec.output;
		}
	}
	return { version: MASTERY_VERSION, answered: parsed.output.answered, concepts };
}
