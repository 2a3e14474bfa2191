// Training for the MLP landscapes: full-batch Adam (PyTorch's rule and defaults, as in the
// optimizers' CONTRACT.md) on the engine's flat-parameter MLP. Here because landscapes may import
// only the engine; the optimizers layer is for the learner's own runs.
import type { Mlp } from '../../engine';

export interface TrainOptions {
	steps: number;
	lr: number;
}

/** Trains `params` in place; returns the loss after the last step. Deterministic for its inputs. */
export function trainAdam(
	mlp: Mlp,
	params: Float64Array,
	X: Float64Array,
	y: Float64Array,
	{ steps, lr }: TrainOptions
): number {
	const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
	const grad = new Float64Array(params.length);
	const m = new Float64Array(params.length);
	const v = new Float64Array(params.length);
	for (let t = 1; t <= steps; t++) {
		mlp.lossAndGradient(params, X, y, grad);
		const c1 = 1 - beta1 ** t;
		const c2 = 1 - beta2 ** t;
		for (let i = 0; i < params.length; i++) {
			m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
			v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
			params[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
		}
	}
	return mlp.loss(params, X, y);
}
