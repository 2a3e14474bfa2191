// What a multilayer perceptron is (its spec) and where each parameter lives in the ONE flat
// parameter vector. Layout, layer by layer from the input: W (out × in, row-major, so a row is one
// neuron's incoming weights, as in PyTorch's nn.Linear), then b (out). Optimizers, landscape
// directions and the server all see just that Float64Array.

import { activations, type ActivationName } from '../tensor/activations';

export type OutputKind = 'sigmoid-bce' | 'softmax-ce' | 'linear-mse';

export interface MlpSpec {
	inputs: number;
	hidden: number[];
	outputs: number;
	activation: ActivationName;
	output: OutputKind;
	/** λ of the penalty λ·Σw² over all weights (not biases). */
	l2?: number;
	/** λ of the penalty λ·Σ|w| over all weights (not biases). */
	l1?: number;
}

export interface LayerLayout {
	inF: number;
	outF: number;
	/** Offset of W (outF × inF) in the flat vector. */
	wOffset: number;
	/** Offset of b (outF) in the flat vector. */
	bOffset: number;
}

const OUTPUTS: readonly OutputKind[] = ['sigmoid-bce', 'softmax-ce', 'linear-mse'];

function checkCount(value: unknown, name: string): void {
	if (!Number.isInteger(value) || (value as number) < 1) {
		throw new Error(`MLP spec: ${name} must be a positive integer, got ${String(value)}`);
	}
}

function checkPenalty(value: unknown, name: string): void {
	if (value !== undefined && !(typeof value === 'number' && value >= 0 && Number.isFinite(value))) {
		throw new Error(`MLP spec: ${name} must be a finite number ≥ 0, got ${String(value)}`);
	}
}

/** Throws an Error naming the first bad field of `spec`. */
export function validateSpec(spec: MlpSpec): void {
	checkCount(spec.inputs, 'inputs');
	checkCount(spec.outputs, 'outputs');
	if (!Array.isArray(spec.hidden))
		throw new Error('MLP spec: hidden must be an array of layer widths');
	spec.hidden.forEach((width, i) => checkCount(width, `hidden[${i}]`));
	if (!Object.hasOwn(activations, spec.activation)) {
		throw new Error(`MLP spec: unknown activation "${spec.activation}"`);
	}
	if (!OUTPUTS.includes(spec.output)) {
		throw new Error(`MLP spec: output must be one of ${OUTPUTS.join(', ')}, got "${spec.output}"`);
	}
	if (spec.output === 'softmax-ce' && spec.outputs < 2) {
		throw new Error('MLP spec: softmax-ce needs at least 2 outputs');
	}
	checkPenalty(spec.l2, 'l2');
	checkPenalty(spec.l1, 'l1');
}

/** Each layer's shape and offsets in the flat parameter vector, input layer first. */
export function parameterLayout(spec: MlpSpec): LayerLayout[] {
	const widths = [spec.inputs, ...spec.hidden, spec.outputs];
	const layers: LayerLayout[] = [];
	let offset = 0;
	for (let l = 0; l + 1 < widths.length; l++) {
		const [inF, outF] = [widths[l], widths[l + 1]];
		layers.push({ inF, outF, wOffset: offset, bOffset: offset + inF * outF });
		offset += inF * outF + outF;
	}
	return layers;
}

/** Length of the flat parameter vector. */
export function parameterCount(spec: MlpSpec): number {
	const last = parameterLayout(spec).at(-1)!;
	return last.bOffset + last.outF;
}
