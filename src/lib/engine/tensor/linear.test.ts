import { describe, expect, it } from 'vitest';
import { gradcheck } from '../gradcheck';
import { addBias, addBiasBackward, linear, linearBackward, matmul, matmulBackward } from './linear';
import { dot, randomArray, seeded } from './test-helpers';

const TOL = 1e-6;

describe('matmul', () => {
	it('multiplies a known pair of matrices', () => {
		const out = new Float64Array(4);
		matmul(out, Float64Array.of(1, 2, 3, 4, 5, 6), Float64Array.of(7, 8, 9, 10, 11, 12), 2, 3, 2);
		expect([...out]).toEqual([58, 64, 139, 154]);
	});

	it('has gradients matching finite differences at seeded random points', () => {
		for (let seed = 1; seed <= 10; seed++) {
			const rnd = seeded(seed);
			const [m, k, n] = [1 + (seed % 4), 2 + (seed % 3), 1 + (seed % 5)];
			const a = randomArray(rnd, m * k);
			const b = randomArray(rnd, k * n);
			const r = randomArray(rnd, m * n);
			const out = new Float64Array(m * n);
			const dA = new Float64Array(m * k);
			const dB = new Float64Array(k * n);
			matmulBackward(dA, dB, r, a, b, m, k, n);
			const fa = (x: Float64Array) => (matmul(out, x, b, m, k, n), dot(r, out));
			const fb = (x: Float64Array) => (matmul(out, a, x, m, k, n), dot(r, out));
			expect(gradcheck(fa, dA, a).maxRelativeError).toBeLessThan(TOL);
			expect(gradcheck(fb, dB, b).maxRelativeError).toBeLessThan(TOL);
		}
	});
});

describe('linear (x·wᵀ + b)', () => {
	it('computes a known dense layer', () => {
		const y = new Float64Array(2);
		// one sample (1, 2); neurons w = [(3, 4), (5, 6)], b = (0.5, -1)
		linear(
			y,
			Float64Array.of(1, 2),
			Float64Array.of(3, 4, 5, 6),
			Float64Array.of(0.5, -1),
			1,
			2,
			2
		);
		expect([...y]).toEqual([11.5, 16]);
	});

	it('has gradients for x, w and b matching finite differences', () => {
		for (let seed = 11; seed <= 20; seed++) {
			const rnd = seeded(seed);
			const [batch, inF, outF] = [1 + (seed % 5), 1 + (seed % 3), 1 + (seed % 4)];
			const x = randomArray(rnd, batch * inF);
			const w = randomArray(rnd, outF * inF);
			const b = randomArray(rnd, outF);
			const r = randomArray(rnd, batch * outF);
			const y = new Float64Array(batch * outF);
			const dx = new Float64Array(batch * inF);
			const dW = new Float64Array(outF * inF);
			const db = new Float64Array(outF);
			linearBackward(dx, dW, db, r, x, w, batch, inF, outF);
			const at = (xx: Float64Array, ww: Float64Array, bb: Float64Array) => {
				linear(y, xx, ww, bb, batch, inF, outF);
				return dot(r, y);
			};
			expect(gradcheck((v) => at(v, w, b), dx, x).maxRelativeError).toBeLessThan(TOL);
			expect(gradcheck((v) => at(x, v, b), dW, w).maxRelativeError).toBeLessThan(TOL);
			expect(gradcheck((v) => at(x, w, v), db, b).maxRelativeError).toBeLessThan(TOL);
		}
	});
});

describe('addBias', () => {
	it('broadcasts over rows and sums the gradient over rows', () => {
		const rnd = seeded(3);
		const a = randomArray(rnd, 12);
		const b = randomArray(rnd, 4);
		const r = randomArray(rnd, 12);
		const out = new Float64Array(12);
		const db = new Float64Array(4);
		addBias(out, a, b, 3, 4);
		expect(out[5]).toBeCloseTo(a[5] + b[1], 15);
		addBiasBackward(db, r, 3, 4);
		const f = (v: Float64Array) => (addBias(out, a, v, 3, 4), dot(r, out));
		expect(gradcheck(f, db, b).maxRelativeError).toBeLessThan(TOL);
	});
});
