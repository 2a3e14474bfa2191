// The Formula lab's model: parse what the learner typed and read the surface at a point — value,
// exact gradient and Hessian, and what the Hessian's eigenvalues say. Pure, so it is unit-tested.
import { ExpressionError, parse, type Expression } from '$lib/engine';
import { classify, symmetricEigenvalues, type Signature } from '$lib/landscapes';

export const DEFAULT_FORMULA = '(x^2 + y - 11)^2 + (x + y^2 - 7)^2';
export const DEFAULT_RANGE: readonly [number, number] = [-5, 5];

export type Parsed =
	{ ok: true; expr: Expression } | { ok: false; message: string; position: number };

export function parseFormula(source: string): Parsed {
	try {
		return { ok: true, expr: parse(source) };
	} catch (error) {
		if (error instanceof ExpressionError) {
			return { ok: false, message: error.message, position: error.position };
		}
		throw error;
	}
}

export interface Reading {
	value: number;
	gradient: Record<string, number>;
	gradientNorm: number;
	hessian: number[][];
	eigenvalues: number[];
	signature: Signature;
	/** The gradient is (numerically) zero here, so the signature names a critical point. */
	stationary: boolean;
}

/** Everything the lab shows about the surface at `at` (every variable must be present). */
export function readAt(expr: Expression, at: Record<string, number>): Reading {
	const value = expr.value(at);
	const gradient = expr.gradient(at);
	const hessian = expr.hessian(at);
	const finiteHessian = hessian.every((row) => row.every(Number.isFinite));
	const eigenvalues = finiteHessian && hessian.length ? symmetricEigenvalues(hessian) : [];
	const gradientNorm = Math.sqrt(Object.values(gradient).reduce((sum, g) => sum + g * g, 0));
	const scale = Math.max(1, Math.abs(value), ...eigenvalues.map(Math.abs));
	return {
		value,
		gradient,
		gradientNorm,
		hessian,
		eigenvalues,
		signature: eigenvalues.length ? classify(eigenvalues) : 'degenerate',
		stationary: Number.isFinite(gradientNorm) && gradientNorm <= 1e-9 * scale
	};
}

/** A number for display: short, and IEEE specials spelled out. */
export function formatNumber(value: number, digits = 5): string {
	if (Number.isNaN(value)) return 'NaN';
	if (value === Infinity) return '∞';
	if (value === -Infinity) return '−∞';
	if (value === 0) return '0';
	const abs = Math.abs(value);
	const text =
		abs >= 1e6 || abs < 1e-4
			? value.toExponential(digits - 1)
			: String(Number(value.toPrecision(digits)));
	return text.replace('-', '−');
}

/** TeX for a matrix of numbers. */
export function matrixTex(rows: readonly (readonly number[])[]): string {
	const cell = (v: number) => formatNumber(v).replace('−', '-').replace('∞', '\\infty');
	const body = rows.map((row) => row.map(cell).join(' & ')).join(' \\\\ ');
	return `\\begin{pmatrix} ${body} \\end{pmatrix}`;
}
