// Every analytic landscape's listed critical points are really critical (zero gradient) and of the
// stated kind (the signs of the Hessian's eigenvalues), and the map data is consistent.
import { describe, expect, it } from 'vitest';
import { descend } from '../optimizers';
import * as landscapes from './index';

const norm = (g: Record<string, number>) =>
	Math.sqrt(Object.values(g).reduce((s, v) => s + v * v, 0));

describe('analytic landscapes', () => {
	const list = landscapes.all().filter((l) => l.family === 'analytic');

	it('include the surfaces the worlds need', () => {
		expect(list.map((l) => l.id)).toEqual(
			expect.arrayContaining([
				'bowl-1d',
				'double-well-1d',
				'ravine',
				'rosenbrock',
				'himmelblau',
				'beale',
				'saddle',
				'plateau',
				'newton-quartic',
				'newton-saddle',
				'exp-log-1d'
			])
		);
	});

	for (const landscape of list) {
		describe(landscape.id, () => {
			it('has names and descriptions in both languages, bounds for every variable, starts inside them', () => {
				for (const text of [landscape.name, landscape.description]) {
					expect(text.en.length).toBeGreaterThan(3);
					expect(text.ko).toMatch(/[\uac00-\ud7a3]/);
				}
				for (const name of landscape.objective.variables)
					expect(landscape.bounds[name]).toBeDefined();
				for (const start of landscape.starts) {
					for (const name of landscape.objective.variables) {
						const [lo, hi] = landscape.bounds[name];
						expect(start[name]).toBeGreaterThanOrEqual(lo);
						expect(start[name]).toBeLessThanOrEqual(hi);
					}
				}
			});

			for (const point of landscape.critical) {
				it(`${point.id} is a ${point.kind} with the listed loss`, () => {
					const { objective } = landscape;
					const scale = Math.max(1, ...landscape.objective.hessian!(point.at).flat().map(Math.abs));
					expect(norm(objective.gradient(point.at)) / scale).toBeLessThan(1e-7);
					expect(objective.value(point.at)).toBeCloseTo(point.value, 5);
					const eigen = landscapes.symmetricEigenvalues(objective.hessian!(point.at));
					expect(landscapes.classify(eigen)).toBe(point.kind);
				});
			}

			it('marks as global exactly the lowest minima', () => {
				const minima = landscape.critical.filter((c) => c.kind === 'minimum');
				const lowest = Math.min(...minima.map((c) => c.value));
				for (const c of minima) expect(c.global ?? false).toBe(Math.abs(c.value - lowest) < 1e-6);
			});
		});
	}

	it('has Himmelblau’s four minima, each found by gradient descent from a start in its basin', () => {
		const himmelblau = landscapes.get('himmelblau');
		const starts = [
			{ x: 4, y: 4 },
			{ x: -4, y: 4 },
			{ x: -4, y: -4 },
			{ x: 4, y: -4 }
		];
		const found = starts.map((start) => {
			const run = descend(himmelblau.objective, start, { name: 'gd', lr: 0.01 }, { steps: 500 });
			return run.points[run.points.length - 1];
		});
		const minima = himmelblau.critical.filter((c) => c.kind === 'minimum');
		for (const [i, point] of found.entries()) {
			expect(point.x).toBeCloseTo(minima[i].at.x, 5);
			expect(point.y).toBeCloseTo(minima[i].at.y, 5);
		}
	});

	it('gives the CURRICULUM Hessians: [[8, −1], [−1, 4]] at the Newton minimum, det −1 at the cubic saddle', () => {
		expect(landscapes.get('newton-quartic').objective.hessian!({ x: 0, y: 0 })).toEqual([
			[8, -1],
			[-1, 4]
		]);
		expect(landscapes.get('newton-saddle').objective.hessian!({ x: 0, y: 0 })).toEqual([
			[8, -1],
			[-1, 0]
		]);
	});

	it('builds a landscape from a typed formula and reports a typo with its position', () => {
		const custom = landscapes.fromFormula('x^2 + 3*y^2', { x: [-1, 1], y: [-2, 2] });
		expect(custom.objective.value({ x: 1, y: 1 })).toBe(4);
		expect(custom.starts).toEqual([{ x: 0, y: 0 }]);
		expect(() => landscapes.fromFormula('x^2 + 3y', { x: [-1, 1], y: [-1, 1] })).toThrow(
			/position|implicit|expected/i
		);
		expect(() =>
			landscapes.fromFormula('x + y + z', { x: [-1, 1], y: [-1, 1], z: [-1, 1] })
		).toThrow(/one or two variables/);
		expect(() => landscapes.fromFormula('x^2', { x: [1, -1] })).toThrow(/bounds\.x/);
	});

	it('refuses unknown and duplicate ids', () => {
		expect(() => landscapes.get('nowhere')).toThrow(/nowhere/);
		expect(() => landscapes.register(landscapes.get('ravine'))).toThrow(/twice/);
	});
});
