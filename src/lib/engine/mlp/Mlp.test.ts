// The MLP's loss and full gradient against TensorFlow.js (float32) for every activation and output
// kind, and against central differences in float64.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEAKY_SLOPE } from '../tensor/activations';
import { expectGradcheck, randomArray, seeded } from '../tensor/test-helpers';
import { initParameters } from './init';
import { Mlp } from './Mlp';
import { parameterLayout, type MlpSpec, type OutputKind } from './spec';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const f32 = (a: ArrayLike<number>) => Float32Array.from(a);

const tfActivation: Record<MlpSpec['activation'], (x: tf.Tensor) => tf.Tensor> = {
	sigmoid: (x) => tf.sigmoid(x),
	tanh: (x) => tf.tanh(x),
	relu: (x) => tf.relu(x),
	leakyRelu: (x) => tf.leakyRelu(x, LEAKY_SLOPE),
	elu: (x) => tf.elu(x)
};

/** The same network built in TF.js from the flat parameter vector; returns loss and flat gradient. */
function tfLossAndGradient(spec: MlpSpec, params: Float64Array, X: Float64Array, y: Float64Array) {
	const layers = parameterLayout(spec);
	const rows = X.length / spec.inputs;
	tf.engine().startScope(); // like tf.tidy, which cannot return plain numbers
	try {
		const vars = layers.flatMap(({ inF, outF, wOffset, bOffset }) => [
			tf.tensor2d(f32(params.slice(wOffset, bOffset)), [outF, inF]),
			tf.tensor1d(f32(params.slice(bOffset, bOffset + outF)))
		]);
		const x = tf.tensor2d(f32(X), [rows, spec.inputs]);
		const f = (...p: tf.Tensor[]) => {
			let h: tf.Tensor = x;
			layers.forEach((_, l) => {
				h = tf.add(tf.matMul(h as tf.Tensor2D, p[2 * l] as tf.Tensor2D, false, true), p[2 * l + 1]);
				if (l < layers.length - 1) h = tfActivation[spec.activation](h);
			});
			let loss: tf.Tensor;
			if (spec.output === 'sigmoid-bce')
				loss = tf.losses.sigmoidCrossEntropy(tf.tensor2d(f32(y), [rows, spec.outputs]), h);
			else if (spec.output === 'softmax-ce')
				loss = tf.losses.softmaxCrossEntropy(
					tf.oneHot(tf.tensor1d(Int32Array.from(y), 'int32'), spec.outputs),
					h
				);
			else loss = tf.losses.meanSquaredError(tf.tensor2d(f32(y), [rows, spec.outputs]), h);
			for (let l = 0; l < layers.length; l++) {
				if (spec.l2) loss = tf.add(loss, tf.mul(spec.l2, tf.sum(tf.square(p[2 * l]))));
				if (spec.l1) loss = tf.add(loss, tf.mul(spec.l1, tf.sum(tf.abs(p[2 * l]))));
			}
			return loss as tf.Scalar;
		};
		const { value, grads } = tf.valueAndGrads(f)(vars);
		const flat = Float64Array.from(tf.concat(grads.map((g) => tf.reshape(g, [-1]))).dataSync());
		return { loss: value.dataSync()[0], grad: flat };
	} finally {
		tf.engine().endScope();
	}
}

function problem(output: OutputKind, seed: number, rows = 12) {
	const rnd = seeded(seed);
	const outputs = output === 'softmax-ce' ? 3 : output === 'linear-mse' ? 2 : 1;
	const X = randomArray(rnd, rows * 2);
	const y =
		output === 'softmax-ce'
			? Float64Array.from({ length: rows }, () => Math.floor(rnd() * 3))
			: output === 'sigmoid-bce'
				? Float64Array.from({ length: rows * outputs }, () => (rnd() < 0.5 ? 0 : 1))
				: randomArray(rnd, rows * outputs);
	return { X, y, outputs };
}

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu'] as const;
const OUTPUTS = ['sigmoid-bce', 'softmax-ce', 'linear-mse'] as const;
const cases = ACTIVATIONS.flatMap((activation) =>
	OUTPUTS.map((output) => [activation, output] as const)
);

describe('Mlp against TensorFlow.js', () => {
	it.each(cases)(
		'%s hidden, %s output: loss and full gradient agree (float32)',
		(activation, output) => {
			const { X, y, outputs } = problem(output, 42);
			const spec: MlpSpec = {
				inputs: 2,
				hidden: [5, 4],
				outputs,
				activation,
				output,
				l2: 0.01,
				l1: 0.005
			};
			const mlp = new Mlp(spec);
			const params = initParameters(spec, 7);
			for (let i = 0; i < params.length; i++) params[i] += 0.1 * Math.sin(i + 1); // non-zero biases
			const grad = new Float64Array(mlp.parameterCount);
			const loss = mlp.lossAndGradient(params, X, y, grad);
			const ref = tfLossAndGradient(spec, params, X, y);
			expect(loss).toBeCloseTo(ref.loss, 5);
			expect(mlp.loss(params, X, y)).toBe(loss);
			grad.forEach((g, i) =>
				expect(Math.abs(g - ref.grad[i])).toBeLessThan(1e-5 + 1e-4 * Math.abs(g))
			);
		}
	);

	it('keeps agreeing when one instance sees different batch sizes', () => {
		const spec: MlpSpec = {
			inputs: 2,
			hidden: [6],
			outputs: 1,
			activation: 'tanh',
			output: 'sigmoid-bce'
		};
		const mlp = new Mlp(spec, 4);
		const params = initParameters(spec, 3);
		for (const rows of [4, 20, 3]) {
			const { X, y } = problem('sigmoid-bce', rows, rows);
			const grad = new Float64Array(mlp.parameterCount);
			const ref = tfLossAndGradient(spec, params, X, y);
			expect(mlp.lossAndGradient(params, X, y, grad)).toBeCloseTo(ref.loss, 5);
			grad.forEach((g, i) =>
				expect(Math.abs(g - ref.grad[i])).toBeLessThan(1e-5 + 1e-4 * Math.abs(g))
			);
		}
	});
});

describe('Mlp gradient against finite differences (float64)', () => {
	it.each(cases)('%s hidden, %s output', (activation, output) => {
		const { X, y, outputs } = problem(output, 5, 8);
		const spec: MlpSpec = { inputs: 2, hidden: [4, 3], outputs, activation, output, l2: 0.02 };
		const mlp = new Mlp(spec);
		const params = initParameters(spec, 11);
		for (let i = 0; i < params.length; i++) params[i] += 0.05 * Math.cos(3 * i);
		const grad = new Float64Array(mlp.parameterCount);
		mlp.lossAndGradient(params, X, y, grad);
		expectGradcheck((p) => mlp.loss(p, X, y), grad, params);
	});
});

describe('Mlp API', () => {
	const spec: MlpSpec = {
		inputs: 2,
		hidden: [3],
		outputs: 3,
		activation: 'relu',
		output: 'softmax-ce'
	};

	it('predicts probabilities that match TF.js softmax', () => {
		const mlp = new Mlp(spec);
		const params = initParameters(spec, 2);
		const X = Float64Array.of(0.5, -1, 2, 0.25);
		const probs = mlp.predict(params, X);
		const layers = parameterLayout(spec);
		const ref = tf.tidy(() => {
			let h: tf.Tensor2D = tf.tensor2d(f32(X), [2, 2]);
			layers.forEach(({ inF, outF, wOffset, bOffset }, l) => {
				const w = tf.tensor2d(f32(params.slice(wOffset, bOffset)), [outF, inF]);
				h = tf.add(
					tf.matMul(h, w, false, true),
					tf.tensor1d(f32(params.slice(bOffset, bOffset + outF)))
				);
				if (l === 0) h = tf.relu(h);
			});
			return tf.softmax(h).dataSync();
		});
		probs.forEach((p, i) => expect(p).toBeCloseTo(ref[i], 6));
	});

	it('reports bad specs and mismatched lengths clearly', () => {
		expect(() => new Mlp({ ...spec, hidden: [0] })).toThrow(
			/hidden\[0\] must be a positive integer/
		);
		expect(() => new Mlp({ ...spec, outputs: 1 })).toThrow(/softmax-ce needs at least 2 outputs/);
		expect(() => new Mlp({ ...spec, activation: 'swish' as 'relu' })).toThrow(
			/unknown activation "swish"/
		);
		const mlp = new Mlp(spec);
		const params = initParameters(spec, 1);
		expect(() => mlp.loss(params, new Float64Array(3), new Float64Array(1))).toThrow(
			/multiple of inputs/
		);
		expect(() => mlp.loss(params, new Float64Array(4), new Float64Array(4))).toThrow(
			/y has 4 entries, expected 2/
		);
		expect(() => mlp.loss(new Float64Array(2), new Float64Array(4), new Float64Array(2))).toThrow(
			/params has 2/
		);
	});
});
