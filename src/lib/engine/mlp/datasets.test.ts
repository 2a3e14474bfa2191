import { describe, expect, it } from 'vitest';
import { blobs, circles, moons, twoSpirals, xor, type Dataset } from './datasets';

const generators = { twoSpirals, moons, circles, xor, blobs };

function counts(d: Dataset): Map<number, number> {
	const m = new Map<number, number>();
	d.y.forEach((label) => m.set(label, (m.get(label) ?? 0) + 1));
	return m;
}

describe.each(Object.entries(generators))('%s', (_name, make) => {
	it('is deterministic for a seed and changes with the seed', () => {
		expect(make(64, { seed: 3 })).toEqual(make(64, { seed: 3 }));
		expect(make(64, { seed: 3, noise: 0.1 }).X).not.toEqual(make(64, { seed: 4, noise: 0.1 }).X);
	});

	it('has the stated shape and balanced labels', () => {
		const d = make(256, { seed: 1 });
		expect(d.n).toBe(256);
		expect(d.features).toBe(2);
		expect(d.X).toBeInstanceOf(Float64Array);
		expect(d.X.length).toBe(512);
		expect(d.y.length).toBe(256);
		expect([...counts(d).entries()].sort()).toEqual([
			[0, 128],
			[1, 128]
		]);
		expect(d.X.every(Number.isFinite)).toBe(true);
	});

	it('refuses a size that cannot be balanced', () => {
		expect(() => make(7)).toThrow(/multiple of 2/);
	});
});

describe('geometry', () => {
	it('two spirals: noiseless points lie at radius 5·i/(n/2), the classes half a turn apart', () => {
		const d = twoSpirals(8, { noise: 0 });
		for (let i = 0; i < 8; i++) {
			const r = Math.hypot(d.X[2 * i], d.X[2 * i + 1]);
			expect(r).toBeCloseTo((5 * Math.floor(i / 2)) / 4, 12);
		}
		expect(d.X[6]).toBeCloseTo(-d.X[4], 12); // row 3 (class 1) mirrors row 2 (class 0)
	});

	it('circles: noiseless radii are 1 (label 0) and 0.5 (label 1)', () => {
		const d = circles(40, { noise: 0 });
		for (let i = 0; i < 40; i++) {
			expect(Math.hypot(d.X[2 * i], d.X[2 * i + 1])).toBeCloseTo(d.y[i] === 0 ? 1 : 0.5, 12);
		}
	});

	it('xor: label 1 exactly where the coordinates have opposite signs', () => {
		const d = xor(200, { seed: 8 });
		for (let i = 0; i < 200; i++) expect(d.y[i]).toBe(d.X[2 * i] * d.X[2 * i + 1] < 0 ? 1 : 0);
	});

	it('moons: noiseless points lie on their unit half circles', () => {
		const d = moons(20, { noise: 0 });
		for (let i = 0; i < 20; i++) {
			const [x, y] = [d.X[2 * i], d.X[2 * i + 1]];
			const r = d.y[i] === 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
			expect(r).toBeCloseTo(1, 12);
		}
	});

	it('blobs: k classes, balanced, with means near their centres', () => {
		const d = blobs(900, { seed: 2, classes: 3 });
		expect([...counts(d).values()]).toEqual([300, 300, 300]);
		const mean = [0, 0];
		for (let i = 0; i < 900; i += 3)
			[mean[0], mean[1]] = [mean[0] + d.X[2 * i] / 300, mean[1] + d.X[2 * i + 1] / 300];
		expect(mean[0]).toBeCloseTo(2, 0);
		expect(mean[1]).toBeCloseTo(0, 0);
	});
});
