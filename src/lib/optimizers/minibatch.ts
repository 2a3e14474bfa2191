// Mini-batch sampling: a fresh seeded Fisher–Yates permutation of the N examples each epoch,
// cut into batches of n (the last one partial), as PyTorch's DataLoader(shuffle=True,
// drop_last=False) does. batchSize 1 is SGD; batchSize N is full-batch descent.
import type { BatchInfo, StochasticObjective } from './types';
import { shuffle, type Rng } from './random';

/** ceil(N / n): with N = 50,000 and n = 256 that is 196, the last batch holding 80 examples. */
export function iterationsPerEpoch(size: number, batchSize: number): number {
	return Math.ceil(size / batchSize);
}

export function isStochastic(objective: object): objective is StochasticObjective {
	const o = objective as Partial<StochasticObjective>;
	return typeof o.batchGradient === 'function' && typeof o.size === 'number';
}

/** Returns a function giving the next batch each call, epoch after epoch. */
export function createBatchSampler(size: number, batchSize: number, rng: Rng): () => BatchInfo {
	const order = new Int32Array(size);
	const perEpoch = iterationsPerEpoch(size, batchSize);
	let epoch = 0;
	let iteration = perEpoch;
	let examplesSeen = 0;
	return () => {
		if (iteration === perEpoch) {
			epoch += 1;
			iteration = 0;
			for (let i = 0; i < size; i++) order[i] = i;
			shuffle(rng, order);
		}
		const from = iteration * batchSize;
		const indices = Array.from(order.subarray(from, Math.min(from + batchSize, size)));
		iteration += 1;
		examplesSeen += indices.length;
		return { epoch, iteration, iterationsPerEpoch: perEpoch, examplesSeen, indices };
	};
}
