// Test fixtures: graph puzzles built straight from the engine's Graph (values and gradients from
// its backward pass), so the view helpers are tested on real graphs without the puzzle core.
import { Graph, graphFromExpression, type GraphNode } from '$lib/engine';
import type { Field, GraphPuzzle, PuzzleGraph } from '$lib/puzzles/types';

const name = (node: GraphNode) => node.label || `n${node.id}`;
const d = (top: string, bottom: string) => ({
	en: `∂${top}/∂${bottom}`,
	ko: `∂${top}/∂${bottom}`
});

/** The puzzle graph of an engine graph (inputs' values given, the rest to fill). */
export function puzzleGraph(graph: Graph, root: GraphNode): PuzzleGraph {
	return {
		root: root.id,
		nodes: graph.nodes.map((node) => ({
			id: node.id,
			op: node.op,
			label: node.label,
			tex: node.isLeaf ? node.label : node.latex(),
			inputs: node.inputs.map((input) => input.id),
			value: node.value,
			valueGiven: node.isLeaf
		}))
	};
}

/** Every kind of field on every node: forward values, then local, upstream and downstream. */
function fieldsOf(graph: Graph, root: GraphNode): Field[] {
	graph.backward(root);
	const f = name(root);
	const ops = graph.nodes.filter((node) => !node.isLeaf);
	const values = ops.map((node): Field => ({
		key: `v:${node.id}`,
		kind: 'value',
		node: node.id,
		label: { en: name(node), ko: name(node) },
		tex: name(node),
		expected: node.value
	}));
	const backward = [...graph.nodes].reverse().flatMap((node): Field[] => [
		{
			key: `u:${node.id}`,
			kind: 'upstream',
			node: node.id,
			label: d(f, name(node)),
			tex: name(node),
			expected: node.grad
		},
		...node.inputs.flatMap((input, i): Field[] => [
			{
				key: `l:${node.id}:${i}`,
				kind: 'local',
				node: node.id,
				input: i,
				label: d(name(node), name(input)),
				tex: name(node),
				expected: node.local[i]
			},
			{
				key: `d:${node.id}:${i}`,
				kind: 'downstream',
				node: node.id,
				input: i,
				label: { en: `${name(node)} → ${name(input)}`, ko: `${name(node)} → ${name(input)}` },
				tex: name(node),
				expected: node.grad * node.local[i]
			}
		])
	]);
	return [...values, ...backward];
}

export function puzzleFrom(
	graph: Graph,
	root: GraphNode,
	id = 'test.graph',
	seed = 0
): GraphPuzzle {
	return {
		kind: 'graph',
		id,
		version: 1,
		seed,
		tier: 'circuits',
		title: { en: id, ko: id },
		prompt: { en: 'Fill in every field.', ko: '모든 칸을 채우세요.' },
		formulaTex: root.expressionLatex(),
		fields: fieldsOf(graph, root),
		graph: puzzleGraph(graph, root)
	};
}

/** f = (x + y)·z at x = −2, y = 5, z = −4 (CURRICULUM.md's reference values). */
export function xyzPuzzle(): GraphPuzzle {
	const g = new Graph();
	const x = g.input('x', -2);
	const y = g.input('y', 5);
	const z = g.input('z', -4);
	const f = g.mul(g.add(x, y, 'q'), z, 'f');
	return puzzleFrom(g, f, 'test.xyz');
}

/** A puzzle from any expression at a point (unlabelled op nodes, shared inputs). */
export function expressionPuzzle(source: string, at: Record<string, number>): GraphPuzzle {
	const { graph, root } = graphFromExpression(source, at);
	return puzzleFrom(graph, root, `test.${source}`);
}
