// The small kit group B's generators share, on top of ../build.ts: a form is `draw` (the seeded
// numbers) plus `build` (the question from them), so a test can take the same numbers and
// recompute the answer by its own route; the form itself is the FormMaker build.ts expects.
import {
	choice as buildChoice,
	defineGenerator,
	numeric as buildNumeric,
	order as buildOrder,
	num,
	tex,
	text,
	type FormContext
} from '../build';
import type { Text } from '../../types';
import type {
	ChoiceQuestion,
	ConceptId,
	Generator,
	NumericQuestion,
	OrderQuestion,
	Question
} from '../types';

export { num, tex };
export type Rand = () => number;
export type Ctx = FormContext;
export const t = text;

/** A number as a factor in text: negative ones in parentheses, (−2). */
export const par = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
/** The same in TeX. */
export const texPar = (v: number) => (v < 0 ? `(${tex(v)})` : tex(v));
/** A vector for text: (1, −0.5, 2). */
export const vecText = (v: readonly number[]) => `(${v.map((x) => num(x)).join(', ')})`;
/** A vector in TeX: (1, -0.5, 2). */
export const vecTex = (v: readonly number[]) => `(${v.map((x) => tex(x)).join(', ')})`;

/** Every 8th seed (0, 8, 16 …) of a form that has one shows the CURRICULUM.md reference example. */
export const isReference = (seed: number) => seed % 8 === 0;

/** A matrix in TeX. */
export const matTex = (m: readonly (readonly number[])[]) =>
	`\\begin{pmatrix} ${m.map((row) => row.map((v) => tex(v)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;

/** The words of a question: what is asked and why the answer is right. */
export interface Words {
	readonly prompt: Text;
	readonly promptTex?: string;
	readonly explanation: Text;
	readonly explanationTex?: string;
}

/** An option: `key` becomes its id (a neutral slug: it must not give the answer away). */
export interface Option {
	readonly key: string;
	readonly text: Text;
	readonly tex?: string;
}

/** One way of asking: callable as build.ts's FormMaker, with its two halves kept for tests. */
export interface Form<P> {
	(ctx: Ctx): Question;
	/** The seeded numbers; `seed` lets a form show the CURRICULUM example at reference seeds. */
	readonly draw: (r: Rand, seed: number) => P;
	readonly build: (ctx: Ctx, p: P) => Question;
}

export function form<P>(
	draw: (r: Rand, seed: number) => P,
	build: (ctx: Ctx, p: P) => Question
): Form<P> {
	const maker = (ctx: Ctx) => build(ctx, draw(ctx.r, ctx.seed));
	return Object.assign(maker, { draw, build });
}

const item = (o: Option) =>
	o.tex === undefined ? { id: o.key, text: o.text } : { id: o.key, text: o.text, tex: o.tex };

/** Every option is shown (shuffled by seed); `answer` is the key of the right one. */
export function choice(
	ctx: Ctx,
	words: Words,
	options: readonly Option[],
	answer: string
): ChoiceQuestion {
	const correct = options.find((o) => o.key === answer);
	if (!correct) throw new Error(`${ctx.id}: the answer "${answer}" is not an option`);
	const wrong = options.filter((o) => o !== correct).map(item);
	const q = buildChoice(ctx, { ...words, correct: item(correct), wrong, size: options.length });
	if (q.choices.length !== options.length) throw new Error(`${ctx.id}: options repeat`);
	return q;
}

export const numeric = (
	ctx: Ctx,
	words: Words,
	answer: number,
	extra: { tolerance?: number; unit?: Text } = {}
): NumericQuestion =>
	// `answer + 0` turns −0 into 0, so a learner's "0" and the stored key read the same.
	buildNumeric(ctx, { ...words, answer: answer + 0, ...extra });

/** `inOrder` is the right order; build.ts shows it shuffled. */
export const order = (ctx: Ctx, words: Words, inOrder: readonly Option[]): OrderQuestion =>
	buildOrder(ctx, { ...words, items: inOrder.map(item) });

/** A generator from its forms; `make` throws an Error naming an unknown form. */
export const generator = (
	id: string,
	concept: ConceptId,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	forms: Record<string, Form<any>>
): Generator => defineGenerator(id, concept, forms);

/** One term of a polynomial: its coefficient, and its monomial in engine syntax and in TeX. */
export interface Term {
	readonly c: number;
	/** Engine syntax of the monomial (`x^2`, `x*y`), '' for a constant. */
	readonly src: string;
	/** TeX of the monomial (`x^2`, `xy`), '' for a constant. */
	readonly tex: string;
}

const live = (terms: readonly Term[]) => terms.filter((term) => term.c !== 0);

/** Engine source of a sum of terms: `2*x^2 + -1*x*y`. */
export const sumSource = (terms: readonly Term[]) =>
	live(terms)
		.map((term) => (term.src === '' ? `(${term.c})` : `(${term.c})*${term.src}`))
		.join(' + ') || '0';

/** TeX of a sum of terms: `2x^2 - xy`. */
export function sumTex(terms: readonly Term[]): string {
	const parts = live(terms).map((term, i) => {
		const size = Math.abs(term.c);
		const coef = size === 1 && term.tex !== '' ? '' : tex(size);
		const sign = term.c < 0 ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + ';
		return `${sign}${coef}${term.tex}`;
	});
	return parts.join('') || '0';
}

const SUB: Record<string, string> = {
	'0': '₀',
	'1': '₁',
	'2': '₂',
	'3': '₃',
	'4': '₄',
	'5': '₅',
	'6': '₆',
	'7': '₇',
	'8': '₈',
	'9': '₉',
	'+': '₊',
	'-': '₋',
	k: 'ₖ',
	i: 'ᵢ',
	j: 'ⱼ'
};
const SUP: Record<string, string> = { '2': '²', '3': '³', '4': '⁴' };
const sub = (s: string) => [...s].map((c) => SUB[c] ?? c).join('');

/**
 * The plain-text reading of the small TeX our choices use (for the choice's text, which screen
 * readers and the no-KaTeX fallback show): fractions as a/b, sub- and superscripts as Unicode.
 */
export function plainTex(s: string): string {
	return s
		.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2')
		.replace(/\\theta/g, 'θ')
		.replace(/\\sigma/g, 'σ')
		.replace(/\\hat y/g, 'ŷ')
		.replace(/_\{([^{}]*)\}/g, (_, g: string) => sub(g))
		.replace(/_(\w)/g, (_, c: string) => sub(c))
		.replace(/\^\{?(\d)\}?/g, (_, d: string) => SUP[d] ?? `^${d}`)
		.replace(/\\[,;! ]/g, ' ')
		.replace(/\\/g, '')
		.replace(/(^|[\s(=,])-/g, '$1−');
}
