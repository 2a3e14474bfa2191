// The cost model's arithmetic, from its documented prices (not from a run).
import { describe, expect, it } from 'vitest';
import { evaluationCost } from './cost';

const counts = (
	c: Partial<Record<'value' | 'gradient' | 'hessian' | 'batchGradient' | 'examples', number>>
) => ({
	value: 0,
	gradient: 0,
	hessian: 0,
	batchGradient: 0,
	examples: 0,
	...c
});

describe('evaluationCost', () => {
	it('charges 1 per gradient and nothing for the values a gradient method shows', () => {
		expect(
			evaluationCost({ counts: counts({ gradient: 7, value: 8 }), dimension: 2, randomSteps: 0 })
		).toBe(7);
	});

	it('charges a Newton step 1 + n: the gradient and n Hessian-vector products', () => {
		const newton = counts({ gradient: 3, hessian: 3, value: 4 });
		expect(evaluationCost({ counts: newton, dimension: 1, randomSteps: 0 })).toBe(6);
		expect(evaluationCost({ counts: newton, dimension: 2, randomSteps: 0 })).toBe(9);
	});

	it('charges half a gradient per value a random method decides by', () => {
		expect(evaluationCost({ counts: counts({ value: 41 }), dimension: 2, randomSteps: 40 })).toBe(
			20
		);
	});

	it('charges a mini-batch b/N, so an epoch of batches costs one gradient', () => {
		// N = 24, batch 4: 6 iterations per epoch, 24 examples seen.
		const epoch = counts({ batchGradient: 6, examples: 24 });
		expect(evaluationCost({ counts: epoch, dimension: 2, examples: 24, randomSteps: 0 })).toBe(1);
		const three = counts({ batchGradient: 3, examples: 12 });
		expect(evaluationCost({ counts: three, dimension: 2, examples: 24, randomSteps: 0 })).toBe(0.5);
	});
});
