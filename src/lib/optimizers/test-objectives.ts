// Hand-written objectives with analytic value, gradient and Hessian, shared by the optimizer
// tests (independent of the engine, so the optimizers can be tested on their own).
import type { Objective } from './types';

type Fn2 = (x: number, y: number) => number;

/** An objective in variables x, y from formulas for f, ∇f and the Hessian. */
export function objective2(
	f: Fn2,
	grad: (x: number, y: number) => [number, number],
	hess: (x: number, y: number) => number[][]
): Objective {
	return {
		variables: ['x', 'y'],
		value: ({ x, y }) => f(x, y),
		gradient: ({ x, y }) => {
			const [gx, gy] = grad(x, y);
			return { x: gx, y: gy };
		},
		hessian: ({ x, y }) => hess(x, y)
	};
}

/** ½ pᵀAp with A = [[3, 1], [1, 3]]: eigenvalues 2 and 4. */
export const quadratic = objective2(
	(x, y) => 0.5 * (3 * x * x + 2 * x * y + 3 * y * y),
	(x, y) => [3 * x + y, x + 3 * y],
	() => [
		[3, 1],
		[1, 3]
	]
);

export const rosenbrock = objective2(
	(x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
	(x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
	(x, y) => [
		[2 - 400 * y + 1200 * x * x, -400 * x],
		[-400 * x, 200]
	]
);

/** CURRICULUM.md's Newton 2-D example: x⁴ + 0.8y⁴ + 4x² + 2y² − xy − 0.2x²y. */
export const newton2d = objective2(
	(x, y) => x ** 4 + 0.8 * y ** 4 + 4 * x * x + 2 * y * y - x * y - 0.2 * x * x * y,
	(x, y) => [4 * x ** 3 + 8 * x - y - 0.4 * x * y, 3.2 * y ** 3 + 4 * y - x - 0.2 * x * x],
	(x, y) => [
		[12 * x * x + 8 - 0.4 * y, -1 - 0.4 * x],
		[-1 - 0.4 * x, 9.6 * y * y + 4]
	]
);

/** A smooth convex non-quadratic bowl: e^(x/2) + e^(−0.3y) + 0.2(x − y)². */
export const expBowl = objective2(
	(x, y) => Math.exp(0.5 * x) + Math.exp(-0.3 * y) + 0.2 * (x - y) ** 2,
	(x, y) => [0.5 * Math.exp(0.5 * x) + 0.4 * (x - y), -0.3 * Math.exp(-0.3 * y) - 0.4 * (x - y)],
	(x, y) => [
		[0.25 * Math.exp(0.5 * x) + 0.4, -0.4],
		[-0.4, 0.09 * Math.exp(-0.3 * y) + 0.4]
	]
);

/** CURRICULUM.md's Newton 1-D example: g(x) = eˣ − ln x. */
export const newton1d: Objective = {
	variables: ['x'],
	value: ({ x }) => Math.exp(x) - Math.log(x),
	gradient: ({ x }) => ({ x: Math.exp(x) - 1 / x }),
	hessian: ({ x }) => [[Math.exp(x) + 1 / (x * x)]]
};
