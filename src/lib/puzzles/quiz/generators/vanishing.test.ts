import { describe, expect } from 'vitest';
import { vanishing, VANISHING_STATEMENTS } from './vanishing';
import { checkStatements, numberOf, orderOf, testGenerator } from './a-checks';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const dSigma = (z: number) => sigma(z) * (1 - sigma(z));
const dTanh = (z: number) => 1 / Math.cosh(z) ** 2;

describe('vanishing generator', () => {
	testGenerator(vanishing, {
		'sigmoid-chain': (q, p) => {
			const product = (p.z as number[]).reduce((acc, z) => acc * dSigma(z), 1);
			expect(numberOf(q)).toBeCloseTo(product, 12);
			expect(q.kind === 'numeric' && q.tolerance).toBeLessThan(product); // 0 is never accepted
		},
		bound: (q, p) => expect(numberOf(q)).toBeCloseTo(0.25 ** (p.n as number), 14),
		layers: (q, p) => {
			const k = p.k as number;
			const n = numberOf(q);
			expect(0.25 ** n).toBeLessThan(10 ** -k);
			expect(0.25 ** (n - 1)).toBeGreaterThanOrEqual(10 ** -k);
			expect(n).toBe(Math.floor(k / Math.log10(4)) + 1);
		},
		'dead-relu': (q, p) => {
			const { w, b } = p as Record<string, number>;
			const xs = p.xs as number[];
			const gs = p.gs as number[];
			let sum = 0;
			xs.forEach((x, i) => {
				if (w * x + b > 0) sum += gs[i] * x;
			});
			expect(numberOf(q)).toBeCloseTo(sum, 12);
		},
		'which-true': (q) => checkStatements(q, VANISHING_STATEMENTS),
		'order-depth': (q, p) => {
			const { deep, shallow, z } = p as Record<string, number>;
			const factor: Record<string, number> = {
				relu: 1,
				tanh: dTanh(z) ** deep,
				'sig-short': dSigma(z) ** shallow,
				'sig-deep': dSigma(z) ** deep
			};
			const ids = Object.keys(factor).sort((a, b) => factor[b] - factor[a]);
			expect(orderOf(q)).toEqual(ids);
			expect(new Set(Object.values(factor)).size).toBe(4);
		}
	});
});
