import { describe, expect, it } from 'vitest';
import { parse } from './expression';
import { Graph } from './Graph';
import { graphFromExpression } from './graph-from-expression';
import { mulberry32 } from './mlp/random';
import { OPS } from './ops';

describe('Graph built from code', () => {
	it('(x + y)·z: values, local derivatives, upstream and grads (CURRICULUM.md)', () => {
		const g = new Graph();
		const x = g.input('x', -2);
		const y = g.input('y', 5);
		const z = g.input('z', -4);
		const q = g.add(x, y, 'q');
		const f = g.mul(q, z, 'f');
		g.backward(f);
		expect([q.value, f.value]).toEqual([3, -12]);
		expect(f.local).toEqual([-4, 3]); // mul swaps its inputs
		expect(q.local).toEqual([1, 1]); // add distributes
		expect([f.grad, q.grad, z.grad, x.grad, y.grad]).toEqual([1, -4, 3, -4, -4]);
		expect(q.upstream).toEqual([{ from: f, inputIndex: 0, value: -4 }]);
		expect(f.upstream).toEqual([]);
		expect(f.latex()).toBe('q \\cdot z');
		expect(f.expressionLatex()).toBe('\\left(x + y\\right) \\cdot z');
	});

	it('the sigmoid neuron, with numbers as operands', () => {
		const g = new Graph();
		const [w0, x0, w1, x1, w2] = [2, -1, -3, -2, -3].map((v, i) =>
			g.input(['w0', 'x0', 'w1', 'x1', 'w2'][i], v)
		);
		const f = g.sigmoid(g.add(g.add(g.mul(w0, x0), g.mul(w1, x1)), w2));
		g.backward(f);
		expect(f.value).toBeCloseTo(0.7310586, 7);
		expect(f.local[0]).toBeCloseTo(0.1966119, 7);
		expect(w0.grad).toBeCloseTo(-0.1966119, 7);
		expect(x1.grad).toBeCloseTo(-0.5898358, 7);
		const h = g.mul(2, g.sub(x0, 0.5));
		g.backward(h);
		expect([h.value, x0.grad, w0.grad]).toEqual([-3, 2, 0]);
	});

	it('max routes the gradient (gate patterns)', () => {
		const g = new Graph();
		const [x, y, z, w] = [3, -4, 2, -1].map((v, i) => g.input('xyzw'[i], v));
		const f = g.mul(2, g.add(g.mul(x, y), g.max(z, w)));
		g.backward(f);
		expect([f.value, x.grad, y.grad, z.grad, w.grad]).toEqual([-20, -8, 6, 2, 0]);
	});

	it('a value used twice accumulates (micrograd #2)', () => {
		const g = new Graph();
		const x = g.input('x', 3);
		const sq = g.mul(x, x);
		g.backward(sq);
		expect(x.grad).toBe(6);
		expect(x.upstream.map((u) => u.inputIndex)).toEqual([0, 1]);
		const a = g.add(x, x);
		g.backward(a);
		expect(x.grad).toBe(2);
	});

	it('backward twice gives the same gradients (micrograd #53)', () => {
		const g = new Graph();
		const x = g.input('x', 0.5);
		const f = g.mul(g.tanh(x), g.exp(x));
		g.backward(f);
		const first = [x.grad, x.upstream.length];
		g.backward(f);
		expect([x.grad, x.upstream.length]).toEqual(first);
		expect(x.grad).toBeCloseTo(
			(1 - Math.tanh(0.5) ** 2) * Math.exp(0.5) + Math.tanh(0.5) * Math.exp(0.5),
			12
		);
	});

	it('recomputes after an input changes', () => {
		const g = new Graph();
		const x = g.input('x', 1);
		const f = g.leakyRelu(g.sub(x, 2));
		expect(f.value).toBeCloseTo(-0.01, 15);
		g.set(x, 5);
		g.forward();
		g.backward(f);
		expect([f.value, x.grad]).toEqual([3, 1]);
		expect(() => g.set(f, 1)).toThrow(/Only inputs/);
	});

	it('refuses nodes of another graph, wrong arity, and ops without a derivative rule', () => {
		const g = new Graph();
		const other = new Graph().input('x', 1);
		expect(() => g.exp(other)).toThrow(/another graph/);
		expect(() => g.apply('max', [1])).toThrow(/"max" takes 2/);
		expect(() => g.apply('frobnicate' as 'exp', [1])).toThrow(/"frobnicate"/);
		const mystery = { ...OPS.exp, name: 'mystery', derivatives: [] };
		expect(() => g.apply(mystery, [1])).toThrow(/"mystery" has no derivative rule/);
	});

	it('uses the op table for every node’s LaTeX', () => {
		const g = new Graph();
		const x = g.input('x', 1);
		expect(g.elu(x).latex()).toBe('\\operatorname{ELU}\\left(x\\right)');
		expect(g.div(g.log(x, 'u'), g.constant(Math.PI, 'pi')).latex()).toBe('\\frac{u}{\\pi}');
		// A negative constant is a number, bracketed where a negation would be.
		expect(g.mul(x, -3).latex()).toBe('x \\cdot \\left(-3\\right)');
		expect(g.add(g.constant(-0.5), x).latex()).toBe('-0.5 + x');
	});
});

describe('graphFromExpression', () => {
	const SOURCES = [
		'(x + y) * z',
		'x*x + x',
		'sigmoid(a*x + b) * tanh(x - a) + softplus(b*y)',
		'log(1 + x^2 + y^2) / sqrt(2 + cos(x*y)) - abs(x - 5)',
		'relu(3*x - 1) * max(x, y)^2 - min(x*y, 2*y) + e^-x'
	];
	const random = mulberry32(11);

	for (const source of SOURCES) {
		it(`${source}: grads equal Expression.gradient`, () => {
			const expr = parse(source);
			for (let trial = 0; trial < 5; trial++) {
				const at = Object.fromEntries(expr.variables.map((v) => [v, 0.5 + 2 * random()]));
				const { graph, root, inputs } = graphFromExpression(source, at);
				graph.backward(root);
				expect(root.value).toBe(expr.value(at));
				const expected = expr.gradient(at);
				for (const v of expr.variables) expect(inputs[v].grad).toBeCloseTo(expected[v], 12);
			}
		});
	}

	it('shares one input node per variable and keeps constants', () => {
		const { graph, root, inputs } = graphFromExpression(parse('x*x + pi'), { x: 3 });
		expect(graph.nodes.filter((n) => n.op === 'input')).toEqual([inputs.x]);
		graph.backward(root);
		expect(inputs.x.grad).toBe(6);
		expect(root.expressionLatex()).toBe('x \\cdot x + \\pi');
	});

	it('names a missing variable', () => {
		expect(() => graphFromExpression('x + y', { x: 1 })).toThrow(/"y"/);
	});
});
