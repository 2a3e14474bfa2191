// A linear model on a small data set as an objective: prediction zᵢ = Φᵢ·θ (Φ the design matrix,
// one row per example, one column per variable) and a per-example loss ℓ(zᵢ, yᵢ), averaged.
//   squared:  ℓ = ½(yᵢ − zᵢ)²                       (linear regression, L = (1/2N)·Σ(y − ŷ)²)
//   logistic: ℓ = log(1 + e^z) − y·z = −log σ(±z)    (logistic regression, mean log loss)
// Value, gradient Σℓ′Φᵢ/N and Hessian Σℓ″ΦᵢΦᵢᵀ/N are closed forms, so all three are exact.
import { sigmoid, softplus, type ExpressionJob } from '../../engine';
import type { Bounds, Point } from '../types';
import { solve } from './solve';
import type { StochasticLandscapeObjective } from './types';

export type LinearLoss = 'squared' | 'logistic';

export class LinearModelObjective implements StochasticLandscapeObjective {
	readonly size: number;
	private readonly k: number;
	private readonly all: Int32Array;

	/** `design` is row-major (size × variables.length); `targets` has one entry per row. */
	constructor(
		readonly variables: readonly string[],
		readonly design: Float64Array,
		readonly targets: Float64Array,
		readonly loss: LinearLoss
	) {
		this.k = variables.length;
		this.size = targets.length;
		if (this.size < 1 || design.length !== this.size * this.k) {
			throw new Error(
				`Linear model: design has ${design.length} entries, expected ${this.size}×${this.k}`
			);
		}
		this.all = Int32Array.from({ length: this.size }, (_, i) => i);
	}

	value(at: Point): number {
		const theta = this.vector(at);
		let sum = 0;
		for (let i = 0; i < this.size; i++) {
			const z = this.predict(theta, i);
			const y = this.targets[i];
			sum += this.loss === 'squared' ? 0.5 * (y - z) ** 2 : softplus(z) - y * z;
		}
		return sum / this.size;
	}

	gradient(at: Point): Record<string, number> {
		return this.batchGradient(at, this.all);
	}

	batchGradient(at: Point, indices: Int32Array | readonly number[]): Record<string, number> {
		if (indices.length < 1) throw new Error('batchGradient needs at least one example index');
		const theta = this.vector(at);
		const g = new Array<number>(this.k).fill(0);
		for (const i of indices) {
			const z = this.predict(theta, i);
			const slope = this.loss === 'squared' ? z - this.targets[i] : sigmoid(z) - this.targets[i];
			for (let j = 0; j < this.k; j++) g[j] += slope * this.design[i * this.k + j];
		}
		return Object.fromEntries(this.variables.map((name, j) => [name, g[j] / indices.length]));
	}

	hessian(at: Point): number[][] {
		const theta = this.vector(at);
		const h = this.variables.map(() => new Array<number>(this.k).fill(0));
		for (let i = 0; i < this.size; i++) {
			const s = this.loss === 'squared' ? 1 : sigmoid(this.predict(theta, i));
			const curvature = this.loss === 'squared' ? 1 : s * (1 - s);
			for (let r = 0; r < this.k; r++)
				for (let c = 0; c < this.k; c++)
					h[r][c] += curvature * this.design[i * this.k + r] * this.design[i * this.k + c];
		}
		return h.map((row) => row.map((v) => v / this.size));
	}

	/**
	 * The minimiser, by Newton's method from θ = 0: one step for squared loss (the normal
	 * equations), a few for the logistic loss, which is strictly convex when the classes overlap.
	 */
	minimum(): Point {
		let at: Record<string, number> = Object.fromEntries(this.variables.map((v) => [v, 0]));
		for (let step = 0; step < 50; step++) {
			const g = this.gradient(at);
			const delta = solve(
				this.hessian(at),
				this.variables.map((v) => g[v])
			);
			at = Object.fromEntries(this.variables.map((v, j) => [v, at[v] - delta[j]]));
			if (
				Math.max(...delta.map(Math.abs)) <
				1e-14 * (1 + Math.max(...Object.values(at).map(Math.abs)))
			)
				return at;
		}
		throw new Error('Linear model: no finite minimum (are the classes linearly separable?)');
	}

	/** The same loss as an engine formula, Σ over the examples (the grid worker parses it). */
	formula(): string {
		const terms: string[] = [];
		for (let i = 0; i < this.size; i++) {
			const z = this.variables.map((v, j) => `(${this.design[i * this.k + j]})*${v}`).join(' + ');
			const y = this.targets[i];
			if (this.loss === 'squared') terms.push(`(${y} - (${z}))^2`);
			else terms.push(y === 1 ? `softplus(-(${z}))` : `softplus(${z})`);
		}
		const scale = (this.loss === 'squared' ? 0.5 : 1) / this.size;
		return `${scale}*(${terms.join(' + ')})`;
	}

	/** An engine job for an n×n grid (n values for one variable) over `bounds`. */
	gridJob(bounds: Bounds, n: number): ExpressionJob {
		const [x, y] = this.variables;
		return {
			kind: 'expression',
			source: this.formula(),
			x,
			y,
			bounds: { x: bounds[x], y: y === undefined ? undefined : bounds[y] },
			n
		};
	}

	private vector(at: Point): Float64Array {
		return Float64Array.from(this.variables, (name) => {
			const v = at[name];
			if (v === undefined) throw new Error(`Missing variable "${name}"`);
			return v;
		});
	}

	private predict(theta: Float64Array, i: number): number {
		let z = 0;
		for (let j = 0; j < this.k; j++) z += theta[j] * this.design[i * this.k + j];
		return z;
	}
}
