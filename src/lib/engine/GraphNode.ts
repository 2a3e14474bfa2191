// One node of a computational graph for the chain-rule puzzles: what it computes, from what, its
// forward value, its local derivatives, the gradient each consumer sends it and their total.
// It knows no UI; views walk `inputs` and read these fields.
import { constantLatex, variableLatex } from './latex';
import type { OpRule } from './ops';

/** One consumer's share of a node's gradient: consumer.grad × consumer.local[inputIndex]. */
export interface Upstream {
	readonly from: GraphNode;
	readonly inputIndex: number;
	readonly value: number;
}

export class GraphNode {
	/** Creation order in its graph; inputs always have smaller ids (a topological order). */
	readonly id: number;
	/** `input`, `const`, or the op's name in the op table. */
	readonly op: string;
	readonly rule: OpRule | undefined;
	readonly inputs: readonly GraphNode[];
	label: string;
	value: number;
	/** ∂value/∂inputs[i], at the current values. */
	local: number[] = [];
	/** Filled by backward: one entry per use of this node by a consumer (x·x gives two). */
	upstream: Upstream[] = [];
	/** ∂root/∂this after backward: the sum of `upstream` (1 for the root itself). */
	grad = 0;

	constructor(
		id: number,
		op: string,
		rule: OpRule | undefined,
		inputs: readonly GraphNode[],
		label: string,
		value: number
	) {
		this.id = id;
		this.op = op;
		this.rule = rule;
		this.inputs = inputs;
		this.label = label;
		this.value = value;
	}

	get isLeaf(): boolean {
		return this.rule === undefined;
	}

	/**
	 * LaTeX of what this node computes, from the op table, in terms of its inputs: a labelled
	 * input appears by its label, an unlabelled one is expanded (as far as the next label).
	 */
	latex(): string {
		return nodeLatex(this, true);
	}

	/** LaTeX of the whole sub-expression down to the inputs and constants, ignoring labels. */
	expressionLatex(): string {
		return nodeLatex(this, false);
	}
}

/** Bottom-up over the nodes below `root`, iteratively (a long chain must not recurse). */
function nodeLatex(root: GraphNode, stopAtLabels: boolean): string {
	const nodes = below(root, stopAtLabels);
	const text = new Map<GraphNode, [string, number]>();
	for (const node of nodes) {
		const leafLike = node.isLeaf || (stopAtLabels && node !== root && node.label !== '');
		if (leafLike) {
			text.set(node, leafLatex(node));
			continue;
		}
		const { render, min, prec } = node.rule!.latex;
		const args = node.inputs.map((input, slot) => {
			const [s, p] = text.get(input)!;
			return p < min[slot] ? `\\left(${s}\\right)` : s;
		});
		text.set(node, [render(args), prec]);
	}
	return text.get(root)![0];
}

function leafLatex(node: GraphNode): [string, number] {
	const named =
		node.label !== '' && !/^-?[\d.]/.test(node.label) && node.label !== 'pi' && node.label !== 'e';
	if (node.op === 'const' && !named) return constantLatex(node.label, node.value);
	return [variableLatex(node.label), Infinity];
}

/** Nodes that `root` depends on (stopping at labelled ones if asked), sorted by id. */
export function below(root: GraphNode, stopAtLabels = false): GraphNode[] {
	const seen = new Set<GraphNode>([root]);
	const stack = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (stopAtLabels && node !== root && node.label !== '') continue;
		for (const input of node.inputs) {
			if (!seen.has(input)) {
				seen.add(input);
				stack.push(input);
			}
		}
	}
	return [...seen].sort((x, y) => x.id - y.id);
}
