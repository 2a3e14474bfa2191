// Long inputs: evaluation and backprop walk a flat tape, so thousands of terms cannot overflow.
import { describe, expect, it } from 'vitest';
import { parse } from './expression';
import { Graph } from './Graph';
import { mulberry32 } from './mlp/random';

const LETTERS = 'abcdfghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'; // no `e`: it is a constant

describe('long expressions', () => {
	it('a 5,000-term sum evaluates and differentiates like a plain loop', () => {
		const terms = 5000;
		let source = LETTERS[0];
		const sign = [1];
		for (let i = 1; i < terms; i++) {
			sign.push(i % 3 === 0 ? -1 : 1);
			source += (sign[i] < 0 ? '-' : '+') + LETTERS[i % LETTERS.length];
		}
		expect(source.length).toBe(2 * terms - 1);
		const f = parse(source);
		const random = mulberry32(99);
		const at = Object.fromEntries([...LETTERS].map((l) => [l, random() * 4 - 2]));
		let value = 0;
		const grad: Record<string, number> = Object.fromEntries([...LETTERS].map((l) => [l, 0]));
		for (let i = 0; i < terms; i++) {
			const l = LETTERS[i % LETTERS.length];
			value += sign[i] * at[l];
			grad[l] += sign[i];
		}
		expect(f.value(at)).toBeCloseTo(value, 9);
		expect(f.gradient(at)).toEqual(grad);
		expect(f.toLatex().length).toBeGreaterThan(source.length);
	});

	it('a 2,000-term sum of products (a loss over 2,000 points)', () => {
		const random = mulberry32(5);
		const xs = Array.from({ length: 2000 }, () => Math.floor(random() * 9) + 1);
		const f = parse(xs.map((x) => `w*${x}`).join('-'));
		const w = 0.7;
		let value = 0;
		xs.forEach((x, i) => (value += (i === 0 ? 1 : -1) * w * x));
		const slope = xs[0] - xs.slice(1).reduce((s, x) => s + x, 0);
		expect(f.value({ w })).toBeCloseTo(value, 9);
		expect(f.gradient({ w }).w).toBe(slope);
		expect(f.hessian({ w })).toEqual([[0]]);
	});

	it('a graph chain of 50,000 nodes backpropagates iteratively', () => {
		const g = new Graph();
		const x = g.input('x', 0.5);
		let node = x;
		for (let i = 0; i < 50_000; i++) node = g.add(node, x);
		g.backward(node);
		expect(node.value).toBe(0.5 * 50_001);
		expect(x.grad).toBe(50_001);
		expect(node.latex().length).toBeGreaterThan(50_000);
	});
});
