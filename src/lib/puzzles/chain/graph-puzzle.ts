// Turns a computational graph built with the engine into a puzzle's data: the nodes as the views
// draw them and the fields to fill, every number taken from the engine's forward and backward pass.
// `rebuild` goes the other way, so explanations can read gradients from a puzzle's data alone.
import { getOp, Graph, type GraphNode } from '../../engine';
import type { Field, PuzzleGraph, PuzzleNode } from '../types';
import { downstreamName, fixTex, localName, nameTex, upstreamName, valueName } from './names';

/** Which fields a puzzle asks for, by node. */
export interface Asks {
	/** Op nodes whose forward value is to be filled (all other values are shown). */
	readonly values?: readonly GraphNode[];
	/** Op nodes whose local derivative for each (non-constant) input is asked. */
	readonly locals?: readonly GraphNode[];
	/** Nodes whose total gradient ∂root/∂node is asked. */
	readonly upstream?: readonly GraphNode[];
	/** Op nodes whose gradient sent to each (non-constant) input is asked. */
	readonly downstream?: readonly GraphNode[];
}

/** A graph after its backward pass: what explanations and worked lines read. */
export interface Ctx {
	readonly nodes: readonly GraphNode[];
	readonly root: GraphNode;
}

const field = (f: Field): Field => f;

/** The fields of one node in the backward pass: upstream, then locals, then downstream. */
function backwardFields(root: GraphNode, node: GraphNode, asks: Asks): Field[] {
	const out: Field[] = [];
	const has = (list?: readonly GraphNode[]) => list?.includes(node) ?? false;
	if (has(asks.upstream))
		out.push(
			field({
				key: `u:${node.id}`,
				kind: 'upstream',
				node: node.id,
				...upstreamName(root, node),
				expected: node.grad
			})
		);
	const slots = node.inputs.flatMap((input, i) => (input.op === 'const' ? [] : [i]));
	if (has(asks.locals))
		for (const i of slots)
			out.push(
				field({
					key: `l:${node.id}:${i}`,
					kind: 'local',
					node: node.id,
					input: i,
					...localName(node, i),
					expected: node.local[i]
				})
			);
	if (has(asks.downstream))
		for (const i of slots)
			out.push(
				field({
					key: `d:${node.id}:${i}`,
					kind: 'downstream',
					node: node.id,
					input: i,
					...downstreamName(root, node, i),
					expected: node.grad * node.local[i]
				})
			);
	return out;
}

/** Every node must feed the root: a stray node would be drawn but never explained. */
function checkReach(graph: Graph, root: GraphNode): void {
	const reached = new Set<GraphNode>([root]);
	for (let k = root.id; k >= 0; k--) {
		const node = graph.nodes[k];
		if (reached.has(node)) node.inputs.forEach((i) => reached.add(i));
	}
	const stray = graph.nodes.find((n) => !reached.has(n));
	if (stray)
		throw new Error(`Node ${stray.id} ("${stray.label || stray.op}") does not feed the root`);
}

/** Runs the backward pass from `root` and lists the nodes and fields (forward first, then from the root down). */
export function puzzleGraph(
	graph: Graph,
	root: GraphNode,
	asks: Asks
): { graph: PuzzleGraph; fields: Field[] } {
	checkReach(graph, root);
	graph.backward(root);
	const asked = new Set(asks.values ?? []);
	for (const node of asked)
		if (node.isLeaf) throw new Error(`Node "${node.label}" is a leaf: its value is always given`);
	const nodes: PuzzleNode[] = graph.nodes.map((n) => ({
		id: n.id,
		op: n.op,
		label: n.label,
		tex: n.isLeaf ? nameTex(n) : fixTex(n.latex()),
		inputs: n.inputs.map((i) => i.id),
		value: n.value,
		valueGiven: !asked.has(n)
	}));
	const forward = graph.nodes
		.filter((n) => asked.has(n))
		.map((n) =>
			field({ key: `v:${n.id}`, kind: 'value', node: n.id, ...valueName(n), expected: n.value })
		);
	const backward = [...graph.nodes].reverse().flatMap((n) => backwardFields(root, n, asks));
	return { graph: { nodes, root: root.id }, fields: [...forward, ...backward] };
}

const rebuilt = new WeakMap<PuzzleGraph, Ctx>();

/** The engine graph of a puzzle's data, after its backward pass (cached per puzzle graph). */
export function rebuild(data: PuzzleGraph): Ctx {
	const known = rebuilt.get(data);
	if (known) return known;
	const graph = new Graph();
	for (const [k, n] of data.nodes.entries()) {
		if (n.id !== k) throw new Error(`Puzzle node ${k} has id ${n.id}: nodes must be in id order`);
		if (n.inputs.some((i) => !(i >= 0 && i < k)))
			throw new Error(`Puzzle node ${k} uses an input that does not come before it`);
		const inputs = n.inputs.map((i) => graph.nodes[i]);
		if (n.op === 'input') graph.input(n.label, n.value);
		else if (n.op === 'const') graph.constant(n.value, n.label);
		else graph.apply(getOp(n.op), inputs, n.label);
	}
	const root = graph.nodes[data.root];
	if (root === undefined) throw new Error(`Puzzle root ${data.root} is not a node`);
	graph.backward(root);
	const ctx = { nodes: graph.nodes, root };
	rebuilt.set(data, ctx);
	return ctx;
}
