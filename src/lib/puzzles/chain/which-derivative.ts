// The "which derivative?" quiz: d/dx of one op of the engine's op table, rendered by the table's
// own LaTeX, with four KaTeX options: the op's rule (times the chain factor) and three plausible
// slips drawn from the form's pool, shuffled by the seed.
import { getOp } from '../../engine';
import type { ChoiceQuestion, Generator } from '../quiz/types';
import { rng, shuffle, pick } from '../random';
import type { Text } from '../types';
import { ACTIVATIONS } from './which-derivative-activations';
import { GATES } from './which-derivative-gates';
import type { FormDef, Option } from './which-derivative-option';
import { SMOOTH } from './which-derivative-smooth';

export const FORMS: readonly FormDef[] = [...GATES, ...SMOOTH, ...ACTIVATIONS];

/** Points on both sides of 0 and of x = y, where two different formulas must differ. */
const PROBES: readonly (readonly [number, number])[] = [
	[-1.3, 0.7],
	[0.6, -1.7],
	[1.7, 1.1],
	[-0.4, -0.9],
	[0.9, 2.1],
	[-2.2, -1.5]
];

/** Whether two options are different functions on the form's domain (some probe tells them apart). */
export function differs(a: Option, b: Option, positive = false): boolean {
	return PROBES.some(([x, y]) => {
		const px = positive ? Math.abs(x) : x;
		const [u, v] = [a.value(px, y), b.value(px, y)];
		return !(Math.abs(u - v) <= 1e-9 * (1 + Math.abs(u) + Math.abs(v)));
	});
}

/** The slips of a form at k that really differ from the right answer and from each other. */
export function distractors(form: FormDef, k: number): Option[] {
	const right = form.right(k);
	const out: Option[] = [];
	for (const w of form.wrong(k)) {
		if ([right, ...out].every((o) => differs(o, w, form.positive))) out.push(w);
	}
	return out;
}

export function formById(id: string): FormDef {
	const form = FORMS.find((f) => f.id === id);
	if (!form) throw new Error(`which-derivative: unknown form "${id}"`);
	return form;
}

const IDS = ['a', 'b', 'c', 'd'];
/** Capitalises a sentence that starts with a Latin letter (σ must stay σ, not Σ). */
const cap = (s: string) => (/^[a-z]/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

function explanation(form: FormDef, k: number, right: Option, shown: readonly Option[]): Text {
	const chain = form.chain(k);
	const inner = `u = ${form.texArgs(k)[0]}`;
	const why =
		// Only the op(kx) forms have an inner function u whose slope the chain rule multiplies in.
		form.op !== 'pow' && form.ks.some((v) => v !== 1)
			? chain === 1
				? { en: ` (here ${inner})`, ko: ` (여기서 ${inner})` }
				: {
						en: `. Here ${inner}, so the chain rule multiplies by du/dx = ${chain}`,
						ko: `. 여기서 ${inner}이므로 연쇄 법칙에 따라 du/dx(= ${chain})를 곱합니다`
					}
			: { en: '', ko: '' };
	const others = (lang: 'en' | 'ko') =>
		shown
			.map((o) => (lang === 'en' ? `$${o.tex}$ ${o.why.en}` : `$${o.tex}$: ${o.why.ko}`))
			.join('; ');
	return {
		en: `${cap(right.why.en)}${why.en}. The others: ${others('en')}.`,
		ko: `${right.why.ko}${why.ko}. 나머지 보기 — ${others('ko')}.`
	};
}

function make(formId: string, seed: number): ChoiceQuestion {
	const form = formById(formId);
	const r = rng(seed);
	const k = pick(r, form.ks);
	const right = form.right(k);
	const wrong = shuffle(r, distractors(form, k)).slice(0, 3);
	const options = shuffle(r, [right, ...wrong]);
	const args = form.texArgs(k);
	const vars = args.includes('y') ? 'x, y' : 'x';
	const d = `\\frac{\\partial f}{\\partial ${form.wrt}}`;
	return {
		kind: 'choice',
		id: `which-derivative.${form.id}`,
		seed,
		concept: 'chain-rule',
		prompt: {
			en: `Which is the derivative $${d}$ of this function?`,
			ko: `이 함수의 도함수 $${d}$는 어느 것일까요?`
		},
		promptTex: `f(${vars}) = ${getOp(form.op).latex.render(args)}`,
		choices: options.map((o, i) => ({ id: IDS[i], text: o.text, tex: o.tex })),
		answer: IDS[options.indexOf(right)],
		explanation: explanation(form, k, right, wrong),
		explanationTex: `${d} = ${right.tex}`
	};
}

export const WHICH_DERIVATIVE: Generator = {
	id: 'which-derivative',
	concept: 'chain-rule',
	forms: FORMS.map((f) => f.id),
	make
};
