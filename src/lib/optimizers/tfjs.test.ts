// Trajectories against TensorFlow.js's optimizers (float32, so a float32 tolerance). Convention
// notes: tf.train.momentum keeps accum ← μ·accum + g and steps −η·accum, or −η(g + μ·accum) with
// useNesterov: the same as PyTorch's SGD, so no conversion is needed. tf.train.adam puts ε outside
// the square root like PyTorch. tf.train.rmsprop and tf.train.adagrad put ε INSIDE the root
// (√(s + ε)) and tfjs's adagrad always uses ε = 1e-7; with gradients of order 0.1–10 that shifts a
// step by under 1e-5 relative, below float32 noise over these runs. tf adagrad's accumulator is
// started at 0 to match PyTorch's default.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients'; // minimize() needs the ops' gradients
import { beforeAll, describe, expect, it } from 'vitest';
import { descend } from './descend';
import type { Objective, OptimizerSettings } from './types';
import { expBowl, rosenbrock } from './test-objectives';

type TfFn = (x: tf.Scalar, y: tf.Scalar) => tf.Scalar;

const tfRosenbrock: TfFn = (x, y) =>
	tf.add(tf.square(tf.sub(1, x)), tf.mul(100, tf.square(tf.sub(y, tf.square(x)))));
const tfExpBowl: TfFn = (x, y) =>
	tf.add(
		tf.add(tf.exp(tf.mul(0.5, x)), tf.exp(tf.mul(-0.3, y))),
		tf.mul(0.2, tf.square(tf.sub(x, y)))
	);

function tfPath(
	f: TfFn,
	start: [number, number],
	optimizer: tf.Optimizer,
	steps: number
): number[][] {
	const x = tf.variable(tf.scalar(start[0]));
	const y = tf.variable(tf.scalar(start[1]));
	const path = [start];
	for (let k = 0; k < steps; k++) {
		optimizer.minimize(() => f(x, y));
		path.push([x.dataSync()[0], y.dataSync()[0]]);
	}
	x.dispose();
	y.dispose();
	optimizer.dispose();
	return path;
}

const surfaces: [string, Objective, TfFn, [number, number], number][] = [
	['Rosenbrock', rosenbrock, tfRosenbrock, [-1.2, 1], 0.2], // lr scale for this surface
	['exp bowl', expBowl, tfExpBowl, [2, -1.5], 1]
];

const optimizers: [string, (s: number) => OptimizerSettings, (s: number) => tf.Optimizer][] = [
	['gd', (s) => ({ name: 'gd', lr: 1e-3 * s }), (s) => tf.train.sgd(1e-3 * s)],
	[
		'momentum',
		(s) => ({ name: 'momentum', lr: 1e-3 * s, momentum: 0.9 }),
		(s) => tf.train.momentum(1e-3 * s, 0.9)
	],
	[
		'nesterov',
		(s) => ({ name: 'nesterov', lr: 1e-3 * s, momentum: 0.9 }),
		(s) => tf.train.momentum(1e-3 * s, 0.9, true)
	],
	[
		'adam',
		(s) => ({ name: 'adam', lr: 0.05 * s }),
		(s) => tf.train.adam(0.05 * s, 0.9, 0.999, 1e-8)
	],
	[
		'rmsprop',
		(s) => ({ name: 'rmsprop', lr: 0.01 * s, alpha: 0.9 }),
		(s) => tf.train.rmsprop(0.01 * s, 0.9, 0, 1e-8)
	],
	['adagrad', (s) => ({ name: 'adagrad', lr: 0.1 * s }), (s) => tf.train.adagrad(0.1 * s, 0)]
];

beforeAll(async () => {
	await tf.setBackend('cpu');
});

describe.each(surfaces)('against TensorFlow.js on %s', (_, objective, tfFn, start, scale) => {
	it.each(optimizers)('%s follows the same path (float32 tolerance)', (_, ours, theirs) => {
		const steps = 40;
		const run = descend(objective, { x: start[0], y: start[1] }, ours(scale), { steps });
		const reference = tfPath(tfFn, start, theirs(scale), steps);
		expect(run.outcome).toBe('completed');
		const moved = Math.hypot(run.points[steps].x - start[0], run.points[steps].y - start[1]);
		expect(moved).toBeGreaterThan(0.01); // the comparison is not trivially about a still point
		run.points.forEach((p, k) => {
			expect(Math.abs(p.x - reference[k][0])).toBeLessThan(2e-4 * (1 + Math.abs(p.x)));
			expect(Math.abs(p.y - reference[k][1])).toBeLessThan(2e-4 * (1 + Math.abs(p.y)));
		});
	});
});
