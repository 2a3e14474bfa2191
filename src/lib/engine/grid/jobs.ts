// Loss-grid jobs: plain serialisable descriptions of a 2-D (or 1-D) slice to evaluate, and their
// validation into a row evaluator. Every bad job becomes a GridJobError with a clear message.

import { parse } from '../expression';
import { Mlp } from '../mlp/Mlp';
import { slicePoint } from '../mlp/directions';
import type { MlpSpec } from '../mlp/spec';

export type Range = readonly [number, number];

export interface ExpressionJob {
	kind: 'expression';
	source: string;
	/** Variable along the columns. */
	x: string;
	/** Variable along the rows; omit for a 1-variable curve (one row of n values). */
	y?: string;
	/** Values for any other variables of the expression. */
	fixed?: Readonly<Record<string, number>>;
	bounds: { x: Range; y?: Range };
	n: number;
}

export interface MlpJob {
	kind: 'mlp';
	spec: MlpSpec;
	data: { X: ArrayLike<number>; y: ArrayLike<number> };
	theta: ArrayLike<number>;
	d1: ArrayLike<number>;
	d2: ArrayLike<number>;
	/** a scales d1 (columns), b scales d2 (rows). */
	range: { a: Range; b: Range };
	n: number;
}

export type GridJob = ExpressionJob | MlpJob;

export class GridJobError extends Error {
	override name = 'GridJobError';
}

/** A validated job: `rows` × `cols` values, filled one row at a time. */
export interface PreparedGrid {
	rows: number;
	cols: number;
	/** Writes row `row` into out[offset .. offset + cols). */
	fillRow(row: number, out: Float64Array, offset: number): void;
}

export const MIN_N = 2;
export const MAX_N = 1024;

/** The i-th of n evenly spaced values from range[0] to range[1] inclusive. */
export function gridValue(range: Range, i: number, n: number): number {
	return range[0] + ((range[1] - range[0]) * i) / (n - 1);
}

function checkRange(range: unknown, name: string): Range {
	const r = range as Range;
	if (
		!Array.isArray(r) ||
		r.length !== 2 ||
		!Number.isFinite(r[0]) ||
		!Number.isFinite(r[1]) ||
		!(r[0] < r[1])
	) {
		throw new GridJobError(
			`${name} must be [min, max] with finite min < max, got ${JSON.stringify(range)}`
		);
	}
	return r;
}

function checkN(n: unknown): number {
	if (!Number.isInteger(n) || (n as number) < MIN_N || (n as number) > MAX_N) {
		throw new GridJobError(`n must be an integer from ${MIN_N} to ${MAX_N}, got ${String(n)}`);
	}
	return n as number;
}

/** Validates `job` and returns its row evaluator; throws GridJobError (or ExpressionError) if bad. */
export function prepareJob(job: GridJob): PreparedGrid {
	if (job === null || typeof job !== 'object')
		throw new GridJobError('A grid job must be an object');
	if (job.kind === 'expression') return prepareExpression(job);
	if (job.kind === 'mlp') return prepareMlp(job);
	throw new GridJobError(
		`Unknown grid job kind "${String((job as { kind?: unknown }).kind)}"; expected expression or mlp`
	);
}

function prepareExpression(job: ExpressionJob): PreparedGrid {
	const n = checkN(job.n);
	const xRange = checkRange(job.bounds?.x, 'bounds.x');
	const yRange = job.y === undefined ? null : checkRange(job.bounds?.y, 'bounds.y');
	if (typeof job.source !== 'string') throw new GridJobError('source must be a string');
	const expr = parse(job.source);
	const at: Record<string, number> = { ...job.fixed };
	for (const name of expr.variables) {
		if (name !== job.x && name !== job.y && !Number.isFinite(at[name])) {
			throw new GridJobError(
				`Variable "${name}" is neither an axis nor given a finite value in fixed`
			);
		}
	}
	return {
		rows: yRange ? n : 1,
		cols: n,
		fillRow(row, out, offset) {
			if (yRange) at[job.y!] = gridValue(yRange, row, n);
			for (let col = 0; col < n; col++) {
				at[job.x] = gridValue(xRange, col, n);
				out[offset + col] = expr.value(at);
			}
		}
	};
}

function prepareMlp(job: MlpJob): PreparedGrid {
	const n = checkN(job.n);
	const aRange = checkRange(job.range?.a, 'range.a');
	const bRange = checkRange(job.range?.b, 'range.b');
	let mlp: Mlp;
	try {
		mlp = new Mlp(job.spec);
	} catch (e) {
		throw new GridJobError((e as Error).message);
	}
	const vector = (v: ArrayLike<number> | undefined, name: string) => {
		if (!v || v.length !== mlp.parameterCount) {
			throw new GridJobError(
				`${name} must have ${mlp.parameterCount} entries, got ${v?.length ?? 'none'}`
			);
		}
		return Float64Array.from(v);
	};
	const [theta, d1, d2] = [vector(job.theta, 'theta'), vector(job.d1, 'd1'), vector(job.d2, 'd2')];
	const X = Float64Array.from(job.data?.X ?? []);
	const y = Float64Array.from(job.data?.y ?? []);
	const scratch = new Float64Array(mlp.parameterCount);
	try {
		mlp.loss(theta, X, y); // checks the data's shape once, up front
	} catch (e) {
		throw new GridJobError((e as Error).message);
	}
	return {
		rows: n,
		cols: n,
		fillRow(row, out, offset) {
			const b = gridValue(bRange, row, n);
			for (let col = 0; col < n; col++) {
				out[offset + col] = mlp.loss(
					slicePoint(scratch, theta, d1, d2, gridValue(aRange, col, n), b),
					X,
					y
				);
			}
		}
	};
}
