// A micrograd-style computational graph for the chain-rule puzzles, built from code:
//   const g = new Graph();
//   const x = g.input('x', -2), y = g.input('y', 5), z = g.input('z', -4);
//   const f = g.mul(g.add(x, y, 'q'), z, 'f');
//   g.backward(f); // x.grad = -4, and x.upstream says which consumer sent it
// Values and local derivatives are computed as nodes are made; every rule comes from the op table.
import { GraphNode, below } from './GraphNode';
import { OPS, derivativeRule, getOp, type OpName, type OpRule } from './ops';

/** An operand: a node of this graph, or a number (made into a constant node). */
export type Operand = GraphNode | number;

export class Graph {
	/** All nodes in creation order, which is a topological order. */
	readonly nodes: GraphNode[] = [];

	input(name: string, value: number): GraphNode {
		return this.register(new GraphNode(this.nodes.length, 'input', undefined, [], name, value));
	}

	constant(value: number, label = String(value)): GraphNode {
		return this.register(new GraphNode(this.nodes.length, 'const', undefined, [], label, value));
	}

	/** Applies any op of the table (or a custom rule) to operands; checks arity. */
	apply(op: OpRule | OpName, operands: readonly Operand[], label = ''): GraphNode {
		const rule = typeof op === 'string' ? getOp(op) : op;
		if (operands.length !== rule.arity) {
			throw new Error(`Op "${rule.name}" takes ${rule.arity} input(s), got ${operands.length}`);
		}
		const inputs = operands.map((o) => this.node(o));
		const node = new GraphNode(this.nodes.length, rule.name, rule, inputs, label, 0);
		evaluate(node);
		return this.register(node);
	}

	add = (a: Operand, b: Operand, label?: string) => this.apply(OPS.add, [a, b], label);
	sub = (a: Operand, b: Operand, label?: string) => this.apply(OPS.sub, [a, b], label);
	mul = (a: Operand, b: Operand, label?: string) => this.apply(OPS.mul, [a, b], label);
	div = (a: Operand, b: Operand, label?: string) => this.apply(OPS.div, [a, b], label);
	pow = (a: Operand, b: Operand, label?: string) => this.apply(OPS.pow, [a, b], label);
	max = (a: Operand, b: Operand, label?: string) => this.apply(OPS.max, [a, b], label);
	min = (a: Operand, b: Operand, label?: string) => this.apply(OPS.min, [a, b], label);
	neg = (a: Operand, label?: string) => this.apply(OPS.neg, [a], label);
	exp = (a: Operand, label?: string) => this.apply(OPS.exp, [a], label);
	log = (a: Operand, label?: string) => this.apply(OPS.log, [a], label);
	sqrt = (a: Operand, label?: string) => this.apply(OPS.sqrt, [a], label);
	abs = (a: Operand, label?: string) => this.apply(OPS.abs, [a], label);
	sin = (a: Operand, label?: string) => this.apply(OPS.sin, [a], label);
	cos = (a: Operand, label?: string) => this.apply(OPS.cos, [a], label);
	tanh = (a: Operand, label?: string) => this.apply(OPS.tanh, [a], label);
	sigmoid = (a: Operand, label?: string) => this.apply(OPS.sigmoid, [a], label);
	relu = (a: Operand, label?: string) => this.apply(OPS.relu, [a], label);
	softplus = (a: Operand, label?: string) => this.apply(OPS.softplus, [a], label);
	leakyRelu = (a: Operand, label?: string) => this.apply(OPS.leakyRelu, [a], label);
	elu = (a: Operand, label?: string) => this.apply(OPS.elu, [a], label);

	/** Changes an input's or constant's value; call `forward()` to update the nodes above it. */
	set(leaf: GraphNode, value: number): void {
		if (!leaf.isLeaf) throw new Error(`Only inputs and constants can be set, not "${leaf.op}"`);
		this.node(leaf).value = value;
	}

	/** Recomputes every value and local derivative in creation (topological) order. */
	forward(): void {
		for (const node of this.nodes) if (!node.isLeaf) evaluate(node);
	}

	/**
	 * Reverse-mode sweep from `root`: resets every node first (so calling it twice gives the same
	 * gradients, micrograd #53), and accumulates over every use of a node (x·x, micrograd #2).
	 */
	backward(root: GraphNode): void {
		this.node(root);
		for (const node of this.nodes) {
			node.grad = 0;
			node.upstream = [];
		}
		root.grad = 1;
		const order = below(root);
		for (let k = order.length - 1; k >= 0; k--) {
			const node = order[k];
			node.inputs.forEach((input, i) => {
				const value = node.grad * node.local[i];
				input.upstream.push({ from: node, inputIndex: i, value });
				input.grad += value;
			});
		}
	}

	private node(o: Operand): GraphNode {
		if (typeof o === 'number') return this.constant(o);
		if (this.nodes[o.id] !== o)
			throw new Error(`Node "${o.label || o.op}" belongs to another graph`);
		return o;
	}

	private register(node: GraphNode): GraphNode {
		this.nodes.push(node);
		return node;
	}
}

/** Value and local derivatives of an op node from its inputs' current values. */
function evaluate(node: GraphNode): void {
	const rule = node.rule!;
	const a = node.inputs[0].value;
	const b = rule.arity === 2 ? node.inputs[1].value : a;
	node.value = rule.forward(a, b);
	node.local = node.inputs.map((_, i) => derivativeRule(rule, i)(a, b, node.value));
}
