// Numerical gradient checking: compares an analytic gradient with central differences.
// The step h is a real choice: too large and truncation error (O(h²) for central differences)
// dominates, too small and floating-point round-off in f(x+h) − f(x−h) (≈ ε·|f| / h) dominates.
// h = 1e-5 balances the two for float64 functions of moderate size.
import type { Expression } from './expression';

export interface GradcheckResult {
	numerical: Float64Array;
	analytic: Float64Array;
	relativeErrors: Float64Array;
	maxRelativeError: number;
	h: number;
}

export interface GradcheckOptions {
	/** Finite-difference step; default 1e-5. */
	h?: number;
}

/**
 * Floor of the relative-error denominator. Where the true gradient is ~0, the numerical one is only
 * accurate to ~1e-10 absolute, so dividing by |a| or |n| alone would turn noise into a huge relative
 * error. With the floor, coordinates whose both values are below 1e-8 are judged by absolute error
 * scaled by 1e8 — still strict (an absolute error of 1e-12 reads as 1e-4).
 */
export const RELATIVE_ERROR_FLOOR = 1e-8;

export const DEFAULT_H = 1e-5;

/** Central-difference gradient of f at x. */
export function numericalGradient(
	f: (x: Float64Array) => number,
	x: ArrayLike<number>,
	h = DEFAULT_H
): Float64Array {
	if (!(h > 0) || !Number.isFinite(h))
		throw new Error(`gradcheck: h must be a positive number, got ${h}`);
	const point = Float64Array.from(x);
	const out = new Float64Array(point.length);
	for (let i = 0; i < point.length; i++) {
		const xi = point[i];
		point[i] = xi + h;
		const plus = f(point);
		point[i] = xi - h;
		const minus = f(point);
		point[i] = xi;
		out[i] = (plus - minus) / (2 * h);
	}
	return out;
}

/** |a − n| / max(|a|, |n|, RELATIVE_ERROR_FLOOR); NaN anywhere gives NaN (a failure, never a pass). */
export function relativeError(a: number, n: number): number {
	return Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), RELATIVE_ERROR_FLOOR);
}

export function gradcheck(
	f: (x: Float64Array) => number,
	analytic: ArrayLike<number>,
	x: ArrayLike<number>,
	options: GradcheckOptions = {}
): GradcheckResult {
	if (analytic.length !== x.length) {
		throw new Error(`gradcheck: analytic has ${analytic.length} entries but x has ${x.length}`);
	}
	const h = options.h ?? DEFAULT_H;
	const numerical = numericalGradient(f, x, h);
	const a = Float64Array.from(analytic);
	const relativeErrors = new Float64Array(a.length);
	let maxRelativeError = 0;
	for (let i = 0; i < a.length; i++) {
		const e = relativeError(a[i], numerical[i]);
		relativeErrors[i] = e;
		// NaN must propagate to the max so a broken gradient never looks fine.
		if (!(e <= maxRelativeError)) maxRelativeError = e;
	}
	return { numerical, analytic: a, relativeErrors, maxRelativeError, h };
}

/** gradcheck for an Expression: its exact gradient against central differences of its value. */
export function gradcheckExpression(
	expr: Expression,
	at: Record<string, number>,
	options: GradcheckOptions = {}
): GradcheckResult {
	const names = expr.variables;
	const env: Record<string, number> = { ...at };
	const f = (x: Float64Array): number => {
		for (let i = 0; i < names.length; i++) env[names[i]] = x[i];
		return expr.value(env);
	};
	const x = names.map((n) => {
		const v = at[n];
		if (v === undefined) throw new Error(`gradcheck: missing value for variable "${n}"`);
		return v;
	});
	const grad = expr.gradient(at);
	return gradcheck(
		f,
		names.map((n) => grad[n]),
		x,
		options
	);
}
