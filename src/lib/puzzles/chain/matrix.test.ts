import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { show } from '../numbers';
import type { Field, MatrixPuzzle, MatrixView, PuzzleDef } from '../types';
import { MATRIX_TIER } from './matrix';

const SEEDS = Array.from({ length: 100 }, (_, i) => (i * 2654435761) >>> 0);
const def = (id: string): PuzzleDef => MATRIX_TIER.puzzles.find((p) => p.id === id)!;
const make = (d: PuzzleDef, seed: number) => d.make(seed) as MatrixPuzzle;
const HANGUL = /[\uac00-\ud7a3]/;

/** A shown matrix as rows of numbers. */
function grid(p: MatrixPuzzle, name: string): number[][] {
	const v = p.matrices.find((m) => m.name === name) as MatrixView;
	return Array.from({ length: v.rows }, (_, r) =>
		Array.from({ length: v.cols }, (_, c) => v.values[r * v.cols + c] as number)
	);
}

/** dW, db, dX of Y = X·W + b by plain loops straight from the definitions. */
function reference(p: MatrixPuzzle): Record<string, number> {
	const [X, W, dY] = [grid(p, 'X'), grid(p, 'W'), grid(p, 'dY')];
	const [n, d, m] = [X.length, W.length, W[0].length];
	const out: Record<string, number> = {};
	for (let i = 0; i < d; i++)
		for (let j = 0; j < m; j++) {
			let s = 0;
			for (let k = 0; k < n; k++) s += X[k][i] * dY[k][j];
			out[`dW:${i}:${j}`] = s;
		}
	for (let j = 0; j < m; j++) out[`db:0:${j}`] = dY.reduce((s, row) => s + row[j], 0);
	for (let k = 0; k < n; k++)
		for (let i = 0; i < d; i++) {
			let s = 0;
			for (let j = 0; j < m; j++) s += dY[k][j] * W[i][j];
			out[`dX:${k}:${i}`] = s;
		}
	return out;
}

/** ∂/∂θ of L = Σ dY ⊙ (X·W + b) by central differences: the meaning of the backward pass. */
function finiteDifference(p: MatrixPuzzle, name: 'W' | 'b' | 'X', r: number, c: number): number {
	const loss = (X: number[][], W: number[][], b: number[][]) => {
		const dY = grid(p, 'dY');
		let s = 0;
		for (let k = 0; k < X.length; k++)
			for (let j = 0; j < W[0].length; j++) {
				let y = b[0][j];
				for (let i = 0; i < W.length; i++) y += X[k][i] * W[i][j];
				s += dY[k][j] * y;
			}
		return s;
	};
	const at = (delta: number) => {
		const m = { X: grid(p, 'X'), W: grid(p, 'W'), b: grid(p, 'b') };
		m[name][r][c] += delta;
		return loss(m.X, m.W, m.b);
	};
	return (at(1e-4) - at(-1e-4)) / 2e-4;
}

const explain = (d: PuzzleDef, p: MatrixPuzzle, f: Field, given: number) =>
	d.explain(p, f, given, new Map());

describe.each(['matrix.linear-2x2', 'matrix.linear-2x3'])('%s', (id) => {
	const d = def(id);

	it('is deterministic, JSON-safe and its blanks are exactly its fields', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			expect(make(d, seed)).toEqual(p);
			expect(JSON.parse(JSON.stringify(p))).toEqual(p);
			expect([p.id, p.seed, p.tier, p.version]).toEqual([id, seed, 'matrix', d.version]);
			const blanks = p.matrices.flatMap((v) =>
				v.values.flatMap((x, i) =>
					x === null ? [`${v.name}:${Math.floor(i / v.cols)}:${i % v.cols}`] : []
				)
			);
			expect(p.fields.map((f) => f.key)).toEqual(blanks);
		}
	});

	it('expects what plain loops and finite differences of the loss give, for 100 seeds', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			const ref = reference(p);
			expect(Object.keys(ref).sort()).toEqual(p.fields.map((f) => f.key).sort());
			for (const f of p.fields) {
				expect(f.expected).toBe(ref[f.key]);
				const [name, r, c] = f.key.split(':');
				const of = ({ dW: 'W', db: 'b', dX: 'X' } as const)[name as 'dW' | 'db' | 'dX'];
				expect(finiteDifference(p, of, Number(r), Number(c))).toBeCloseTo(f.expected, 6);
			}
		}
	});

	it('uses small whole numbers and no zero answers', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			for (const v of p.matrices)
				for (const x of v.values)
					if (x !== null) expect(Number.isInteger(x) && Math.abs(x) <= 3).toBe(true);
			for (const f of p.fields) expect(f.expected).not.toBe(0);
		}
	});

	it('names sign slips and transpositions, and nothing in a right answer', () => {
		let transposedSeen = 0;
		for (const seed of SEEDS) {
			const p = make(d, seed);
			const [X, W, dY] = [grid(p, 'X'), grid(p, 'W'), grid(p, 'dY')];
			const value = (key: string) => p.fields.find((f) => f.key === key)?.expected;
			for (const f of p.fields) {
				expect(explain(d, p, f, f.expected).mistake).toBeUndefined();
				expect(explain(d, p, f, -f.expected).mistake).toBe('sign-slip');
				// No slip in these puzzles is ever a half-integer away from the answer.
				expect(explain(d, p, f, f.expected + 0.5).mistake).toBeUndefined();
				const [name, rs, cs] = f.key.split(':');
				const [r, c] = [Number(rs), Number(cs)];
				const wrong: number[] = [];
				const mirror = value(`${name}:${c}:${r}`);
				if (name !== 'db' && r !== c && mirror !== undefined) wrong.push(mirror);
				if (name === 'db' && c < dY.length) wrong.push(dY[c].reduce((s, v) => s + v, 0));
				// X·dY instead of Xᵀ·dY, dY·W instead of dY·Wᵀ, where the sizes allow it.
				if (name === 'dW' && X[0].length === X.length)
					wrong.push(X[r].reduce((s, x, k) => s + x * dY[k][c], 0));
				if (name === 'dX' && W[0].length === W.length)
					wrong.push(dY[r].reduce((s, g, j) => s + g * W[j][c], 0));
				for (const w of wrong) {
					expect(w).not.toBe(f.expected);
					expect(explain(d, p, f, w).mistake).toBe('transposed');
					transposedSeen++;
				}
			}
		}
		expect(transposedSeen).toBeGreaterThan(500);
	});

	it('explains, hints and works every field in both languages with the right number', () => {
		for (const seed of SEEDS.slice(0, 20)) {
			const p = make(d, seed);
			for (const f of p.fields) {
				const right = show(f.expected);
				for (const text of [d.worked(p, f), explain(d, p, f, f.expected + 1).explanation]) {
					expect(text.en).toContain(`= ${right}`);
					expect(text.ko).toContain(`= ${right}`);
					expect(text.ko).toMatch(HANGUL);
				}
				const hint = d.hint(p, f);
				expect(hint.ko).toMatch(HANGUL);
				expect(hint.en).not.toContain('=  ');
				if (Math.abs(f.expected) > 2) expect(hint.en).not.toContain(right);
			}
		}
	});

	it('says the rule Σₙ X[n][r]·dY[n][c] with its terms', () => {
		const p = make(d, 12345);
		const f = p.fields.find((x) => x.key === 'dW:0:1')!;
		const X = grid(p, 'X');
		const dY = grid(p, 'dY');
		const terms = X.map(
			(row, n) =>
				`${row[0] < 0 ? `(${show(row[0])})` : show(row[0])}·${dY[n][1] < 0 ? `(${show(dY[n][1])})` : show(dY[n][1])}`
		);
		expect(d.worked(p, f).en).toContain(
			`dW[0][1] = Σₙ X[n][0]·dY[n][1] = ${terms.join(' + ')} = ${show(f.expected)}`
		);
	});
});

describe('matrix.shapes', () => {
	const d = def('matrix.shapes');

	it('asks the sizes of dW, db and dX, which are those of W, b and X', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			expect(make(d, seed)).toEqual(p);
			const size = (name: string) => p.matrices.find((m) => m.name === name)!;
			const [X, W, b, dY] = ['X', 'W', 'b', 'dY'].map(size);
			expect([dY.rows, dY.cols]).toEqual([X.rows, W.cols]);
			expect(W.rows).toBe(X.cols);
			expect(new Set([X.rows, X.cols, W.cols]).size).toBe(3);
			const want = {
				'dW.rows': W.rows,
				'dW.cols': W.cols,
				'db.size': b.cols,
				'dX.rows': X.rows,
				'dX.cols': X.cols
			};
			expect(Object.fromEntries(p.fields.map((f) => [f.key, f.expected]))).toEqual(want);
		}
	});

	it('names a shape the wrong way round, explains the batch size, and not a right answer', () => {
		for (const seed of SEEDS) {
			const p = make(d, seed);
			const [n, dd, m] = [p.matrices[0].rows, p.matrices[0].cols, p.matrices[1].cols];
			const swapped: Record<string, number> = {
				'dW.rows': m,
				'dW.cols': dd,
				'db.size': n,
				'dX.rows': dd,
				'dX.cols': n
			};
			for (const f of p.fields) {
				expect(explain(d, p, f, f.expected).mistake).toBeUndefined();
				const e = explain(d, p, f, swapped[f.key]);
				expect(e.mistake).toBe('transposed');
				expect(e.explanation.en).toContain(`: ${f.expected}.`);
				expect(e.explanation.ko).toMatch(HANGUL);
			}
			const batch = explain(d, p, p.fields[0], n);
			expect(batch.mistake).toBeUndefined();
			expect(batch.explanation.en).toContain('batch size');
		}
	});
});

describe('MATRIX_TIER', () => {
	it('holds the three matrix puzzles with stable ids, and every TeX renders', () => {
		expect(MATRIX_TIER.id).toBe('matrix');
		expect(MATRIX_TIER.puzzles.map((p) => p.id)).toEqual([
			'matrix.shapes',
			'matrix.linear-2x2',
			'matrix.linear-2x3'
		]);
		for (const d of MATRIX_TIER.puzzles) {
			expect(d.tier).toBe('matrix');
			const p = make(d, 0xffffffff);
			const tex = [p.formulaTex, ...p.fields.map((f) => f.tex), ...p.matrices.map((m) => m.tex)];
			for (const t of tex)
				expect(() => katex.renderToString(t, { throwOnError: true })).not.toThrow();
			for (const part of p.prompt.en.split('$').filter((_, i) => i % 2 === 1))
				expect(() => katex.renderToString(part, { throwOnError: true })).not.toThrow();
			expect(p.prompt.ko).toMatch(HANGUL);
			expect(() => d.hint(p, { ...p.fields[0], key: 'nope' })).toThrow(/nope/);
		}
	});
});
