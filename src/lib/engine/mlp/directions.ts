// Two-dimensional slices through an MLP's loss, as in Li et al. 2018, "Visualizing the Loss
// Landscape of Neural Nets": random Gaussian directions rescaled filter by filter (here neuron by
// neuron: each row of each W) to the norm of the weights they perturb, so the picture does not
// depend on how the network happens to be scaled. Biases get zero direction, the paper's default.

import type { Mlp } from './Mlp';
import { gaussian, mulberry32 } from './random';
import type { LayerLayout } from './spec';

/** A filter-normalised random direction for `theta`, seeded; same layout as the parameters. */
export function filterNormalizedDirection(
	layers: readonly LayerLayout[],
	theta: Float64Array,
	seed: number
): Float64Array {
	const random = mulberry32(seed);
	const d = new Float64Array(theta.length);
	for (const { inF, outF, wOffset } of layers) {
		for (let row = 0; row < outF; row++) {
			const start = wOffset + row * inF;
			let dNorm = 0;
			let wNorm = 0;
			for (let k = start; k < start + inF; k++) {
				d[k] = gaussian(random);
				dNorm += d[k] * d[k];
				wNorm += theta[k] * theta[k];
			}
			const scale = dNorm > 0 ? Math.sqrt(wNorm / dNorm) : 0;
			for (let k = start; k < start + inF; k++) d[k] *= scale;
		}
	}
	return d;
}

/** out = θ + a·d1 + b·d2. */
export function slicePoint(
	out: Float64Array,
	theta: Float64Array,
	d1: Float64Array,
	d2: Float64Array,
	a: number,
	b: number
): Float64Array {
	for (let i = 0; i < out.length; i++) out[i] = theta[i] + a * d1[i] + b * d2[i];
	return out;
}

/** Loss at θ + a·d1 + b·d2; `scratch` (parameter-sized) holds the point, so nothing is allocated. */
export function sliceLoss(
	mlp: Mlp,
	X: Float64Array,
	y: Float64Array,
	theta: Float64Array,
	d1: Float64Array,
	d2: Float64Array,
	a: number,
	b: number,
	scratch: Float64Array
): number {
	return mlp.loss(slicePoint(scratch, theta, d1, d2, a, b), X, y);
}
