// The seeded generator against a BigInt replica of splitmix32 + sfc32, and the distributions
// the random methods draw from.
import { describe, expect, it } from 'vitest';
import { createRng, ln, shuffle, unitDirection } from './random';

const M = 2n ** 32n;

/** splitmix32 and sfc32 written from their published definitions, in BigInt arithmetic. */
function replica(seed: number, count: number): number[] {
	let s = BigInt(seed >>> 0);
	const mix = () => {
		s = (s + 0x9e3779b9n) % M;
		let t = s ^ (s >> 16n);
		t = (t * 0x21f0aaadn) % M;
		t ^= t >> 15n;
		t = (t * 0x735a2d97n) % M;
		return t ^ (t >> 15n);
	};
	let [a, b, c, d] = [mix(), mix(), mix(), mix()];
	const next = () => {
		const t = (a + b + d) % M; // tmp = a + b + counter++
		d = (d + 1n) % M;
		a = b ^ (b >> 9n);
		b = (c + (c << 3n)) % M;
		c = ((((c << 21n) % M) | (c >> 11n)) + t) % M;
		return Number(t);
	};
	for (let i = 0; i < 12; i++) next();
	return Array.from({ length: count }, next);
}

describe('seeded generator', () => {
	it.each([0, 1, 42, 123456789, 4294967295])('seed %s matches the BigInt sfc32 replica', (seed) => {
		const rng = createRng(seed);
		expect(Array.from({ length: 50 }, () => rng.nextUint32())).toEqual(replica(seed, 50));
	});

	it('same seed, same stream; different seeds, different streams', () => {
		const draw = (seed: number) => {
			const rng = createRng(seed);
			return Array.from({ length: 10 }, () => rng.uniform());
		};
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		expect(draw(2 ** 40)).not.toEqual(draw(0)); // high bits of the seed count too
	});

	it('uniform() is in [0, 1) with mean ½ and variance 1/12', () => {
		const rng = createRng(3);
		const xs = Array.from({ length: 40000 }, () => rng.uniform());
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mean).toBeCloseTo(0.5, 2);
		expect(variance).toBeCloseTo(1 / 12, 2);
	});

	it('ln agrees with Math.log to a few ulps', () => {
		for (const x of [1e-300, 1e-12, 0.001, 0.3, 0.7071, 0.9999, 1, 2.5, 1e10]) {
			expect(Math.abs(ln(x) - Math.log(x))).toBeLessThanOrEqual(
				4e-16 * Math.max(1, Math.abs(Math.log(x)))
			);
		}
	});
});

describe('unit directions', () => {
	it.each([1, 2, 3, 4, 7])('in %s dimensions: unit length, mean 0, E[uᵢ²] = 1/n', (n) => {
		const rng = createRng(11);
		const count = 20000;
		const sum = new Float64Array(n);
		const sumSquares = new Float64Array(n);
		for (let k = 0; k < count; k++) {
			const u = unitDirection(rng, n);
			expect(Math.abs(Math.hypot(...u) - 1)).toBeLessThan(1e-15);
			u.forEach((x, i) => ((sum[i] += x), (sumSquares[i] += x * x)));
		}
		sum.forEach((s) => expect(Math.abs(s / count)).toBeLessThan(0.02));
		sumSquares.forEach((s) => expect(Math.abs(s / count - 1 / n)).toBeLessThan(0.015));
	});

	it('in 2-D every direction is equally likely (angles fall evenly into 8 sectors)', () => {
		const rng = createRng(5);
		const sectors = new Array(8).fill(0);
		for (let k = 0; k < 16000; k++) {
			const [x, y] = unitDirection(rng, 2);
			sectors[Math.floor(((Math.atan2(y, x) + Math.PI) / (2 * Math.PI)) * 8) % 8]++;
		}
		sectors.forEach((c) => expect(Math.abs(c - 2000)).toBeLessThan(200));
	});
});

it('shuffle gives a permutation, and different ones for different seeds', () => {
	const a = shuffle(
		createRng(1),
		Int32Array.from({ length: 100 }, (_, i) => i)
	);
	const b = shuffle(
		createRng(2),
		Int32Array.from({ length: 100 }, (_, i) => i)
	);
	expect([...a].sort((p, q) => p - q)).toEqual(Array.from({ length: 100 }, (_, i) => i));
	expect([...a]).not.toEqual([...b]);
});
