// Objectives over a trained MLP: the 2-D slice θ* + a·d1 + b·d2 that the map draws, and the
// full-dimensional loss over every parameter (p0 … pN−1) that a learner's optimizer really walks.
// Both are means over the examples, with exact gradients from the engine's backprop; the slice's
// gradient is the chain rule ∂L/∂a = ∇L·d1, ∂L/∂b = ∇L·d2.
import { slicePoint, type Mlp } from '../../engine';
import type { Point } from '../types';
import type { StochasticLandscapeObjective } from './types';

/** A trained network on its data, with the slice through its weights. */
export interface TrainedMlp {
	mlp: Mlp;
	X: Float64Array;
	y: Float64Array;
	/** The trained weights θ*. */
	theta: Float64Array;
	d1: Float64Array;
	d2: Float64Array;
	/** Loss at θ* (the slice's value at a = b = 0). */
	loss: number;
}

/** Mean loss and its gradient at `params` over all examples, or only `indices`. */
function gradientAt(
	model: TrainedMlp,
	params: Float64Array,
	indices?: ArrayLike<number>
): Float64Array {
	const grad = new Float64Array(params.length);
	if (!indices) {
		model.mlp.lossAndGradient(params, model.X, model.y, grad);
		return grad;
	}
	if (indices.length < 1) throw new Error('batchGradient needs at least one example index');
	const features = model.X.length / model.y.length;
	const X = new Float64Array(indices.length * features);
	const y = new Float64Array(indices.length);
	for (let k = 0; k < indices.length; k++) {
		const i = indices[k];
		if (!(i >= 0 && i < model.y.length)) throw new Error(`Example index ${i} is out of range`);
		X.set(model.X.subarray(i * features, (i + 1) * features), k * features);
		y[k] = model.y[i];
	}
	model.mlp.lossAndGradient(params, X, y, grad);
	return grad;
}

const dot = (u: Float64Array, v: Float64Array) => u.reduce((s, ui, i) => s + ui * v[i], 0);

function coordinate(at: Point, name: string): number {
	const v = at[name];
	if (v === undefined) throw new Error(`Missing variable "${name}"`);
	return v;
}

/** The slice objective over (a, b); `model` is fetched on first use, so training stays lazy. */
export function sliceObjective(model: () => TrainedMlp): StochasticLandscapeObjective {
	const point = (at: Point) => {
		const m = model();
		return slicePoint(
			new Float64Array(m.theta.length),
			m.theta,
			m.d1,
			m.d2,
			coordinate(at, 'a'),
			coordinate(at, 'b')
		);
	};
	const project = (grad: Float64Array) => ({ a: dot(grad, model().d1), b: dot(grad, model().d2) });
	return {
		variables: ['a', 'b'],
		get size() {
			return model().y.length;
		},
		value: (at) => model().mlp.loss(point(at), model().X, model().y),
		gradient: (at) => project(gradientAt(model(), point(at))),
		batchGradient: (at, indices) => project(gradientAt(model(), point(at), indices))
	};
}

/** The loss over all parameters, named p0 … pN−1 in the engine's flat layout. */
export function fullObjective(model: TrainedMlp): StochasticLandscapeObjective {
	const variables = Array.from(model.theta, (_, i) => `p${i}`);
	const vector = (at: Point) => Float64Array.from(variables, (name) => coordinate(at, name));
	const record = (grad: Float64Array) => Object.fromEntries(variables.map((n, i) => [n, grad[i]]));
	return {
		variables,
		size: model.y.length,
		value: (at) => model.mlp.loss(vector(at), model.X, model.y),
		gradient: (at) => record(gradientAt(model, vector(at))),
		batchGradient: (at, indices) => record(gradientAt(model, vector(at), indices))
	};
}

/**
 * Least-squares coordinates (a, b) of each point p in the plane θ* + a·d1 + b·d2: the solution of
 * the 2×2 normal equations [d1·d1 d1·d2; d1·d2 d2·d2](a, b) = (d1·(p − θ*), d2·(p − θ*)).
 * The map shows these as a projection: a full-dimensional path is generally not in the plane.
 */
export function projectPath(
	model: TrainedMlp,
	points: readonly (Point | Float64Array)[]
): { a: number; b: number }[] {
	const { theta, d1, d2 } = model;
	const [g11, g12, g22] = [dot(d1, d1), dot(d1, d2), dot(d2, d2)];
	const det = g11 * g22 - g12 * g12;
	const offset = new Float64Array(theta.length);
	return points.map((p) => {
		for (let i = 0; i < theta.length; i++)
			offset[i] = (p instanceof Float64Array ? p[i] : coordinate(p, `p${i}`)) - theta[i];
		const [r1, r2] = [dot(d1, offset), dot(d2, offset)];
		return { a: (g22 * r1 - g12 * r2) / det, b: (g11 * r2 - g12 * r1) / det };
	});
}
