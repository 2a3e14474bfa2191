// Mini-batch descent: batch counts per epoch, every example once per epoch, updates from the
// batch's own mean gradient, determinism by seed, and full batch = plain gradient descent.
import { describe, expect, it } from 'vitest';
import { createBatchSampler, iterationsPerEpoch } from './minibatch';
import { createRng } from './random';
import { createDescent } from './Descent';
import { descend } from './descend';
import type { DescentPlan, StochasticObjective } from './types';

/** Least squares ½(w·xᵢ + b − yᵢ)², averaged, on N fixed points near y = 2x + 1. */
function regression(n: number): StochasticObjective {
	const xs = Array.from({ length: n }, (_, i) => (4 * i) / n - 2);
	const ys = xs.map((x, i) => 2 * x + 1 + 0.3 * Math.sin(7 * i));
	const grad = (w: number, b: number, indices: ArrayLike<number>) => {
		let gw = 0;
		let gb = 0;
		for (let k = 0; k < indices.length; k++) {
			const i = indices[k];
			const r = w * xs[i] + b - ys[i];
			gw += r * xs[i];
			gb += r;
		}
		return { w: gw / indices.length, b: gb / indices.length };
	};
	const all = xs.map((_, i) => i);
	return {
		variables: ['b', 'w'],
		size: n,
		value: ({ w, b }) => xs.reduce((s, x, i) => s + 0.5 * (w * x + b - ys[i]) ** 2, 0) / n,
		gradient: ({ w, b }) => grad(w, b, all),
		batchGradient: ({ w, b }, indices) => grad(w, b, indices)
	};
}

describe('batch sampler', () => {
	it('N = 50,000 with batches of 256: 196 iterations per epoch, the last holding 80', () => {
		expect(iterationsPerEpoch(50000, 256)).toBe(196);
		const next = createBatchSampler(50000, 256, createRng(1));
		const seen = new Uint8Array(50000);
		for (let k = 1; k <= 196; k++) {
			const batch = next();
			expect(batch).toMatchObject({ epoch: 1, iteration: k, iterationsPerEpoch: 196 });
			expect(batch.indices.length).toBe(k < 196 ? 256 : 80);
			batch.indices.forEach((i) => seen[i]++);
		}
		expect(seen.every((c) => c === 1)).toBe(true);
		expect(next()).toMatchObject({ epoch: 2, iteration: 1, examplesSeen: 50256 });
	});

	it('each epoch is a fresh permutation: every example exactly once, in a new order', () => {
		const next = createBatchSampler(10, 3, createRng(2));
		const epochs: number[][] = [];
		for (let k = 0; k < 12; k++) {
			const batch = next();
			expect(batch.iteration).toBe((k % 4) + 1);
			expect(batch.indices.length).toBe(k % 4 === 3 ? 1 : 3);
			(epochs[batch.epoch - 1] ??= []).push(...batch.indices);
		}
		expect(epochs.length).toBe(3);
		epochs.forEach((order) =>
			expect([...order].sort((a, b) => a - b)).toEqual([...Array(10).keys()])
		);
		expect(epochs[0]).not.toEqual(epochs[1]);
	});
});

describe('mini-batch descent', () => {
	const data = regression(50);
	const start = { w: 0, b: 0 };

	it.each([1, 8, 50])(
		'batch size %s: each update is −η × the mean gradient over its batch',
		(batchSize) => {
			const d = createDescent(
				data,
				start,
				{ name: 'gd', lr: 0.1 },
				{ steps: 30, batchSize, seed: 4 }
			);
			let examples = 0;
			for (let r = d.step(); r; r = d.step()) {
				const { epoch, iteration, indices, examplesSeen } = r.batch!;
				examples += indices.length;
				expect(examplesSeen).toBe(examples);
				expect((epoch - 1) * Math.ceil(50 / batchSize) + iteration).toBe(r.step);
				let gw = 0;
				for (const i of indices) {
					const x = (4 * i) / 50 - 2;
					gw += (r.before.w * x + r.before.b - (2 * x + 1 + 0.3 * Math.sin(7 * i))) * x;
				}
				expect(r.update.w).toBeCloseTo((-0.1 * gw) / indices.length, 12);
				expect(r.loss).toBe(data.value(r.after));
			}
			expect(d.evaluations).toMatchObject({
				batchGradient: 30,
				gradient: 0,
				examples
			});
		}
	);

	it('full batch follows plain gradient descent on the full gradient', () => {
		const plan: DescentPlan = { steps: 40, batchSize: 50 }; // descend honours a plan's extras
		const full = descend(data, start, { name: 'gd', lr: 0.2 }, plan);
		let p = { ...start };
		for (let k = 1; k <= 40; k++) {
			const g = data.gradient(p);
			p = { w: p.w - 0.2 * g.w, b: p.b - 0.2 * g.b };
			expect(full.points[k].w).toBeCloseTo(p.w, 12);
			expect(full.points[k].b).toBeCloseTo(p.b, 12);
		}
	});

	it('SGD: same seed, same path; another seed, another path; and it fits the line', () => {
		const run = (seed: number) =>
			createDescent(
				data,
				start,
				{ name: 'momentum', lr: 0.02 },
				{ steps: 500, batchSize: 1, seed }
			);
		const path = (seed: number) => {
			const d = run(seed);
			while (d.step());
			return d.points;
		};
		expect(path(1)).toEqual(path(1));
		expect(path(1)).not.toEqual(path(2));
		const last = path(1).at(-1)!;
		expect(last.w).toBeCloseTo(2, 0);
		expect(last.b).toBeCloseTo(1, 0);
	});

	it('Adam runs on mini-batch gradients too; Newton and random methods refuse them', () => {
		const adam = createDescent(
			data,
			start,
			{ name: 'adam', lr: 0.05 },
			{ steps: 100, batchSize: 16 }
		);
		while (adam.step());
		expect(adam.loss).toBeLessThan(data.value(start) / 10);
		for (const name of ['newton', 'random-local-search'] as const) {
			expect(() => createDescent(data, start, { name, lr: 1 }, { steps: 1, batchSize: 4 })).toThrow(
				/batchSize/
			);
		}
		expect(() =>
			createDescent(data, start, { name: 'gd', lr: 1 }, { steps: 1, batchSize: 51 })
		).toThrow(/batchSize/);
	});
});
