import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { derivativeRule, getOp } from '../../engine';
import type { ChoiceQuestion } from '../quiz/types';
import { rng } from '../random';
import { distractors, FORMS, formById, WHICH_DERIVATIVE } from './which-derivative';
import type { FormDef } from './which-derivative-option';

const HANGUL = /[\uac00-\ud7a3]/;
const SEEDS = Array.from({ length: 100 }, (_, i) => (i * 2246822519 + 3) >>> 0);

/** Seeded test points away from the kinks (0, and x = y for max) and inside every domain. */
function points(form: FormDef, seed: number): [number, number][] {
	const r = rng(seed);
	const side = () => (r() < 0.5 ? -1 : 1) * (0.2 + 1.8 * r());
	const out: [number, number][] = [];
	while (out.length < 24) {
		const x = form.positive ? 0.2 + 2.3 * r() : side();
		const y = side();
		if (Math.abs(x - y) > 0.1) out.push([x, y]);
	}
	return out;
}

/** ∂/∂(wrt) of op(args(x, y, k)) by central differences of the op table's forward rule. */
function fd(form: FormDef, k: number, x: number, y: number): number {
	const op = getOp(form.op);
	const f = (u: number, v: number) => op.forward(...form.args(u, v, k));
	const h = 1e-6;
	return form.wrt === 'x'
		? (f(x + h, y) - f(x - h, y)) / (2 * h)
		: (f(x, y + h) - f(x, y - h)) / (2 * h);
}

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * (1 + Math.abs(b));

describe.each(FORMS.map((f) => [f.id, f] as const))('form %s', (_id, form) => {
	it.each(form.ks.map((k) => [k]))(
		'k = %d: the op rule and the right option match finite differences',
		(k) => {
			const op = getOp(form.op);
			for (const [x, y] of points(form, 11 * k)) {
				const want = fd(form, k, x, y);
				const [a, b] = form.args(x, y, k);
				const rule = derivativeRule(op, form.input)(a, b, op.forward(a, b)) * form.chain(k);
				expect(near(rule, want, 1e-6), `rule at (${x}, ${y})`).toBe(true);
				expect(near(form.right(k).value(x, y), want, 1e-6), `option at (${x}, ${y})`).toBe(true);
			}
		}
	);

	it.each(form.ks.map((k) => [k]))(
		'k = %d: at least three distractors, each one wrong somewhere',
		(k) => {
			const pool = distractors(form, k);
			expect(pool.length).toBeGreaterThanOrEqual(3);
			const pts = points(form, 23 * k);
			for (const option of pool) {
				const wrongAt = pts.filter(([x, y]) => !near(option.value(x, y), fd(form, k, x, y), 1e-3));
				expect(wrongAt.length, option.tex).toBeGreaterThan(0);
			}
			expect(new Set([form.right(k).tex, ...pool.map((o) => o.tex)]).size).toBe(pool.length + 1);
		}
	);
});

describe('WHICH_DERIVATIVE', () => {
	it('is the chain-rule generator with one form per op question', () => {
		expect(WHICH_DERIVATIVE.id).toBe('which-derivative');
		expect(WHICH_DERIVATIVE.concept).toBe('chain-rule');
		expect(new Set(WHICH_DERIVATIVE.forms).size).toBe(WHICH_DERIVATIVE.forms.length);
		const ops = new Set(FORMS.map((f) => f.op));
		for (const op of [
			'add',
			'sub',
			'mul',
			'div',
			'pow',
			'exp',
			'log',
			'sqrt',
			'sin',
			'cos',
			'tanh',
			'sigmoid',
			'relu',
			'softplus',
			'leakyRelu',
			'elu',
			'max',
			'abs',
			'neg'
		])
			expect(ops.has(op as FormDef['op']), op).toBe(true);
		expect(() => WHICH_DERIVATIVE.make('nope', 1)).toThrow(/nope/);
	});

	it('makes four shuffled options: the right one and three wrong ones from the table (100 seeds per form)', () => {
		for (const id of WHICH_DERIVATIVE.forms) {
			const form = formById(id);
			const letters = new Set<string>();
			for (const seed of SEEDS) {
				const q = WHICH_DERIVATIVE.make(id, seed) as ChoiceQuestion;
				expect(WHICH_DERIVATIVE.make(id, seed)).toEqual(q);
				expect(JSON.parse(JSON.stringify(q))).toEqual(q);
				expect([q.kind, q.id, q.seed, q.concept]).toEqual([
					'choice',
					`which-derivative.${id}`,
					seed,
					'chain-rule'
				]);
				expect(q.choices.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
				const answer = q.choices.find((c) => c.id === q.answer)!;
				letters.add(q.answer);
				const k = form.ks.find((v) => form.right(v).tex === answer.tex);
				expect(k, `${id} ${seed}`).toBeDefined();
				const pool = distractors(form, k!).map((o) => o.tex);
				const others = q.choices.filter((c) => c !== answer);
				for (const c of others) expect(pool).toContain(c.tex);
				expect(new Set(q.choices.map((c) => c.tex)).size).toBe(4);
				expect(q.promptTex).toContain(getOp(form.op).latex.render(form.texArgs(k!)));
				for (const c of others) expect(q.explanation.en).toContain(`$${c.tex}$`);
			}
			// The right option lands in several places, not always the same letter.
			expect(letters.size, id).toBeGreaterThanOrEqual(3);
		}
	});

	it('writes everything in both languages, and every TeX renders', () => {
		const render = (t: string) => katex.renderToString(t, { throwOnError: true });
		for (const id of WHICH_DERIVATIVE.forms) {
			for (const seed of SEEDS.slice(0, 6)) {
				const q = WHICH_DERIVATIVE.make(id, seed) as ChoiceQuestion;
				for (const t of [q.promptTex!, q.explanationTex!, ...q.choices.map((c) => c.tex!)])
					expect(() => render(t)).not.toThrow();
				for (const text of [q.prompt, q.explanation]) {
					expect(text.ko).toMatch(HANGUL);
					for (const lang of ['en', 'ko'] as const)
						for (const part of text[lang].split('$').filter((_, i) => i % 2 === 1))
							expect(() => render(part)).not.toThrow();
				}
				for (const c of q.choices) expect(c.text.en.length).toBeGreaterThan(0);
			}
		}
	});
});
