import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mlp/random';
import {
	OPS,
	OP_LIST,
	derivativeRule,
	getOp,
	secondDerivativeRule,
	sigmoid,
	softplus,
	type OpName
} from './ops';
import { relativeError } from './gradcheck';

let random = mulberry32(20240611);
const between = (lo: number, hi: number) => lo + (hi - lo) * random();
const awayFromZero = () => (random() < 0.5 ? -1 : 1) * between(0.1, 3);

/** Seeded sample points inside each op's smooth domain (kinks and poles avoided). */
const DOMAIN: Record<OpName, () => [number, number]> = {
	add: () => [between(-3, 3), between(-3, 3)],
	sub: () => [between(-3, 3), between(-3, 3)],
	mul: () => [between(-3, 3), between(-3, 3)],
	div: () => [between(-3, 3), awayFromZero()],
	pow: () => [between(0.2, 3), between(-2, 3)],
	neg: () => [between(-3, 3), 0],
	exp: () => [between(-3, 3), 0],
	log: () => [between(0.1, 5), 0],
	sqrt: () => [between(0.1, 5), 0],
	abs: () => [awayFromZero(), 0],
	sin: () => [between(-6, 6), 0],
	cos: () => [between(-6, 6), 0],
	tanh: () => [between(-3, 3), 0],
	sigmoid: () => [between(-6, 6), 0],
	relu: () => [awayFromZero(), 0],
	softplus: () => [between(-6, 6), 0],
	max: () => {
		const a = between(-3, 3);
		return [a, a + awayFromZero()];
	},
	min: () => {
		const a = between(-3, 3);
		return [a, a + awayFromZero()];
	},
	leakyRelu: () => [awayFromZero(), 0],
	elu: () => [awayFromZero(), 0]
};

const H = 1e-6;
/** Central difference of g along input i at (a, b). */
function fd(g: (a: number, b: number) => number, a: number, b: number, i: number): number {
	return i === 0 ? (g(a + H, b) - g(a - H, b)) / (2 * H) : (g(a, b + H) - g(a, b - H)) / (2 * H);
}
const close = (analytic: number, numerical: number) =>
	relativeError(analytic, numerical) < 1e-6 || Math.abs(analytic - numerical) < 1e-8;

describe('op table', () => {
	it('has every op of the syntax and the puzzle activations', () => {
		expect(Object.keys(OPS).sort()).toEqual(Object.keys(DOMAIN).sort());
		for (const op of OP_LIST) {
			expect(op.derivatives.length).toBe(op.arity);
			expect(op.second.length).toBe(op.arity);
			expect(op.latex.min.length).toBeGreaterThanOrEqual(op.arity);
		}
	});

	OP_LIST.forEach((op, index) => {
		it(`${op.name}: local and second derivatives match finite differences`, () => {
			random = mulberry32(1000 + index);
			for (let trial = 0; trial < 40; trial++) {
				const [a, b] = DOMAIN[op.name as OpName]();
				const out = op.forward(a, b);
				for (let i = 0; i < op.arity; i++) {
					const d = derivativeRule(op, i);
					expect(
						close(d(a, b, out), fd(op.forward, a, b, i)),
						`${op.name} d${i} at ${a}, ${b}`
					).toBe(true);
					for (let j = 0; j < op.arity; j++) {
						const s = secondDerivativeRule(op, i, j)(a, b, out);
						const numeric = fd((x, y) => d(x, y, op.forward(x, y)), a, b, j);
						expect(close(s, numeric), `${op.name} d${i}d${j} at ${a}, ${b}`).toBe(true);
					}
				}
			}
		});
	});

	it('follows PyTorch at the kinks', () => {
		const d = (name: OpName, i: number, a: number, b = 0) =>
			derivativeRule(getOp(name), i)(a, b, getOp(name).forward(a, b));
		expect(d('relu', 0, 0)).toBe(0);
		expect(d('abs', 0, 0)).toBe(0);
		expect([d('max', 0, 2, 2), d('max', 1, 2, 2)]).toEqual([0.5, 0.5]);
		expect([d('min', 0, 2, 2), d('min', 1, 2, 2)]).toEqual([0.5, 0.5]);
		expect([d('max', 0, 3, 2), d('max', 1, 3, 2)]).toEqual([1, 0]);
		expect([d('min', 0, 3, 2), d('min', 1, 3, 2)]).toEqual([0, 1]);
		expect(d('leakyRelu', 0, 0)).toBe(0.01);
		expect(d('elu', 0, 0)).toBe(1);
	});

	it('keeps pow finite where log(base) is not', () => {
		const pow = OPS.pow;
		expect(derivativeRule(pow, 0)(0, 2, 0)).toBe(0); // d/dx x² at 0
		expect(derivativeRule(pow, 1)(0, 2, 0)).toBe(0); // d/dy 0^y, PyTorch's mask
		expect(derivativeRule(pow, 0)(0, 0, 1)).toBe(0); // d/dx x⁰
		expect(pow.forward(-2, 3)).toBe(-8);
	});

	it('computes sigmoid and softplus stably for large |x|', () => {
		expect(sigmoid(1000)).toBe(1);
		expect(sigmoid(-1000)).toBe(0);
		expect(sigmoid(-700)).toBeGreaterThan(0);
		expect(relativeError(sigmoid(-30), 1 / (1 + Math.exp(30)))).toBeLessThan(1e-14);
		expect(softplus(1000)).toBe(1000);
		expect(softplus(-1000)).toBe(0);
		expect(relativeError(softplus(-30), Math.exp(-30))).toBeLessThan(1e-12);
		expect(relativeError(softplus(2), Math.log(1 + Math.exp(2)))).toBeLessThan(1e-15);
	});

	it('fails loudly, by name, for an unknown op or a missing rule', () => {
		expect(() => getOp('frobnicate')).toThrow(/"frobnicate"/);
		const mystery = { ...OPS.exp, name: 'mystery', derivatives: [], second: [] };
		expect(() => derivativeRule(mystery, 0)).toThrow(/"mystery" has no derivative rule/);
		expect(() => secondDerivativeRule(mystery, 0, 0)).toThrow(/"mystery" has no second/);
	});
});
