// The level format: a versioned, JSON-compatible object, described by a valibot schema so that a
// level typed by a teacher or loaded from a file is checked field by field. Cross-field checks
// (does the landscape exist, is the start on the map, does the reference run obey the level's own
// rules…) live in validate.ts; the types below are inferred from the schema, so they cannot drift.
import * as v from 'valibot';
import { OPTIMIZER_NAMES } from '../optimizers';

const finite = (what = 'must be a finite number') => v.pipe(v.number(what), v.finite(what));
const positive = v.pipe(finite(), v.gtValue(0, 'must be > 0'));
const positiveInteger = v.pipe(
	v.number('must be a positive integer'),
	v.safeInteger('must be a positive integer'),
	v.minValue(1, 'must be a positive integer')
);
const kebab = v.pipe(
	v.string('must be a string'),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)')
);

/** English and Korean; the Korean must really be Korean (contain Hangul). */
export const TextSchema = v.strictObject({
	en: v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty')),
	ko: v.pipe(
		v.string('must be a string'),
		v.regex(/[\uAC00-\uD7A3]/, 'must be Korean text (no Hangul found)')
	)
});

/** [low, high] with low ≤ high (a setting range; a single allowed value is [x, x]). */
const RangeSchema = v.pipe(
	v.strictTuple([finite(), finite()], 'must be [low, high]'),
	v.check(([lo, hi]) => lo <= hi, 'must be [low, high] with low ≤ high')
);
const EdgeSchema = v.pipe(
	v.strictTuple([finite(), finite()], 'must be [low, high]'),
	v.check(([lo, hi]) => lo < hi, 'must be [low, high] with low < high')
);
export const PointSchema = v.record(v.string(), finite());
export const BoundsSchema = v.record(v.string(), EdgeSchema);

const LandscapeRefSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('registry'), id: v.pipe(v.string(), v.nonEmpty()) }),
		v.strictObject({
			kind: v.literal('formula'),
			formula: v.pipe(v.string(), v.nonEmpty('must not be empty'))
		})
	],
	'must be { kind: "registry", id } or { kind: "formula", formula }'
);

const StartSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('fixed'), at: PointSchema }),
		v.strictObject({ kind: v.literal('region'), at: PointSchema, region: BoundsSchema })
	],
	'must be { kind: "fixed", at } or { kind: "region", at, region }'
);

const optimizerName = v.picklist(OPTIMIZER_NAMES, `must be one of ${OPTIMIZER_NAMES.join(', ')}`);

/** One optimizer a level offers, with the range each setting may take (unlisted: default only). */
const AllowedOptimizerSchema = v.strictObject({
	name: optimizerName,
	lr: RangeSchema,
	momentum: v.optional(RangeSchema),
	beta1: v.optional(RangeSchema),
	beta2: v.optional(RangeSchema),
	alpha: v.optional(RangeSchema),
	eps: v.optional(RangeSchema),
	radius: v.optional(RangeSchema)
});

export const SettingsSchema = v.strictObject({
	name: optimizerName,
	lr: finite(),
	momentum: v.optional(finite()),
	beta1: v.optional(finite()),
	beta2: v.optional(finite()),
	alpha: v.optional(finite()),
	eps: v.optional(finite()),
	radius: v.optional(finite())
});

const ScheduleSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('constant') }),
	v.strictObject({ kind: v.literal('step'), every: positiveInteger, gamma: positive }),
	v.strictObject({ kind: v.literal('cosine'), total: positiveInteger, minLr: v.optional(finite()) })
]);

/** The optimizer's settings plus the advanced controls a level may allow. */
export const RunSettingsSchema = v.strictObject({
	...SettingsSchema.entries,
	batchSize: v.optional(positiveInteger),
	schedule: v.optional(ScheduleSchema),
	switchTo: v.optional(
		v.strictObject({
			after: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
			settings: SettingsSchema
		})
	)
});

const seed = v.pipe(v.number('must be an integer'), v.safeInteger('must be an integer'));

/** What a player chooses: settings, start and seed (a level's reference and failure runs too). */
export const RunChoiceSchema = v.strictObject({
	settings: RunSettingsSchema,
	start: PointSchema,
	seed
});

/** A run as the server stores and re-plays it. */
export const RunSpecSchema = v.strictObject({
	levelId: kebab,
	version: positiveInteger,
	...RunChoiceSchema.entries
});

export const FAILURE_KINDS = [
	'diverged',
	'left-map',
	'oscillating',
	'saddle',
	'local-minimum',
	'plateau',
	'crawling',
	'singular',
	'over-budget'
] as const;

const GoalSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('reach'), minimum: v.string(), radius: positive }),
	v.strictObject({ kind: v.literal('loss'), below: finite() })
]);

export const LevelSchema = v.strictObject({
	id: kebab,
	version: positiveInteger,
	world: kebab,
	title: TextSchema,
	intro: TextSchema,
	landscape: LandscapeRefSchema,
	/** The map's edges; the landscape's own when left out (required for a formula). */
	bounds: v.optional(BoundsSchema),
	start: StartSchema,
	optimizers: v.pipe(v.array(AllowedOptimizerSchema), v.nonEmpty('must offer an optimizer')),
	/** Allowed mini-batch sizes (model landscapes only); without it every run is full-batch. */
	batchSize: v.optional(RangeSchema),
	schedule: v.optional(v.boolean()),
	switchTo: v.optional(v.boolean()),
	budget: v.strictObject({ steps: positiveInteger, evaluations: v.optional(positive) }),
	goal: GoalSchema,
	/** Reaching the goal earns 1 star; using at most `two` (then `three`) steps or evaluations, more. */
	stars: v.strictObject({
		by: v.picklist(['steps', 'evaluations'], 'must be "steps" or "evaluations"'),
		two: positive,
		three: positive
	}),
	hints: v.pipe(v.array(TextSchema), v.nonEmpty('must give at least one hint')),
	concepts: v.pipe(v.array(v.string()), v.nonEmpty('must name at least one concept')),
	reference: RunChoiceSchema,
	intendedFailure: v.strictObject({
		run: RunChoiceSchema,
		expect: v.picklist(FAILURE_KINDS, `must be one of ${FAILURE_KINDS.join(', ')}`),
		lesson: TextSchema
	})
});

export const WorldSchema = v.strictObject({
	id: kebab,
	title: TextSchema,
	intro: TextSchema,
	concepts: v.array(v.string()),
	levels: v.array(LevelSchema)
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Level = v.InferOutput<typeof LevelSchema>;
export type World = v.InferOutput<typeof WorldSchema>;
export type RunSettings = v.InferOutput<typeof RunSettingsSchema>;
export type RunChoice = v.InferOutput<typeof RunChoiceSchema>;
export type RunSpec = v.InferOutput<typeof RunSpecSchema>;
export type FailureKind = (typeof FAILURE_KINDS)[number];
export type Goal = Level['goal'];
export type AllowedOptimizer = Level['optimizers'][number];
