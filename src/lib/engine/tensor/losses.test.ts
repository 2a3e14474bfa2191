import { describe, expect, it } from 'vitest';
import {
	bceWithLogits,
	l1Penalty,
	l2Penalty,
	meanSquaredError,
	softmaxCrossEntropy,
	softmaxRows
} from './losses';
import { expectGradcheck, randomArray, seeded } from './test-helpers';

describe('binary cross-entropy from logits', () => {
	it('equals −[y log σ(z) + (1 − y) log(1 − σ(z))] for moderate logits', () => {
		const z = Float64Array.of(-1.5, 0.3, 2);
		const y = Float64Array.of(0, 1, 0.25);
		const naive =
			[0, 1, 2]
				.map((i) => {
					const p = 1 / (1 + Math.exp(-z[i]));
					return -(y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
				})
				.reduce((s, v) => s + v) / 3;
		expect(bceWithLogits(z, y, 3, null)).toBeCloseTo(naive, 14);
	});

	it('has a gradient matching finite differences at seeded points', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const rnd = seeded(seed);
			const z = randomArray(rnd, 10, 4);
			const y = Float64Array.from({ length: 10 }, () => rnd());
			const dz = new Float64Array(10);
			bceWithLogits(z, y, 10, dz);
			const f = (v: Float64Array) => bceWithLogits(v, y, 10, null);
			expectGradcheck(f, dz, z);
		}
	});

	it('is finite with a finite gradient at z = ±800', () => {
		const z = Float64Array.of(800, -800, 800, -800);
		const y = Float64Array.of(0, 1, 1, 0);
		const dz = new Float64Array(4);
		const loss = bceWithLogits(z, y, 4, dz);
		// the wrong two cost 800 each, the right two cost ~0
		expect(loss).toBeCloseTo(400, 10);
		expect([...dz]).toEqual([0.25, -0.25, 0, 0]);
	});
});

describe('softmax cross-entropy', () => {
	it('equals −log softmax at the label', () => {
		const logits = Float64Array.of(1, 2, 3);
		const expected = -Math.log(Math.exp(2) / (Math.exp(1) + Math.exp(2) + Math.exp(3)));
		expect(softmaxCrossEntropy(logits, Float64Array.of(1), 1, 3, null)).toBeCloseTo(expected, 14);
	});

	it('has a gradient matching finite differences at seeded points', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const rnd = seeded(seed + 100);
			const [batch, classes] = [1 + (seed % 4), 2 + (seed % 3)];
			const logits = randomArray(rnd, batch * classes, 3);
			const labels = Float64Array.from({ length: batch }, () => Math.floor(rnd() * classes));
			const d = new Float64Array(batch * classes);
			softmaxCrossEntropy(logits, labels, batch, classes, d);
			const f = (v: Float64Array) => softmaxCrossEntropy(v, labels, batch, classes, null);
			expectGradcheck(f, d, logits);
		}
	});

	it('stays finite and exact for large logits', () => {
		const logits = Float64Array.of(1000, 0, -1000, 1000, 999, 0);
		const d = new Float64Array(6);
		const loss = softmaxCrossEntropy(logits, Float64Array.of(1, 1), 2, 3, d);
		// row 1: −log p(0) = 1000 + log(1 + e⁻¹⁰⁰⁰...) ≈ 1000; row 2: log(1 + e) − 999 + 999 = log(1 + e⁻¹) + 1
		const row2 = Math.log(1 + Math.exp(1) + Math.exp(-999)) + 0;
		expect(loss).toBeCloseTo((1000 + row2) / 2, 9);
		expect(d.every(Number.isFinite)).toBe(true);
		expect(d[0]).toBeCloseTo(0.5, 12);
		expect(d[1]).toBeCloseTo(-0.5, 12);
	});

	it('softmaxRows gives rows that sum to one, also for huge logits', () => {
		const v = Float64Array.of(1000, 1000, 0, -5, 5, 0);
		softmaxRows(v, 2, 3);
		expect(v[0]).toBeCloseTo(0.5, 14);
		expect(v[3] + v[4] + v[5]).toBeCloseTo(1, 14);
	});
});

describe('mean squared error', () => {
	it('is the mean of squared residuals, with a gradient matching finite differences', () => {
		expect(meanSquaredError(Float64Array.of(1, 2), Float64Array.of(0, 4), 2, null)).toBe(2.5);
		for (let seed = 1; seed <= 10; seed++) {
			const rnd = seeded(seed + 200);
			const pred = randomArray(rnd, 8);
			const target = randomArray(rnd, 8);
			const d = new Float64Array(8);
			meanSquaredError(pred, target, 8, d);
			const f = (v: Float64Array) => meanSquaredError(v, target, 8, null);
			expectGradcheck(f, d, pred);
		}
	});
});

describe('penalties', () => {
	// CURRICULUM.md: x = (1,1,1,1), w1 = (1,0,0,0), w2 = (¼,¼,¼,¼)
	const w1 = Float64Array.of(1, 0, 0, 0);
	const w2 = Float64Array.of(0.25, 0.25, 0.25, 0.25);

	it('reproduce the curriculum numbers: L2 prefers spread weights, L1 ties', () => {
		expect(l2Penalty(w1, 1, null)).toBe(1);
		expect(l2Penalty(w2, 1, null)).toBe(0.25);
		expect(l1Penalty(w1, 1, null)).toBe(1);
		expect(l1Penalty(w2, 1, null)).toBe(1);
	});

	it('add gradients matching finite differences', () => {
		const rnd = seeded(9);
		const w = randomArray(rnd, 12);
		for (const penalty of [l1Penalty, l2Penalty]) {
			const g = new Float64Array(12);
			penalty(w, 0.3, g);
			expectGradcheck((v) => penalty(v, 0.3, null), g, w);
		}
	});

	it('accumulate into an existing gradient', () => {
		const g = Float64Array.of(1, 1);
		l2Penalty(Float64Array.of(2, -1), 0.5, g);
		expect([...g]).toEqual([3, 0]);
	});
});
