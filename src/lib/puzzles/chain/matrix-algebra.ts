// Small dense matrices for the matrix tier: row-major number arrays with their shape, products by
// the engine's tensor kernels, and the ways of writing them into a puzzle and reading them back.
import { tensor } from '../../engine';
import { show } from '../numbers';
import type { MatrixView, Puzzle } from '../types';

export interface Mat {
	readonly rows: number;
	readonly cols: number;
	/** Row-major. */
	readonly values: readonly number[];
}

export const mat = (rows: number, cols: number, values: ArrayLike<number>): Mat => ({
	rows,
	cols,
	values: Array.from(values)
});

export const at = (a: Mat, r: number, c: number): number => a.values[r * a.cols + c];

/** Whether (r, c) lies inside `a`. */
export const inside = (a: Mat, r: number, c: number): boolean =>
	r >= 0 && c >= 0 && r < a.rows && c < a.cols;

export function transpose(a: Mat): Mat {
	const out: number[] = [];
	for (let c = 0; c < a.cols; c++) for (let r = 0; r < a.rows; r++) out.push(at(a, r, c));
	return mat(a.cols, a.rows, out);
}

/** a·b by the engine's matmul, or undefined when the inner sizes do not match. */
export function product(a: Mat, b: Mat): Mat | undefined {
	if (a.cols !== b.rows) return undefined;
	const out = new Float64Array(a.rows * b.cols);
	tensor.matmul(
		out,
		Float64Array.from(a.values),
		Float64Array.from(b.values),
		a.rows,
		a.cols,
		b.cols
	);
	return mat(a.rows, b.cols, out);
}

/** A matrix shown in full (`blank` false) or with every entry a field to fill. */
export function toView(name: string, tex: string, a: Mat, blank = false): MatrixView {
	return {
		name,
		tex,
		rows: a.rows,
		cols: a.cols,
		values: blank ? a.values.map(() => null) : [...a.values]
	};
}

/** The shown matrix `name` of a matrix puzzle (blanks read as NaN). */
export function fromView(puzzle: Puzzle, name: string): Mat {
	if (puzzle.kind !== 'matrix') throw new Error(`Puzzle "${puzzle.id}" has no matrices`);
	const view = puzzle.matrices.find((v) => v.name === name);
	if (!view) throw new Error(`Puzzle "${puzzle.id}" shows no matrix "${name}"`);
	return mat(
		view.rows,
		view.cols,
		view.values.map((v) => v ?? NaN)
	);
}

/** A factor in a written-out sum: negative numbers in parentheses, `−` as the minus sign. */
export const factor = (v: number): string => (v < 0 ? `(${show(v)})` : show(v));

/** "a·b + c·d" for the pairs, in order. */
export const sumOfProducts = (pairs: readonly (readonly [number, number])[]): string =>
	pairs.map(([a, b]) => `${factor(a)}·${factor(b)}`).join(' + ');

/** Parses a field key `${name}:${r}:${c}`; undefined for any other key. */
export function entryKey(key: string): { name: string; r: number; c: number } | undefined {
	const m = /^(\w+):(\d+):(\d+)$/.exec(key);
	return m ? { name: m[1], r: Number(m[2]), c: Number(m[3]) } : undefined;
}
