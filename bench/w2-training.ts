// W2: 500 full-batch Adam steps (lr 0.01, β 0.9/0.999, ε 1e-8, PyTorch's rule) of the W1 network
// from seeded Glorot weights. Engine (Mlp.lossAndGradient + a flat Adam loop) vs hand-fused float64
// loop vs TF.js CPU (float32 variables, tf.train.adam, optimizer.minimize).
import * as tf from '@tensorflow/tfjs-core';
import { Mlp } from '../src/lib/engine/mlp/Mlp';
import { fusedTrain } from './fused-reference';
import { measure } from './timing';
import {
	HIDDEN,
	problem,
	spec,
	useTfCpu,
	type WorkloadResult,
	workloadResult
} from './w1-landscape';

const STEPS = 500;
const [LR, BETA1, BETA2, EPS] = [0.01, 0.9, 0.999, 1e-8];

/** Trains with the engine; returns the loss at the last step (before its update). */
function engineTrain(mlp: Mlp, X: Float64Array, y: Float64Array, theta0: Float64Array): number {
	const p = Float64Array.from(theta0);
	const g = new Float64Array(p.length);
	const m = new Float64Array(p.length);
	const v = new Float64Array(p.length);
	let loss = 0;
	for (let t = 1; t <= STEPS; t++) {
		loss = mlp.lossAndGradient(p, X, y, g);
		const c1 = 1 - BETA1 ** t;
		const c2 = 1 - BETA2 ** t;
		for (let i = 0; i < p.length; i++) {
			m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
			v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
			p[i] -= (LR * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + EPS);
		}
	}
	return loss;
}

/** Same training in TF.js; returns the loss at the last step (before its update). */
function tfTrain(p: ReturnType<typeof problem>): number {
	const n = p.y.length;
	const X = tf.tensor2d(Float32Array.from(p.X), [n, 2]);
	const Y = tf.tensor2d(Float32Array.from(p.y), [n, 1]);
	const vars = p.layers.flatMap(({ inF, outF, wOffset, bOffset }) => [
		tf.variable(tf.tensor2d(Float32Array.from(p.theta.subarray(wOffset, bOffset)), [outF, inF])),
		tf.variable(tf.tensor1d(Float32Array.from(p.theta.subarray(bOffset, bOffset + outF))))
	]);
	const optimizer = tf.train.adam(LR, BETA1, BETA2, EPS);
	const lossFn = () => {
		let h: tf.Tensor = X;
		for (let l = 0; l < 3; l++) {
			h = tf.add(
				tf.matMul(h as tf.Tensor2D, vars[2 * l] as tf.Tensor2D, false, true),
				vars[2 * l + 1]
			);
			if (l < 2) h = tf.tanh(h);
		}
		return tf.losses.sigmoidCrossEntropy(Y, h) as tf.Scalar;
	};
	let last = 0;
	for (let t = 1; t <= STEPS; t++) {
		const cost = optimizer.minimize(lossFn, t === STEPS, vars);
		if (cost) {
			last = cost.dataSync()[0];
			cost.dispose();
		}
	}
	tf.dispose([X, Y, ...vars]);
	optimizer.dispose();
	return last;
}

export async function runW2(runs = 7): Promise<WorkloadResult> {
	await useTfCpu();
	const p = problem();
	const mlp = new Mlp(spec, p.y.length);
	const engineLoss = engineTrain(mlp, p.X, p.y, p.theta);
	const fusedLoss = fusedTrain(p.X, p.y, HIDDEN, p.theta, STEPS, LR, BETA1, BETA2, EPS).loss;
	const tfLoss = tfTrain(p);
	const ok = Math.abs(engineLoss - fusedLoss) < 1e-9 && Math.abs(engineLoss - tfLoss) < 1e-3;
	const check = `W2 check: loss after ${STEPS} steps engine ${engineLoss.toFixed(6)}, fused ${fusedLoss.toFixed(6)}, TF.js ${tfLoss.toFixed(6)} (float32 tol 1e-3): ${ok ? 'OK' : 'MISMATCH'}`;
	console.log(check);
	const e = await measure(() => void engineTrain(mlp, p.X, p.y, p.theta), { runs });
	const f = await measure(
		() => void fusedTrain(p.X, p.y, HIDDEN, p.theta, STEPS, LR, BETA1, BETA2, EPS),
		{ runs }
	);
	const t = await measure(() => void tfTrain(p), { warmup: 1, runs });
	return workloadResult('W2 training: 500 Adam steps, MLP 2-16-16-1, 256 spirals', e, t, f, check);
}
