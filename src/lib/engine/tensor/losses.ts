// Loss functions and weight penalties, each returning the loss and (when given a buffer) writing its
// gradient in the same pass. Data losses are means over their elements, as PyTorch and TF.js do.

import { sigmoid } from './activations';

/**
 * Mean binary cross-entropy of logits z against targets y in [0, 1], over n elements.
 * Per element max(z, 0) − z·y + log1p(exp(−|z|)): exp never overflows, so z = ±800 stays finite.
 * dz (overwritten unless null) gets (σ(z) − y) / n.
 */
export function bceWithLogits(
	z: Float64Array,
	y: Float64Array,
	n: number,
	dz: Float64Array | null
): number {
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const zi = z[i];
		sum += (zi > 0 ? zi : 0) - zi * y[i] + Math.log1p(Math.exp(-Math.abs(zi)));
		if (dz) dz[i] = (sigmoid(zi) - y[i]) / n;
	}
	return sum / n;
}

/**
 * Mean softmax cross-entropy of logits (batch×classes) against integer class labels (batch), using
 * log-sum-exp shifted by each row's maximum so large logits cannot overflow.
 * dLogits (overwritten unless null) gets (softmax − onehot) / batch.
 */
export function softmaxCrossEntropy(
	logits: Float64Array,
	labels: Float64Array,
	batch: number,
	classes: number,
	dLogits: Float64Array | null
): number {
	let sum = 0;
	for (let i = 0; i < batch; i++) {
		const row = i * classes;
		let max = -Infinity;
		for (let c = 0; c < classes; c++) if (logits[row + c] > max) max = logits[row + c];
		let total = 0;
		for (let c = 0; c < classes; c++) total += Math.exp(logits[row + c] - max);
		const logTotal = Math.log(total);
		const label = labels[i];
		sum += max + logTotal - logits[row + label];
		if (dLogits) {
			for (let c = 0; c < classes; c++) {
				const p = Math.exp(logits[row + c] - max - logTotal);
				dLogits[row + c] = (p - (c === label ? 1 : 0)) / batch;
			}
		}
	}
	return sum / batch;
}

/** In place: each row of `values` (batch×classes) becomes its softmax, shifted by the row maximum. */
export function softmaxRows(values: Float64Array, batch: number, classes: number): void {
	for (let i = 0; i < batch; i++) {
		const row = i * classes;
		let max = -Infinity;
		for (let c = 0; c < classes; c++) if (values[row + c] > max) max = values[row + c];
		let total = 0;
		for (let c = 0; c < classes; c++) total += values[row + c] = Math.exp(values[row + c] - max);
		for (let c = 0; c < classes; c++) values[row + c] /= total;
	}
}

/** Mean of (pred − target)² over n elements; dPred (overwritten unless null) gets 2(pred − target)/n. */
export function meanSquaredError(
	pred: Float64Array,
	target: Float64Array,
	n: number,
	dPred: Float64Array | null
): number {
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const r = pred[i] - target[i];
		sum += r * r;
		if (dPred) dPred[i] = (2 * r) / n;
	}
	return sum / n;
}

/** λ·Σw² over w; adds 2λw to grad (accumulates: a penalty joins the data loss's gradient). */
export function l2Penalty(w: Float64Array, lambda: number, grad: Float64Array | null): number {
	let sum = 0;
	for (let i = 0; i < w.length; i++) {
		sum += w[i] * w[i];
		if (grad) grad[i] += 2 * lambda * w[i];
	}
	return lambda * sum;
}

/** λ·Σ|w| over w; adds λ·sign(w) to grad, with sign(0) = 0 as in PyTorch. */
export function l1Penalty(w: Float64Array, lambda: number, grad: Float64Array | null): number {
	let sum = 0;
	for (let i = 0; i < w.length; i++) {
		sum += Math.abs(w[i]);
		if (grad) grad[i] += lambda * Math.sign(w[i]);
	}
	return lambda * sum;
}
