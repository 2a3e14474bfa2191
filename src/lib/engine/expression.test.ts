import { describe, expect, it } from 'vitest';
import { parse } from './expression';
import { gradcheckExpression, numericalGradient } from './gradcheck';
import { mulberry32 } from './mlp/random';

let random = mulberry32(7);
const between = (lo: number, hi: number) => lo + (hi - lo) * random();

function expectMatrixClose(actual: number[][], expected: number[][], digits = 9) {
	expect(actual.length).toBe(expected.length);
	actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], digits)));
}

describe('CURRICULUM.md reference numbers', () => {
	it('(x + y)·z at (−2, 5, −4)', () => {
		const f = parse('(x + y) * z');
		const at = { x: -2, y: 5, z: -4 };
		expect(f.value(at)).toBe(-12);
		expect(f.gradient(at)).toEqual({ x: -4, y: -4, z: 3 });
	});

	it('the sigmoid neuron', () => {
		const f = parse('sigmoid(w0*x0 + w1*x1 + w2)');
		const at = { w0: 2, w1: -3, w2: -3, x0: -1, x1: -2 };
		expect(f.value(at)).toBeCloseTo(0.7310586, 7);
		const g = f.gradient(at);
		expect(g.w0).toBeCloseTo(-0.1966119, 7);
		expect(g.w1).toBeCloseTo(-0.3932239, 7);
		expect(g.w2).toBeCloseTo(0.1966119, 7);
		expect(g.x0).toBeCloseTo(0.3932239, 7);
		expect(g.x1).toBeCloseTo(-0.5898358, 7);
	});

	it('gate patterns: 2(xy + max(z, w))', () => {
		const f = parse('2*(x*y + max(z, w))');
		const at = { x: 3, y: -4, z: 2, w: -1 };
		expect(f.value(at)).toBe(-20);
		expect(f.gradient(at)).toEqual({ w: 0, x: -8, y: 6, z: 2 });
	});

	it('Hessians of the Newton levels', () => {
		const newton = parse('x^4 + 0.8*y^4 + 4*x^2 + 2*y^2 - x*y - 0.2*x^2*y');
		expect(newton.hessian({ x: 0, y: 0 })).toEqual([
			[8, -1],
			[-1, 4]
		]);
		expect(parse('2*x^2 + 3*y^2 - x*y').hessian({ x: 0.3, y: -2 })).toEqual([
			[4, -1],
			[-1, 6]
		]);
		expect(parse('(1 - x)^2 + 100*(y - x^2)^2').hessian({ x: 1, y: 1 })).toEqual([
			[802, -400],
			[-400, 200]
		]);
	});

	it("g(x) = eˣ − ln x has g''(x) = eˣ + 1/x²", () => {
		const g = parse('exp(x) - log(x)');
		for (const x of [0.05, 0.3, 0.5671432904, 1, 2.5]) {
			expect(g.hessian({ x })[0][0]).toBeCloseTo(Math.exp(x) + 1 / x ** 2, 9);
			expect(g.gradient({ x }).x).toBeCloseTo(Math.exp(x) - 1 / x, 12);
		}
	});
});

const SMOOTH = [
	'x*y + sin(x) - exp(y/3)',
	'sigmoid(a*x + b) * tanh(x - a) + softplus(b*y)',
	'log(1 + x^2 + y^2) / sqrt(2 + cos(x*y))',
	'x^y + y^x - abs(x - 7*y)',
	'relu(3*x + 1) * max(x, y)^2 - min(x*y, 2*y)',
	'(x - 1)^3 * (y + 2)^-2 + pi*e*x',
	'-x^2 + 2^-y - -y'
];

describe('gradients and Hessians against finite differences', () => {
	SMOOTH.forEach((source, index) => {
		it(source, () => {
			random = mulberry32(100 + index);
			const f = parse(source);
			for (let trial = 0; trial < 10; trial++) {
				const at = Object.fromEntries(f.variables.map((v) => [v, between(0.5, 2)]));
				// Relative error 1e-6, or 1e-8 absolute where a component is tiny next to f (round-off).
				const { relativeErrors, analytic, numerical } = gradcheckExpression(f, at);
				relativeErrors.forEach((e, i) =>
					expect(e < 1e-6 || Math.abs(analytic[i] - numerical[i]) < 1e-8).toBe(true)
				);
				const H = f.hessian(at);
				const x = f.variables.map((v) => at[v]);
				f.variables.forEach((vi, i) => {
					// Column i of the Hessian: central differences of the exact gradient's component i.
					const fdRow = numericalGradient((p) => {
						const point = Object.fromEntries(f.variables.map((v, k) => [v, p[k]]));
						return f.gradient(point)[vi];
					}, x);
					fdRow.forEach((v, j) => expect(H[i][j]).toBeCloseTo(v, 5));
				});
			}
		});
	});

	it('Rosenbrock Hessian matches its closed form everywhere', () => {
		random = mulberry32(1);
		const f = parse('(1 - x)^2 + 100*(y - x^2)^2');
		for (let trial = 0; trial < 20; trial++) {
			const [x, y] = [between(-2, 2), between(-1, 3)];
			expectMatrixClose(f.hessian({ x, y }), [
				[2 - 400 * (y - x * x) + 800 * x * x, -400 * x],
				[-400 * x, 200]
			]);
		}
	});

	it('a constant power of a negative base has a finite Hessian', () => {
		expect(parse('x^2').hessian({ x: -1.5 })).toEqual([[2]]);
		expect(parse('x^3').gradient({ x: -2 }).x).toBe(12);
	});

	it('reuses buffers without carrying state between calls', () => {
		const f = parse('x*x*y');
		expect(f.gradient({ x: 1, y: 2 })).toEqual({ x: 4, y: 1 });
		expect(f.gradient({ x: 3, y: -1 })).toEqual({ x: -6, y: 9 });
		expect(f.gradient({ x: 3, y: -1 })).toEqual({ x: -6, y: 9 });
	});
});

describe('syntax and evaluation', () => {
	const v = (s: string, at: Record<string, number> = {}) => parse(s).value(at);

	it('has the usual precedence, with ^ right-associative above unary minus', () => {
		expect(v('1 + 2*3')).toBe(7);
		expect(v('2*3^2')).toBe(18);
		expect(v('-2^2')).toBe(-4);
		expect(v('-x^2', { x: 3 })).toBe(-9);
		expect(v('2^3^2')).toBe(512);
		expect(v('2^-1')).toBe(0.5);
		expect(v('10/2/5')).toBe(1);
		expect(v('10 - 2 - 3')).toBe(5);
		expect(v('--3')).toBe(3);
		expect(v('+3 - +1')).toBe(2);
	});

	it('reads numbers in every allowed form', () => {
		expect(v('2 + 0.5 + .5 + 1e-3 + 1E3 + 5. + 2.5e+1')).toBeCloseTo(1033.001, 12);
	});

	it('treats pi and e as constants, not variables', () => {
		const f = parse('e^x + pi*y');
		expect(f.variables).toEqual(['x', 'y']);
		expect(f.value({ x: 1, y: 1 })).toBe(Math.E + Math.PI);
		expect(parse('pi + e').variables).toEqual([]);
	});

	it('sorts variables by code point', () => {
		expect(parse('b + a + B + _z + a1 + A').variables).toEqual(['A', 'B', '_z', 'a', 'a1', 'b']);
		expect(parse('x').source).toBe('x');
	});

	it('names a missing variable', () => {
		const f = parse('x + y');
		expect(() => f.value({ x: 1 })).toThrow(/"y"/);
		expect(() => f.gradient({ y: 1 })).toThrow(/"x"/);
		expect(() => f.hessian({})).toThrow(Error);
	});

	it('returns non-finite results instead of throwing', () => {
		expect(v('log(0)')).toBe(-Infinity);
		expect(v('log(x)', { x: -1 })).toBeNaN();
		expect(v('1/x', { x: 0 })).toBe(Infinity);
		expect(v('sqrt(x)', { x: -4 })).toBeNaN();
		expect(parse('sqrt(x)').gradient({ x: 0 }).x).toBe(Infinity);
		expect(parse('x*y').gradient({ x: NaN, y: 1 }).y).toBeNaN();
	});

	it('uses the PyTorch derivative at kinks', () => {
		expect(parse('relu(x)').gradient({ x: 0 }).x).toBe(0);
		expect(parse('abs(x)').gradient({ x: 0 }).x).toBe(0);
		expect(parse('max(x, y)').gradient({ x: 1, y: 1 })).toEqual({ x: 0.5, y: 0.5 });
		expect(parse('min(x, y)').gradient({ x: -2, y: -2 })).toEqual({ x: 0.5, y: 0.5 });
		expect(parse('max(x, x)').gradient({ x: 4 }).x).toBe(1);
	});
});
