// Small builders every question generator shares: a seeded context per question, and makers for
// the three kinds that shuffle by seed and refuse broken questions (duplicate choices, a missing
// right answer, a non-finite number) with an Error, so a generator bug fails its tests loudly.
import type {
	Choice,
	ChoiceQuestion,
	ConceptId,
	Generator,
	NumericQuestion,
	OrderQuestion,
	Question,
	QuizParam
} from './types';
import type { Text } from '../types';
import { rng, shuffle } from '../random';
import { show } from '../numbers';

/** What a form maker gets: the question's id and seed, its concept, and a generator seeded with it. */
export interface FormContext {
	/** `${generator}.${form}` */
	readonly id: string;
	readonly seed: number;
	readonly concept: ConceptId;
	/** Uniform numbers in [0, 1) from the seed (random.ts `rng`); draw parameters from it. */
	readonly r: () => number;
}

export type FormMaker = (ctx: FormContext) => Question;

/** A choice or an item to order: `id` is a stable slug (`diverges`, `eta-0.1`), unique in the question. */
export type Item = Choice;

/** What every kind shares. `params` holds the seeded numbers so a test can recompute the key. */
export interface QuestionText {
	readonly prompt: Text;
	readonly promptTex?: string;
	readonly explanation: Text;
	readonly explanationTex?: string;
	readonly params?: Readonly<Record<string, QuizParam>>;
}

export const text = (en: string, ko: string): Text => ({ en, ko });
/** The same words in both languages (numbers, formulas, names such as ReLU). */
export const same = (s: string): Text => ({ en: s, ko: s });
/** A number as a learner writes it (numbers.ts `show`). */
export const num = show;

/** A number for TeX (ASCII minus), e.g. inside `$…$` or an explanation formula. */
export const tex = (value: number, digits = 4): string => show(value, digits).replace('−', '-');

/** A choice that is a number: its id and text are the number as shown. */
export function numberItem(value: number, digits = 4): Item {
	const shown = show(value, digits);
	return { id: `n${shown.replace('−', '-')}`, text: same(shown) };
}

const MAX_SEED = 0xffffffff;

/** Throws unless `seed` is a whole number in [0, 2³² − 1]. */
export function checkSeed(seed: number): void {
	if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
		throw new Error(`seed must be a whole number from 0 to ${MAX_SEED} (got ${seed})`);
	}
}

/** The shuffling stream: apart from `ctx.r`, so how choices are laid out never changes the numbers. */
const layoutRng = (seed: number) => rng((seed ^ 0x5bd1e995) >>> 0);

const sameShown = (a: Item, b: Item) =>
	a.text.en === b.text.en && a.text.ko === b.text.ko && a.tex === b.tex;

function base<S extends QuestionText>(ctx: FormContext, spec: S) {
	const out = { id: ctx.id, seed: ctx.seed, concept: ctx.concept, ...spec };
	if (!spec.explanation.en.trim() || !spec.explanation.ko.trim()) {
		throw new Error(`${ctx.id}: the explanation is empty`);
	}
	return out;
}

/**
 * A multiple-choice question: the right item plus up to `size − 1` distractors picked by seed.
 * Distractors that look like the right item or an earlier distractor are dropped; fewer than
 * two distinct choices in the end is a generator bug and throws.
 */
export function choice(
	ctx: FormContext,
	spec: QuestionText & { correct: Item; wrong: readonly Item[]; size?: number }
): ChoiceQuestion {
	const r = layoutRng(ctx.seed);
	const picked: Item[] = [spec.correct];
	for (const item of shuffle(r, spec.wrong)) {
		if (picked.length >= (spec.size ?? 4)) break;
		if (picked.some((p) => p.id === item.id || sameShown(p, item))) continue;
		picked.push(item);
	}
	if (picked.length < 2) throw new Error(`${ctx.id}: fewer than two distinct choices`);
	const { correct, wrong, size, ...rest } = spec;
	void wrong;
	void size;
	return { ...base(ctx, rest), kind: 'choice', choices: shuffle(r, picked), answer: correct.id };
}

/** A question answered with a number the code computed (never a typed constant). */
export function numeric(
	ctx: FormContext,
	spec: QuestionText & { answer: number; tolerance?: number; unit?: Text }
): NumericQuestion {
	if (!Number.isFinite(spec.answer))
		throw new Error(`${ctx.id}: answer ${spec.answer} is not finite`);
	return { ...base(ctx, spec), kind: 'numeric' };
}

/** An ordering question: `items` in the right order; shown shuffled (never already in order). */
export function order(
	ctx: FormContext,
	spec: QuestionText & { items: readonly Item[] }
): OrderQuestion {
	const { items, ...rest } = spec;
	const ids = new Set(items.map((i) => i.id));
	if (items.length < 2 || ids.size !== items.length) {
		throw new Error(`${ctx.id}: an order question needs at least two items with distinct ids`);
	}
	items.forEach((a, i) =>
		items.slice(i + 1).forEach((b) => {
			if (sameShown(a, b)) throw new Error(`${ctx.id}: two items read the same (${a.text.en})`);
		})
	);
	let shown = shuffle(layoutRng(ctx.seed), items);
	if (shown.every((item, i) => item.id === items[i].id)) shown = [...shown.slice(1), shown[0]];
	return {
		...base(ctx, rest),
		kind: 'order',
		choices: shown,
		answer: items.map((i) => i.id)
	};
}

/** A generator from its form makers; `make` checks the seed and names an unknown form. */
export function defineGenerator(
	id: string,
	concept: ConceptId,
	forms: Readonly<Record<string, FormMaker>>
): Generator {
	return {
		id,
		concept,
		forms: Object.keys(forms),
		make(form: string, seed: number): Question {
			if (!Object.hasOwn(forms, form)) {
				throw new Error(`Unknown form "${form}" of quiz generator "${id}"`);
			}
			checkSeed(seed);
			return forms[form]({ id: `${id}.${form}`, seed, concept, r: rng(seed) });
		}
	};
}

/** A statement for "which is true?" questions; `why` explains it when it is the right one. */
export interface Statement {
	readonly id: string;
	readonly text: Text;
	readonly why?: Text;
}

/**
 * "Which statement is true?": one true statement picked by seed and three false ones; the
 * explanation is the picked statement's `why` followed by `extra`.
 */
export function whichIsTrue(
	ctx: FormContext,
	spec: Omit<QuestionText, 'explanation'> & {
		truths: readonly Statement[];
		falsehoods: readonly Statement[];
		extra?: Text;
	}
): ChoiceQuestion {
	const truth = spec.truths[Math.floor(ctx.r() * spec.truths.length)];
	const why = truth.why ?? truth.text;
	const { truths, falsehoods, extra, ...rest } = spec;
	void truths;
	return choice(ctx, {
		...rest,
		params: { ...spec.params, truth: truth.id },
		correct: { id: truth.id, text: truth.text },
		wrong: falsehoods.map((s) => ({ id: s.id, text: s.text })),
		explanation: extra ? text(`${why.en} ${extra.en}`, `${why.ko} ${extra.ko}`) : why
	});
}
