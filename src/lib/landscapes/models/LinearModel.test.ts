// The regression landscapes against independent references: finite differences for gradients and
// Hessians, the textbook least-squares formulas (covariances, not the normal-equation solver) for
// the minima, and Newton's optimality conditions for the logistic minimum.
import { describe, expect, it } from 'vitest';
import { gradcheck, numericalGradient, parse } from '../../engine';
import { createDescent, descend, type DescentPlan } from '../../optimizers';
import { classify, symmetricEigenvalues } from '../linalg';
import * as landscapes from '../index';
import { houses, sounds, type Sound } from './data';
import type { ModelLandscape } from './types';

const model = (id: string) => landscapes.get(id) as ModelLandscape;
const REGRESSIONS = ['house-prices', 'house-prices-rooms', 'happy-sad'];
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const cov = (a: number[], b: number[]) => {
	const [ma, mb] = [mean(a), mean(b)];
	return mean(a.map((x, i) => (x - ma) * (b[i] - mb)));
};

describe.each(REGRESSIONS)('%s', (id) => {
	const landscape = model(id);
	const { objective } = landscape;
	const names = objective.variables;
	const f = (x: Float64Array) =>
		objective.value(Object.fromEntries(names.map((n, i) => [n, x[i]])));

	it('has a gradient that matches central differences at its starts and an inner point', () => {
		const inner = Object.fromEntries(names.map((n) => [n, 0.3 * landscape.bounds[n][1]]));
		for (const at of [...landscape.starts, inner]) {
			const g = objective.gradient(at);
			const result = gradcheck(
				f,
				names.map((n) => g[n]),
				names.map((n) => at[n])
			);
			expect(result.maxRelativeError).toBeLessThan(1e-6);
		}
	});

	it('has an exact Hessian: central differences of its gradient', () => {
		const at = landscape.starts[0];
		const h = objective.hessian!(at);
		names.forEach((row, r) => {
			const gr = (x: Float64Array) =>
				objective.gradient(Object.fromEntries(names.map((n, i) => [n, x[i]])))[row];
			const numerical = numericalGradient(
				gr,
				names.map((n) => at[n])
			);
			names.forEach((_, c) => expect(h[r][c]).toBeCloseTo(numerical[c], 7));
		});
	});

	it('lists one global minimum: zero gradient, positive-definite Hessian, the listed loss', () => {
		expect(landscape.critical).toHaveLength(1);
		const [minimum] = landscape.critical;
		expect(minimum).toMatchObject({ kind: 'minimum', global: true });
		for (const v of Object.values(objective.gradient(minimum.at)))
			expect(Math.abs(v)).toBeLessThan(1e-12);
		expect(classify(symmetricEigenvalues(objective.hessian!(minimum.at)))).toBe('minimum');
		expect(objective.value(minimum.at)).toBe(minimum.value);
		for (const n of names) {
			expect(minimum.at[n]).toBeGreaterThan(landscape.bounds[n][0]);
			expect(minimum.at[n]).toBeLessThan(landscape.bounds[n][1]);
		}
	});

	it('gives the full gradient as the batch gradient over every example', () => {
		const at = landscape.starts[1];
		const all = Array.from({ length: objective.size }, (_, i) => i);
		const full = objective.gradient(at);
		const batch = objective.batchGradient(at, all);
		for (const n of names) expect(batch[n]).toBeCloseTo(full[n], 14);
	});

	it('draws the same loss as it computes: its grid formula, parsed by the engine, agrees', () => {
		const job = landscape.gridJob(8);
		expect(job.kind).toBe('expression');
		const formula = parse((job as { source: string }).source);
		for (const at of landscape.starts)
			expect(formula.value(at)).toBeCloseTo(objective.value(at), 12);
	});
});

describe('house prices', () => {
	const data = houses();
	const x = data.map((h) => h.size / 100);
	const y = data.map((h) => h.price);

	it('is realistic, seeded data: 30 houses of 40–200 m², dearer when bigger', () => {
		expect(houses()).toEqual(data);
		expect(data).toHaveLength(30);
		for (const h of data) expect(h.size).toBeGreaterThanOrEqual(40);
		expect(cov(x, y)).toBeGreaterThan(0);
	});

	it('has its minimum at the textbook slope cov(x, y)/var(x) and intercept ȳ − w·x̄', () => {
		const w = cov(x, y) / cov(x, x);
		const b = mean(y) - w * mean(x);
		const { at, value } = model('house-prices').critical[0];
		expect(at.w).toBeCloseTo(w, 12);
		expect(at.b).toBeCloseTo(b, 12);
		const loss = mean(x.map((xi, i) => 0.5 * (y[i] - (w * xi + b)) ** 2));
		expect(value).toBeCloseTo(loss, 14);
	});

	it('with rooms too: the two-predictor formulas, and the profiled bias loses nothing', () => {
		const r = data.map((h) => h.rooms);
		const det = cov(x, x) * cov(r, r) - cov(x, r) ** 2;
		const w1 = (cov(r, r) * cov(x, y) - cov(x, r) * cov(r, y)) / det;
		const w2 = (cov(x, x) * cov(r, y) - cov(x, r) * cov(x, y)) / det;
		const b = mean(y) - w1 * mean(x) - w2 * mean(r);
		const { at, value } = model('house-prices-rooms').critical[0];
		expect(at.w1).toBeCloseTo(w1, 12);
		expect(at.w2).toBeCloseTo(w2, 12);
		const loss = mean(x.map((xi, i) => 0.5 * (y[i] - (w1 * xi + w2 * r[i] + b)) ** 2));
		expect(value).toBeCloseTo(loss, 14);
	});

	it('runs mini-batch SGD: batches of 8 from 30 houses are 4 iterations an epoch, 8+8+8+6', () => {
		const landscape = model('house-prices');
		const plan: DescentPlan = { steps: 200, seed: 3, batchSize: 8 };
		const descent = createDescent(
			landscape.objective,
			landscape.starts[0],
			{ name: 'gd', lr: 0.3 },
			plan
		);
		const sizes: number[] = [];
		for (let step = 1; step <= 8; step++) {
			const batch = descent.step()!.batch!;
			expect(batch).toMatchObject({ epoch: Math.ceil(step / 4), iteration: ((step - 1) % 4) + 1 });
			expect(batch.iterationsPerEpoch).toBe(4);
			sizes.push(batch.indices.length);
		}
		expect(sizes).toEqual([8, 8, 8, 6, 8, 8, 8, 6]);
		const run = descend(landscape.objective, landscape.starts[0], { name: 'gd', lr: 0.3 }, plan);
		expect(run.outcome).toBe('completed');
		expect(run.points).toHaveLength(201);
		expect(run.losses.at(-1)!).toBeLessThan(1.2 * landscape.critical[0].value);
		const again = descend(landscape.objective, landscape.starts[0], { name: 'gd', lr: 0.3 }, plan);
		expect(again.points).toEqual(run.points);
	});
});

describe('happy or sad', () => {
	it('has overlapping classes (no separating line through the origin), so a finite minimum', () => {
		const data = sounds();
		expect(data.filter((s) => s.happy).length).toBeGreaterThan(4);
		expect(data.filter((s) => !s.happy).length).toBeGreaterThan(4);
		// Every direction misclassifies someone: check 3,600 directions around the circle.
		for (let k = 0; k < 3600; k++) {
			const t = (2 * Math.PI * k) / 3600;
			const predict = (s: Sound) => (Math.cos(t) * s.sound1 + Math.sin(t) * s.sound2 > 0 ? 1 : 0);
			expect(data.some((s) => predict(s) !== s.happy)).toBe(true);
		}
	});
});
