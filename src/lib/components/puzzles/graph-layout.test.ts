// The layout of real puzzle graphs: inputs on the left, the output on the right, every edge going
// forward, and no two boxes (nodes or edge labels) on top of each other.
import { describe, expect, it } from 'vitest';
import { Graph } from '$lib/engine';
import { TIERS } from '$lib/puzzles/chain';
import type { GraphPuzzle, Puzzle } from '$lib/puzzles/types';
import { layoutGraph, overlaps, type Box } from './graph-layout';
import { attachFields, graphSizes } from './graph-view';
import { expressionPuzzle, puzzleFrom, xyzPuzzle } from './test-puzzle';

function layout(puzzle: GraphPuzzle, withFields = true) {
	const attached = attachFields(withFields ? puzzle.fields : []);
	return layoutGraph(puzzle.graph, graphSizes(puzzle.graph, attached, 'en'));
}

function sigmoidNeuron(): GraphPuzzle {
	const g = new Graph();
	const [w0, x0, w1, x1, w2] = [
		g.input('w0', 2),
		g.input('x0', -1),
		g.input('w1', -3),
		g.input('x1', -2),
		g.input('w2', -3)
	];
	const s = g.add(g.add(g.mul(w0, x0), g.mul(w1, x1)), w2, 's');
	const f = g.add(g.neg(g.exp(g.neg(s))), 0, 'f'); // a long chain: depth matters here
	return puzzleFrom(g, f, 'test.neuron');
}

function xTimesX(): GraphPuzzle {
	const g = new Graph();
	const x = g.input('x', 3);
	return puzzleFrom(g, g.mul(x, x, 'f'));
}

const CASES: [string, () => GraphPuzzle][] = [
	['(x + y)z', xyzPuzzle],
	['the sigmoid neuron, gate by gate', sigmoidNeuron],
	['x·x (one input on two edges)', xTimesX],
	[
		'2(xy + max(z, w))',
		() => expressionPuzzle('2*(x*y + max(z, w))', { x: 3, y: -4, z: 2, w: -1 })
	],
	[
		'a wide generated-looking graph',
		() =>
			expressionPuzzle('sigmoid(a*b + c) * tanh(a - d) + (b*b + exp(c*d)) / (1 + a^2)', {
				a: 0.5,
				b: -1,
				c: 2,
				d: 0.3
			})
	]
];

const inside = (box: Box, width: number, height: number) =>
	box.x >= -1e-9 &&
	box.y >= -1e-9 &&
	box.x + box.width <= width + 1e-9 &&
	box.y + box.height <= height + 1e-9;

/** Every edge forward (left to right), every box inside the drawing, no two boxes overlapping. */
function expectGoodLayout(puzzle: GraphPuzzle, withFields = true) {
	const result = layout(puzzle, withFields);
	const box = (id: number) => result.nodes.find((n) => n.id === id)!;
	expect(result.nodes).toHaveLength(puzzle.graph.nodes.length);
	const edgeCount = puzzle.graph.nodes.reduce((sum, n) => sum + n.inputs.length, 0);
	expect(result.edges).toHaveLength(edgeCount);
	for (const edge of result.edges) {
		// The input's box ends before the consumer's box begins.
		expect(box(edge.from).x + box(edge.from).width).toBeLessThan(box(edge.to).x);
		expect(edge.points.length).toBeGreaterThanOrEqual(2);
		for (let k = 1; k < edge.points.length; k++)
			expect(edge.points[k].x).toBeGreaterThanOrEqual(edge.points[k - 1].x - 1e-9);
		expect(edge.points[0].x).toBeLessThan(edge.points.at(-1)!.x);
	}
	const boxes: Box[] = [
		...result.nodes,
		...result.edges.flatMap((e) => (e.label ? [e.label] : []))
	];
	if (withFields) {
		const downstream = puzzle.fields.filter((f) => f.kind === 'downstream').length;
		expect(boxes.length).toBe(result.nodes.length + downstream);
	}
	for (let i = 0; i < boxes.length; i++) {
		expect(inside(boxes[i], result.width, result.height)).toBe(true);
		for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
	}
}

describe('layoutGraph', () => {
	for (const [name, make] of CASES) {
		for (const withFields of [true, false]) {
			it(`lays out ${name} left to right without overlaps (${withFields ? 'with' : 'no'} fields)`, () => {
				expectGoodLayout(make(), withFields);
			});
		}
	}

	it('lays out every puzzle of every tier (a few seeds each)', () => {
		const graphOf = (p: Puzzle) =>
			p.kind === 'graph' ? p : p.kind === 'gradcheck' && p.graph ? { ...p, graph: p.graph } : null;
		let count = 0;
		for (const tier of TIERS)
			for (const def of tier.puzzles)
				for (const seed of [0, 1, 2, 99]) {
					const puzzle = graphOf(def.make(seed));
					if (!puzzle) continue;
					expectGoodLayout(puzzle as GraphPuzzle);
					count++;
				}
		expect(count).toBeGreaterThan(40);
	});

	it('puts the output rightmost and the inputs in the first column', () => {
		const puzzle = xyzPuzzle();
		const result = layout(puzzle);
		const right = (id: number) => result.nodes[id].x + result.nodes[id].width;
		const root = puzzle.graph.root;
		for (const node of result.nodes)
			if (node.id !== root) expect(right(node.id)).toBeLessThan(right(root));
		const firstColumn = Math.min(...result.nodes.map((n) => n.x));
		expect(result.nodes[0].x).toBe(firstColumn); // x
		expect(result.nodes[1].x).toBe(firstColumn); // y
	});

	it('gives x·x two separate edges into the two slots', () => {
		const result = layout(xTimesX());
		expect(result.edges.map((e) => [e.from, e.to, e.slot])).toEqual([
			[0, 1, 0],
			[0, 1, 1]
		]);
		const [a, b] = result.edges.map((e) => e.label!);
		expect(overlaps(a, b)).toBe(false);
	});

	it('detects overlapping boxes (the check itself can fail)', () => {
		expect(
			overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 5, height: 5 })
		).toBe(true);
		expect(
			overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })
		).toBe(false);
	});
});
