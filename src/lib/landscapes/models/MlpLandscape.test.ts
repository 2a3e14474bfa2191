// The MLP landscapes against independent references: a hand-written forward pass for the trained
// loss, central differences for every gradient, the optimizers' own Adam for the training, and
// points built in the slice plane for the projection.
import { describe, expect, it } from 'vitest';
import { gradcheck, softplus } from '../../engine';
import { descend } from '../../optimizers';
import * as landscapes from '../index';
import { MlpLandscape } from './MlpLandscape';
import { mlpLandscapes } from './mlp-landscapes';
import type { StochasticLandscapeObjective } from './types';

const networks = () => landscapes.all().filter((l): l is MlpLandscape => l instanceof MlpLandscape);
const byId = (id: string) => landscapes.get(id) as MlpLandscape;
const asPoint = (names: readonly string[], x: ArrayLike<number>) =>
	Object.fromEntries(names.map((n, i) => [n, x[i]]));

function expectGradientMatches(
	objective: StochasticLandscapeObjective,
	at: Record<string, number>
) {
	const names = objective.variables;
	const g = objective.gradient(at);
	const result = gradcheck(
		(x) => objective.value(asPoint(names, x)),
		names.map((n) => g[n]),
		names.map((n) => at[n])
	);
	expect(result.maxRelativeError).toBeLessThan(1e-5);
}

it('lists the six networks, none trained just by importing the registry', () => {
	expect(networks().map((l) => l.id)).toEqual([
		'spirals-tanh',
		'moons-relu',
		'circles-sigmoid',
		'xor-tanh',
		'blobs-relu',
		'deep-sigmoid'
	]);
	expect(networks().some((l) => l.isTrained)).toBe(false);
	for (const l of networks()) {
		expect(l.netSpec.hidden.length).toBeGreaterThanOrEqual(1);
		expect(l.netSpec.hidden.length).toBeLessThanOrEqual(3);
	}
});

describe('xor-tanh (2-4-1)', () => {
	const landscape = byId('xor-tanh');

	it('has, at a = b = 0, the loss of the trained network by a hand-written forward pass', () => {
		const { X, y, theta } = landscape.trained();
		// Layout: W1 (4×2), b1 (4), W2 (1×4), b2 (1).
		let sum = 0;
		for (let i = 0; i < y.length; i++) {
			let z = theta[16];
			for (let j = 0; j < 4; j++) {
				const h = Math.tanh(
					theta[2 * j] * X[2 * i] + theta[2 * j + 1] * X[2 * i + 1] + theta[8 + j]
				);
				z += theta[12 + j] * h;
			}
			sum += softplus(z) - y[i] * z;
		}
		expect(landscape.objective.value({ a: 0, b: 0 })).toBeCloseTo(sum / y.length, 14);
		expect(landscape.trained().loss).toBe(landscape.objective.value({ a: 0, b: 0 }));
	});

	it('has slice gradients ∂L/∂a, ∂L/∂b that match central differences', () => {
		for (const at of [{ a: 0, b: 0 }, ...landscape.starts, { a: 0.13, b: -0.31 }])
			expectGradientMatches(landscape.objective, at);
	});

	it('has a full-dimensional gradient over p0 … p16 that matches central differences', () => {
		const full = landscape.full();
		expect(full.variables).toHaveLength(17);
		expect(full.variables[16]).toBe('p16');
		expectGradientMatches(full, landscape.initialPoint());
	});

	it('gives the full gradient as the batch gradient over every example (slice and full)', () => {
		const all = Array.from({ length: landscape.objective.size }, (_, i) => i);
		for (const [objective, at] of [
			[landscape.objective, landscape.starts[0]],
			[landscape.full(), landscape.initialPoint()]
		] as const) {
			const g = objective.gradient(at);
			const batch = objective.batchGradient(at, all);
			for (const n of objective.variables) expect(batch[n]).toBeCloseTo(g[n], 14);
		}
	});

	it('was trained by Adam: the optimizers’ Adam from the same start ends at the same weights', () => {
		const { train } = landscape.spec;
		const run = descend(
			landscape.full(),
			landscape.initialPoint(),
			{ name: 'adam', lr: train.lr },
			{
				steps: train.steps
			}
		);
		const { theta } = landscape.trained();
		const end = run.points.at(-1)!;
		theta.forEach((v, i) => expect(end[`p${i}`]).toBeCloseTo(v, 9));
		const [a, b] = landscape.projectPath([end]).map((p) => [p.a, p.b])[0];
		expect(Math.abs(a) + Math.abs(b)).toBeLessThan(1e-8);
	});

	it('projects points lying in the slice plane back to their exact (a, b)', () => {
		const { theta, d1, d2 } = landscape.trained();
		const coordinates = [
			{ a: 0, b: 0 },
			{ a: 0.4, b: -0.2 },
			{ a: -1.5, b: 2.25 }
		];
		const points = coordinates.map(({ a, b }) => theta.map((t, i) => t + a * d1[i] + b * d2[i]));
		const projected = landscape.projectPath([
			...points,
			asPoint(landscape.full().variables, points[1])
		]);
		[...coordinates, coordinates[1]].forEach((c, k) => {
			expect(projected[k].a).toBeCloseTo(c.a, 12);
			expect(projected[k].b).toBeCloseTo(c.b, 12);
		});
	});
});

it('is deterministic: a fresh build from the same seeds has identical weights and grid', async () => {
	const [first, second] = [mlpLandscapes(), mlpLandscapes()].map((list) =>
		list.find((l) => l.id === 'circles-sigmoid')!
	);
	expect(Array.from(second.trained().theta)).toEqual(Array.from(first.trained().theta));
	expect(Array.from(second.trained().d1)).toEqual(Array.from(first.trained().d1));
	const { gridFor } = landscapes;
	expect(Array.from((await gridFor(second, 12)).values)).toEqual(
		Array.from((await gridFor(first, 12)).values)
	);
});

it('trains every network to a loss well below chance, except the deep sigmoid one', () => {
	for (const l of networks()) {
		if (l.id === 'deep-sigmoid') expect(l.trained().loss).toBeGreaterThan(0.2);
		else expect(l.trained().loss).toBeLessThan(0.05); // chance is log 2 ≈ 0.69
	}
});

it('shows vanishing gradients in the deep sigmoid network: the first layer gets 10× less', () => {
	const deep = byId('deep-sigmoid');
	const g = deep.full().gradient(deep.initialPoint());
	const rms = ({ wOffset, bOffset }: { wOffset: number; bOffset: number }) => {
		let s = 0;
		for (let i = wOffset; i < bOffset; i++) s += g[`p${i}`] ** 2;
		return Math.sqrt(s / (bOffset - wOffset));
	};
	const layers = deep.trained().mlp.layers;
	expect(rms(layers[layers.length - 1])).toBeGreaterThan(10 * rms(layers[0]));
});
