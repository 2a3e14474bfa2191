// What a learner sends when they finish a level, a puzzle or a quiz question: the item and their
// choices (settings, start, seed, answers), never a loss or a score. The server re-computes the
// result from this (verify.ts). Every size is bounded so a hostile body cannot make the server
// walk huge arrays; the claim of a level run is only compared, never believed.
import * as v from 'valibot';
import { RunChoiceSchema, type PlayOutcome, type Text } from '../levels';
import type { AnalysisKind } from '../landscapes';
import type { MistakeId, quiz } from '../puzzles';

export type { Text };

export type ItemKind = 'level' | 'puzzle' | 'quiz';

/** An item a learner attempts or a teacher assigns: a level, puzzle or quiz, at one version. */
export interface ItemRef {
	kind: ItemKind;
	id: string;
	version: number;
}

/** Quiz questions carry no version of their own; stored attempts and assignments use this one. */
export const QUIZ_VERSION = 1;
export const MAX_SEED = 0xffffffff;
/** The longest level has 800 steps, so its path has 801 points. */
export const MAX_PATH_POINTS = 1001;
export const MAX_COORDINATES = 64;
export const MAX_ANSWERS = 256;
/** chain.MAX_ANSWER_LENGTH: a longer puzzle answer is refused by the scorer anyway. */
export const MAX_ANSWER_LENGTH = 40;
export const MAX_QUIZ_ANSWER_LENGTH = 200;
export const MAX_ORDER_ITEMS = 32;
export const MAX_HINTS = 1000;
export const MAX_CLAIMED_STEPS = 100_000;

const finite = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const integer = (min: number, max: number, what: string) =>
	v.pipe(
		v.number(`must be ${what}`),
		v.safeInteger(`must be ${what}`),
		v.minValue(min, `must be ${what}`),
		v.maxValue(max, `must be ${what}`)
	);
const text = (max: number) =>
	v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
const itemId = v.pipe(
	text(80),
	v.regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/i, 'must be an item id such as "first-step" or "gates.mul"')
);
const version = integer(1, 1_000_000, 'a version number (a whole number ≥ 1)');
const seed = integer(0, MAX_SEED, `a whole number from 0 to ${MAX_SEED}`);

/** A level's start: at most MAX_COORDINATES named coordinates (the level checks which). */
const StartSchema = v.pipe(
	RunChoiceSchema.entries.start,
	v.check(
		(start) => Object.keys(start).length <= MAX_COORDINATES,
		`must have at most ${MAX_COORDINATES} coordinates`
	),
	v.check((start) => Object.keys(start).every((k) => k.length <= 40), 'has a name that is too long')
);

/** RunSpecSchema's choice fields (settings, start, seed), without levelId and version. */
export const RunSchema = v.strictObject({ ...RunChoiceSchema.entries, start: StartSchema });

/** What the page saw, compared with what the server re-computes (never believed). */
export const ClaimSchema = v.strictObject({
	steps: integer(0, MAX_CLAIMED_STEPS, 'a whole number of steps'),
	/** null when the run's last loss was not a finite number (it diverged). */
	finalLoss: v.nullable(finite),
	/** Points in the order of the landscape's variables, from the start; a prefix is fine. */
	path: v.optional(
		v.pipe(
			v.array(
				v.pipe(v.array(finite), v.maxLength(MAX_COORDINATES, 'has too many coordinates')),
				'must be a list of points'
			),
			v.maxLength(MAX_PATH_POINTS, `must have at most ${MAX_PATH_POINTS} points`)
		)
	)
});

export const LevelAttemptSchema = v.strictObject({
	kind: v.literal('level'),
	item: itemId,
	version,
	run: RunSchema,
	claim: v.optional(ClaimSchema)
});

export const PuzzleAttemptSchema = v.strictObject({
	kind: v.literal('puzzle'),
	item: itemId,
	version,
	seed,
	answers: v.pipe(
		v.record(text(40), text(MAX_ANSWER_LENGTH), 'must map field keys to typed text'),
		v.check((a) => Object.keys(a).length <= MAX_ANSWERS, `must have at most ${MAX_ANSWERS} answers`)
	),
	hints: integer(0, MAX_HINTS, `a whole number of hints from 0 to ${MAX_HINTS}`),
	gaveUp: v.boolean('must be true or false')
});

export const QuizAttemptSchema = v.strictObject({
	kind: v.literal('quiz'),
	/** `generator.form` */
	item: itemId,
	seed,
	answer: v.union(
		[
			text(MAX_QUIZ_ANSWER_LENGTH),
			v.pipe(
				v.array(text(80)),
				v.maxLength(MAX_ORDER_ITEMS, `must have at most ${MAX_ORDER_ITEMS} items`)
			)
		],
		'must be text (a choice id or a number) or a list of choice ids'
	)
});

export const AttemptSchema = v.variant(
	'kind',
	[LevelAttemptSchema, PuzzleAttemptSchema, QuizAttemptSchema],
	'kind must be "level", "puzzle" or "quiz"'
);

export type LevelAttempt = v.InferOutput<typeof LevelAttemptSchema>;
export type PuzzleAttempt = v.InferOutput<typeof PuzzleAttemptSchema>;
export type QuizAttempt = v.InferOutput<typeof QuizAttemptSchema>;
export type AttemptPayload = v.InferOutput<typeof AttemptSchema>;
export type LevelClaim = v.InferOutput<typeof ClaimSchema>;

/** "field.path: message" for each problem, as the API lists them. */
export function parseAttempt(
	raw: unknown
): { ok: true; attempt: AttemptPayload } | { ok: false; problems: string[] } {
	const parsed = v.safeParse(AttemptSchema, raw);
	if (parsed.success) return { ok: true, attempt: parsed.output };
	const problems = parsed.issues.map((issue) => {
		const path = v.getDotPath(issue);
		return path ? `${path}: ${issue.message}` : issue.message;
	});
	return { ok: false, problems: [...new Set(problems)].slice(0, 20) };
}

/** The item an attempt is at (quiz questions at QUIZ_VERSION). */
export function attemptItem(attempt: AttemptPayload): ItemRef {
	const version = attempt.kind === 'quiz' ? QUIZ_VERSION : attempt.version;
	return { kind: attempt.kind, id: attempt.item, version };
}

/** What the server found for a level run (details of a Verdict). */
export interface LevelDetails {
	kind: 'level';
	/** Why the run could not be played (unknown level, rules broken); nothing else is set then. */
	problems?: string[];
	outcome?: PlayOutcome;
	/** The analysis of how the run ended: the dashboard's "most common mistakes" count these. */
	analysis?: AnalysisKind;
	goalReached?: boolean;
	stepsUsed?: number;
	evaluationsUsed?: number;
	/** The server's last loss (null when it is not finite). */
	finalLoss?: number | null;
	/** Where the claim first disagreed with the re-computation. */
	mismatch?: { field: 'steps' | 'finalLoss' | 'path'; step: number };
}

export interface PuzzleDetails {
	kind: 'puzzle';
	problems?: string[];
	tier?: string;
	correct?: number;
	total?: number;
	solved?: boolean;
	hints?: number;
	gaveUp?: boolean;
	mistakes?: MistakeId[];
}

export interface QuizDetails {
	kind: 'quiz';
	problems?: string[];
	concept?: quiz.ConceptId;
	status?: 'correct' | 'wrong' | 'unreadable';
}

/** A body that is not an attempt at all (verifyAttempt was handed something unparsed). */
export interface InvalidDetails {
	kind: 'invalid';
	problems: string[];
}

/** The server's judgement of an attempt: stored, and shown to the learner and the teacher. */
export interface Verdict {
	status: 'accepted' | 'rejected';
	reason?: string;
	/** 0..1 */
	score: number;
	stars: 0 | 1 | 2 | 3;
	passed: boolean;
	summary: Text;
	details: LevelDetails | PuzzleDetails | QuizDetails | InvalidDetails;
}

/** The body of a stored attempt, as POST /api/attempts answers (201) and replays it. */
export interface StoredAttemptBody {
	attempt: Verdict & { id: number; item: ItemRef; createdAt: string };
}

/** GET /api/progress: the learner's best verified attempt per item. */
export interface ProgressEntry {
	item: ItemRef;
	attemptId: number;
	score: number;
	stars: number;
	passed: boolean;
	summary: Text | null;
	createdAt: string;
	/**
	 * A level's best run as the learner sent it, with the server's count of it; a puzzle's seed.
	 * Another device rebuilds its local progress from these (the browser's stores keep runs).
	 */
	level?: { run: LevelAttempt['run']; stepsUsed: number; evaluationsUsed: number };
	puzzle?: { seed: number };
}

export interface ProgressBody {
	items: ProgressEntry[];
}

export { LEARNER_HEADER } from './learner-header';

/** The body of every refused request (4xx). `code` is stable; `message` is for developers. */
export interface ApiErrorBody {
	error: { code: ApiErrorCode; message: string; problems?: string[] };
}

export type ApiErrorCode =
	| 'unauthenticated'
	| 'forbidden'
	| 'missing-key'
	| 'bad-key'
	| 'too-large'
	| 'bad-json'
	| 'invalid'
	| 'key-reused'
	| 'in-progress'
	| 'wrong-learner';
