import { describe, expect, it } from 'vitest';
import { batches, BATCH_STATEMENTS } from './batches';
import { checkStatements, choiceOf, numberOf, orderOf, testGenerator } from './a-checks';

type P = Record<string, number>;

/** Batch sizes in one epoch, by walking through the data (the test's own count, not ⌈N/n⌉). */
function walk(size: number, batch: number): number[] {
	const out: number[] = [];
	for (let start = 0; start < size; start += batch) out.push(Math.min(batch, size - start));
	return out;
}

describe('batches generator', () => {
	it('uses the reference numbers of CURRICULUM.md on seed 0: 50,000 / 256 → 196, last batch 80', () => {
		expect(numberOf(batches.make('iterations', 0))).toBe(196);
		expect(numberOf(batches.make('last-batch', 0))).toBe(80);
	});

	testGenerator(batches, {
		iterations: (q, p) =>
			expect(numberOf(q)).toBe(walk(p.size as number, p.batch as number).length),
		'updates-total': (q, p) => {
			const { size, batch, epochs } = p as P;
			expect(numberOf(q)).toBe(epochs * walk(size, batch).length);
		},
		'last-batch': (q, p) =>
			expect(numberOf(q)).toBe(walk(p.size as number, p.batch as number).at(-1)),
		kind: (q, p) => {
			const { size, batch } = p as P;
			expect(choiceOf(q)).toBe(batch === 1 ? 'sgd' : batch >= size ? 'full' : 'mini');
		},
		'epochs-after': (q, p) => {
			const { size, batch, steps } = p as P;
			let epochs = 0;
			for (let left = steps; left >= walk(size, batch).length; left -= walk(size, batch).length) {
				epochs += 1;
			}
			expect(numberOf(q)).toBe(epochs);
		},
		'order-updates': (q, p) => {
			const sizes = [...(p.batches as number[])].sort((a, b) => a - b); // smaller batch, more updates
			expect(orderOf(q)).toEqual(sizes.map((b) => `n-${b}`));
			const counts = sizes.map((b) => walk(p.size as number, b).length);
			expect(new Set(counts).size).toBe(counts.length);
		},
		'which-true': (q) => checkStatements(q, BATCH_STATEMENTS)
	});
});
