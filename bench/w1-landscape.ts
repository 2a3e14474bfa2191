// W1: loss landscape of an MLP 2-16-16-1 (tanh hidden, sigmoid + BCE output) on a seeded 256-point
// two-spirals set, over a 64×64 grid θ + a·d1 + b·d2 with filter-normalised directions.
// Engine (computeGrid, the worker's own path) vs hand-fused float64 loop vs TF.js CPU (float32,
// one batched call per grid row: 64 networks at once through batched matMul, TF.js's fast idiom).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { computeGrid } from '../src/lib/engine/grid/compute-grid';
import type { MlpJob } from '../src/lib/engine/grid/jobs';
import { twoSpirals } from '../src/lib/engine/mlp/datasets';
import { filterNormalizedDirection } from '../src/lib/engine/mlp/directions';
import { initParameters } from '../src/lib/engine/mlp/init';
import { parameterLayout, type MlpSpec } from '../src/lib/engine/mlp/spec';
import { fusedLandscape } from './fused-reference';
import { measure, type Measurement } from './timing';

export const HIDDEN = 16;

export const spec: MlpSpec = {
	inputs: 2,
	hidden: [HIDDEN, HIDDEN],
	outputs: 1,
	activation: 'tanh',
	output: 'sigmoid-bce'
};

export function problem() {
	const data = twoSpirals(256, { seed: 1 });
	const theta = initParameters(spec, 1);
	const layers = parameterLayout(spec);
	return {
		X: data.X,
		y: data.y,
		theta,
		layers,
		d1: filterNormalizedDirection(layers, theta, 2),
		d2: filterNormalizedDirection(layers, theta, 3)
	};
}

let tfReady = false;

/**
 * CPU backend plus gradient registrations. tfjs-core's Node bundle ships no gradient configs and its
 * `register_all_gradients` ESM entry fails under Node (a directory import), so each config file is
 * imported and registered here: the same configs, minus one (Prod) we never use.
 */
export async function useTfCpu(): Promise<void> {
	if (tfReady) return;
	const main = createRequire(import.meta.url).resolve('@tensorflow/tfjs-core');
	const dir = main.replace(/tf-core\.node\.js$/, 'gradients/');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('_grad.js'))) {
		const configs = await import(dir + file).catch(() => ({}));
		for (const c of Object.values(configs) as tf.GradConfig[])
			if (c?.kernelName) tf.registerGradient(c);
	}
	await tf.setBackend('cpu');
	await tf.ready();
	tfReady = true;
}

/** The row of one engine-vs-TF.js workload, from its three measurements. */
export function workloadResult(
	workload: string,
	engine: Measurement,
	tfjs: Measurement,
	fused: Measurement,
	check: string
): WorkloadResult {
	return {
		workload,
		engine_ms_median: engine.median,
		tfjs_cpu_ms_median: tfjs.median,
		speedup: tfjs.median / engine.median,
		fused_ms_median: fused.median,
		engine_vs_fused: engine.median / fused.median,
		check
	};
}

export interface WorkloadResult {
	workload: string;
	engine_ms_median: number;
	tfjs_cpu_ms_median: number;
	speedup?: number;
	fused_ms_median?: number;
	engine_vs_fused?: number;
	check?: string;
	[extra: string]: unknown;
}

const N = 64;
const RANGE = { a: [-1, 1] as [number, number], b: [-1, 1] as [number, number] };

/** The grid in TF.js: per row, stack the 64 parameter vectors and run them as one batch. */
function tfLandscape(p: ReturnType<typeof problem>): Float32Array {
	const out = new Float32Array(N * N);
	const H = HIDDEN;
	const n = p.y.length;
	const X = tf.keep(tf.tile(tf.tensor3d(Float32Array.from(p.X), [1, n, 2]), [N, 1, 1]));
	const Y = tf.keep(tf.tile(tf.tensor3d(Float32Array.from(p.y), [1, n, 1]), [N, 1, 1]));
	const theta = tf.keep(tf.tensor2d(Float32Array.from(p.theta), [1, p.theta.length]));
	const d1 = tf.keep(tf.tensor2d(Float32Array.from(p.d1), [1, p.theta.length]));
	const d2 = tf.keep(tf.tensor2d(Float32Array.from(p.d2), [1, p.theta.length]));
	const as = tf.keep(tf.reshape(tf.linspace(RANGE.a[0], RANGE.a[1], N), [N, 1]));
	for (let row = 0; row < N; row++) {
		const b = RANGE.b[0] + ((RANGE.b[1] - RANGE.b[0]) * row) / (N - 1);
		const losses = tf.tidy(() => {
			const P = tf.add(tf.add(theta, tf.mul(as, d1)), tf.mul(b, d2)); // [N, 337]
			const part = (start: number, shape: number[]) =>
				tf.reshape(tf.slice(P, [0, start], [N, shape.reduce((s, v) => s * v, 1)]), [N, ...shape]);
			const [w1, b1, w2, b2, w3, b3] = [
				part(0, [H, 2]),
				part(2 * H, [1, H]),
				part(3 * H, [H, H]),
				part(3 * H + H * H, [1, H]),
				part(4 * H + H * H, [1, H]),
				part(5 * H + H * H, [1, 1])
			];
			const h1 = tf.tanh(tf.add(tf.matMul(X as tf.Tensor3D, w1 as tf.Tensor3D, false, true), b1));
			const h2 = tf.tanh(tf.add(tf.matMul(h1 as tf.Tensor3D, w2 as tf.Tensor3D, false, true), b2));
			const z = tf.add(tf.matMul(h2 as tf.Tensor3D, w3 as tf.Tensor3D, false, true), b3);
			const each = tf.losses.sigmoidCrossEntropy(Y, z, undefined, 0, tf.Reduction.NONE);
			return tf.mean(each, [1, 2]);
		});
		out.set(losses.dataSync(), row * N);
		losses.dispose();
	}
	tf.dispose([X, Y, theta, d1, d2, as]);
	return out;
}

function maxRelativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
	let worst = 0;
	for (let i = 0; i < a.length; i++)
		worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
	return worst;
}

export async function runW1(runs = 7): Promise<WorkloadResult> {
	await useTfCpu();
	const p = problem();
	const job: MlpJob = {
		kind: 'mlp',
		spec,
		data: { X: p.X, y: p.y },
		theta: p.theta,
		d1: p.d1,
		d2: p.d2,
		range: RANGE,
		n: N
	};
	const fused = new Float64Array(N * N);
	const engine = (await computeGrid(job)).values;
	fusedLandscape(p.X, p.y, HIDDEN, p.theta, p.d1, p.d2, RANGE.a, RANGE.b, N, fused);
	const tfValues = tfLandscape(p);
	const vsFused = maxRelativeDifference(engine, fused);
	const vsTf = maxRelativeDifference(engine, tfValues);
	const check = `W1 check: engine vs fused max rel diff ${vsFused.toExponential(2)}, engine vs TF.js ${vsTf.toExponential(2)} (float32 tol 1e-4): ${vsFused < 1e-12 && vsTf < 1e-4 ? 'OK' : 'MISMATCH'}; loss range ${Math.min(...engine).toFixed(4)}..${Math.max(...engine).toFixed(4)}`;
	console.log(check);
	const e = await measure(async () => void (await computeGrid(job)), { warmup: 1, runs });
	const f = await measure(
		() => fusedLandscape(p.X, p.y, HIDDEN, p.theta, p.d1, p.d2, RANGE.a, RANGE.b, N, fused),
		{ warmup: 1, runs }
	);
	const t = await measure(() => void tfLandscape(p), { warmup: 1, runs });
	return workloadResult('W1 landscape 64×64, MLP 2-16-16-1, 256 spirals', e, t, f, check);
}
