import { describe, expect } from 'vitest';
import { optimizers, OPTIMIZER_STATEMENTS } from './optimizers';
import { checkStatements, numberOf, orderOf, testGenerator } from './a-checks';

type P = Record<string, number>;

// PyTorch's update rules written out for a constant gradient g (the tests' own, not first-order.ts).
function momentumRun(g: number, x0: number, lr: number, mu: number, steps: number) {
	let [x, v] = [x0, 0];
	for (let t = 0; t < steps; t++) {
		v = mu * v + g;
		x -= lr * v;
	}
	return x;
}
const nesterovStep = (g: number, x0: number, lr: number, mu: number) => x0 - lr * (g + mu * g);
function adagradRun(g: number, x0: number, lr: number, steps: number) {
	let [x, s] = [x0, 0];
	for (let t = 0; t < steps; t++) {
		s += g * g;
		x -= (lr * g) / (Math.sqrt(s) + 1e-10);
	}
	return x;
}
const rmspropStep = (g: number, x0: number, lr: number, alpha: number) =>
	x0 - (lr * g) / (Math.sqrt((1 - alpha) * g * g) + 1e-8);
function adamStep(g: number, x0: number, lr: number) {
	const m = 0.1 * g;
	const v = 0.001 * g * g;
	return x0 - (lr * (m / 0.1)) / (Math.sqrt(v / 0.001) + 1e-8);
}

describe('optimizers generator', () => {
	testGenerator(optimizers, {
		momentum: (q, p) => {
			const { g, x0, lr, mu } = p as P;
			expect(numberOf(q)).toBeCloseTo(momentumRun(g, x0, lr, mu, 2), 12);
		},
		nesterov: (q, p) => {
			const { g, x0, lr, mu } = p as P;
			expect(numberOf(q)).toBeCloseTo(nesterovStep(g, x0, lr, mu), 12);
		},
		adagrad: (q, p) => {
			const { g, x0, lr } = p as P;
			expect(numberOf(q)).toBeCloseTo(adagradRun(g, x0, lr, 2), 12);
			expect(numberOf(q)).toBeCloseTo(x0 - Math.sign(g) * lr * (1 + Math.SQRT1_2), 8);
		},
		rmsprop: (q, p) => {
			const { g, x0, lr, alpha } = p as P;
			expect(numberOf(q)).toBeCloseTo(rmspropStep(g, x0, lr, alpha), 12);
		},
		'adam-first': (q, p) => {
			const { g, x0, lr } = p as P;
			expect(numberOf(q)).toBeCloseTo(adamStep(g, x0, lr), 12);
			// CURRICULUM: Adam's first step is about ±lr whatever the gradient's size
			expect(Math.abs(numberOf(q) - x0)).toBeCloseTo(lr, 4);
		},
		'order-first-step': (q, p) => {
			const { g, lr } = p as P;
			const size: Record<string, number> = {
				gd: lr * g,
				nesterov: Math.abs(nesterovStep(g, 0, lr, 0.9)),
				adam: Math.abs(adamStep(g, 0, lr)),
				rmsprop: Math.abs(rmspropStep(g, 0, lr, 0.99))
			};
			expect(orderOf(q)).toEqual(Object.keys(size).sort((a, b) => size[b] - size[a]));
		},
		'which-true': (q) => checkStatements(q, OPTIMIZER_STATEMENTS)
	});
});
