import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { show } from '../numbers';
import type { Field, GradcheckPuzzle, PuzzleDef } from '../types';
import { GRADCHECK_TIER } from './gradcheck';
import { instance } from './gradcheck-centred';
import { FUNCTIONS } from './gradcheck-functions';
import { stepInstance } from './gradcheck-step';

const SEEDS = Array.from({ length: 100 }, (_, i) => (i * 2654435761 + 17) >>> 0);
const HANGUL = /[\uac00-\ud7a3]/;
const def = (id: string): PuzzleDef => GRADCHECK_TIER.puzzles.find((p) => p.id === id)!;
const make = (d: PuzzleDef, seed: number) => d.make(seed) as GradcheckPuzzle;
const explain = (d: PuzzleDef, p: GradcheckPuzzle, f: Field, given: number) =>
	d.explain(p, f, given, new Map());

/** Each function and its derivative written out by hand, independent of the engine. */
const PLAIN: Record<string, [(x: number) => number, (x: number) => number]> = {
	cube: [(x) => x * x * x, (x) => 3 * x * x],
	exp: [Math.exp, Math.exp],
	sigmoid: [(x) => 1 / (1 + Math.exp(-x)), (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2],
	sin: [Math.sin, Math.cos],
	log: [Math.log, (x) => 1 / x],
	tanh: [Math.tanh, (x) => 1 / Math.cosh(x) ** 2],
	'x-exp': [(x) => x * Math.exp(x), (x) => (1 + x) * Math.exp(x)]
};

const close = (a: number, b: number, rel: number) =>
	expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b)));

it('has a hand-written reference for every function of the family', () => {
	expect(Object.keys(PLAIN).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
	for (const fn of FUNCTIONS) {
		const [f, df] = PLAIN[fn.id];
		// The hand-written derivative is itself checked by a finite difference.
		for (const x of [fn.lo, (fn.lo + fn.hi) / 2, fn.hi])
			close(df(x), (f(x + 1e-6) - f(x - 1e-6)) / 2e-6, 1e-7);
	}
});

describe('gradcheck.centred', () => {
	const d = def('gradcheck.centred');

	it('expects the hand-computed centred difference, derivative and relative error (100 seeds)', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			expect(make(d, seed)).toEqual(p);
			expect(JSON.parse(JSON.stringify(p))).toEqual(p);
			const { c, h } = instance(seed);
			expect(p.prompt.en).toContain(`$x = ${show(c.x)}$`);
			expect(p.prompt.en).toContain(`$h = ${show(h)}$`);
			const [f, df] = PLAIN[c.fn.id];
			const n = (f(c.x + h) - f(c.x - h)) / (2 * h);
			const a = df(c.x);
			const want = {
				numerical: n,
				analytic: a,
				relativeError: Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n))
			};
			const got = Object.fromEntries(p.fields.map((x) => [x.key, x.expected]));
			expect(Object.keys(got)).toEqual(['numerical', 'analytic', 'relativeError']);
			for (const key of Object.keys(want) as (keyof typeof want)[])
				close(got[key], want[key], 1e-9);
			close(p.analytic, a, 1e-12);
			expect(p.rows).toEqual([]);
			// Large enough to tell apart at the stated two-decimal tolerance.
			expect(Math.abs(n - a)).toBeGreaterThanOrEqual(0.02);
			expect(want.relativeError).toBeGreaterThanOrEqual(0.02);
		}
	});

	it('names sign slips and σ for σ′, explains other slips, and names nothing in a right answer', () => {
		let sigmoids = 0;
		for (const seed of SEEDS) {
			const p = make(d, seed);
			const { c, h } = instance(seed);
			const [f, df] = PLAIN[c.fn.id];
			const [num, ana] = p.fields;
			for (const field of p.fields) {
				expect(explain(d, p, field, field.expected).mistake).toBeUndefined();
				expect(explain(d, p, field, -field.expected).mistake).toBe('sign-slip');
			}
			const forward = explain(d, p, num, (f(c.x + h) - f(c.x)) / h);
			expect(forward.mistake).toBeUndefined();
			expect(forward.explanation.en).toContain('forward difference');
			expect(explain(d, p, num, df(c.x)).explanation.en).toContain('truncation error');
			if (c.fn.id === 'sigmoid') {
				sigmoids++;
				expect(explain(d, p, ana, f(c.x)).mistake).toBe('sigma-not-derivative');
			}
		}
		expect(sigmoids).toBeGreaterThan(0);
	});

	it('works every field with its number, in both languages', () => {
		for (const seed of SEEDS.slice(0, 30)) {
			const p = make(d, seed);
			for (const f of p.fields) {
				const w = d.worked(p, f);
				expect(w.en).toContain(show(f.expected, f.key === 'relativeError' ? 4 : 6));
				expect(w.ko).toContain(show(f.expected, f.key === 'relativeError' ? 4 : 6));
				expect(d.hint(p, f).ko).toMatch(HANGUL);
				expect(explain(d, p, f, f.expected + 7.777).explanation).toEqual(w);
			}
		}
	});
});

describe('gradcheck.choose-h', () => {
	const d = def('gradcheck.choose-h');

	it('tabulates h = 10⁰ … 10⁻¹² with the centred difference and its relative error (100 seeds)', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			expect(make(d, seed)).toEqual(p);
			const { c } = stepInstance(seed);
			const [f, df] = PLAIN[c.fn.id];
			close(p.analytic, df(c.x), 1e-12);
			expect(p.rows.map((r) => r.h)).toEqual([
				1, 0.1, 0.01, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12
			]);
			for (const r of p.rows) {
				const rel =
					Math.abs(p.analytic - r.numerical) /
					Math.max(Math.abs(p.analytic), Math.abs(r.numerical));
				close(r.relativeError, rel, 1e-12);
				// Above the round-off floor the hand-written f gives the same difference quotient.
				if (r.h >= 1e-4) close(r.numerical, (f(c.x + r.h) - f(c.x - r.h)) / (2 * r.h), 1e-7);
			}
		}
	});

	it('shows truncation falling like h², round-off growing, and one clear best row', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			const e = p.rows.map((r) => r.relativeError);
			const k = p.fields[0].expected;
			expect(p.fields[0].key).toBe('bestExponent');
			expect(e[-k]).toBe(Math.min(...e));
			for (const [j, x] of e.entries()) if (j !== -k) expect(e[-k]).toBeLessThan(0.5 * x);
			// Two rows apart in the truncation regime the error falls about 10⁴-fold (∝ h²).
			expect(e[1] / e[3]).toBeGreaterThan(5e3);
			expect(e[1] / e[3]).toBeLessThan(2e4);
			expect(e[12]).toBeGreaterThan(100 * e[-k]);
			expect(k).toBeGreaterThanOrEqual(-8);
			expect(k).toBeLessThanOrEqual(-3);
		}
	});

	it('explains a step too large as truncation and too small as round-off', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			const field = p.fields[0];
			const k = field.expected;
			expect(explain(d, p, field, k).mistake).toBeUndefined();
			const large = explain(d, p, field, k + 1).explanation;
			expect(large.en).toContain('truncation');
			expect(large.ko).toContain('절단');
			const small = explain(d, p, field, k - 1).explanation;
			expect(small.en).toContain('round');
			expect(small.ko).toContain('반올림');
			expect(explain(d, p, field, -k).mistake).toBe('sign-slip');
			expect(explain(d, p, field, -2.5).explanation.en).toContain('whole number');
			expect(d.worked(p, field).en).toContain(`k = ${show(k)}`);
		}
	});
});

describe('GRADCHECK_TIER', () => {
	it('holds both puzzles, and every TeX renders', () => {
		expect(GRADCHECK_TIER.id).toBe('gradcheck');
		expect(GRADCHECK_TIER.puzzles.map((p) => p.id)).toEqual([
			'gradcheck.centred',
			'gradcheck.choose-h'
		]);
		for (const d of GRADCHECK_TIER.puzzles) {
			for (const seed of [0, 1, 0xffffffff]) {
				const p = make(d, seed);
				expect(p.tier).toBe('gradcheck');
				const parts = p.prompt.en.split('$').filter((_, i) => i % 2 === 1);
				for (const t of [p.formulaTex, ...p.fields.map((f) => f.tex), ...parts])
					expect(() => katex.renderToString(t, { throwOnError: true })).not.toThrow();
				expect(p.prompt.ko).toMatch(HANGUL);
			}
		}
	});
});
