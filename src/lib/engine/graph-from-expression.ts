// Builds the computational graph of an expression at a point, for the chain-rule puzzles. Each
// variable becomes one input node shared by all its uses, so its gradient accumulates.
import { CompiledExpression, parse, type Expression } from './expression';
import { Graph } from './Graph';
import type { GraphNode } from './GraphNode';
import { OP_LIST } from './ops';
import { CONST, VAR } from './program';

export interface ExpressionGraph {
	readonly graph: Graph;
	readonly root: GraphNode;
	/** The input node of each variable. */
	readonly inputs: Readonly<Record<string, GraphNode>>;
}

/** Throws ExpressionError for bad source, and an Error naming a variable missing from `at`. */
export function graphFromExpression(
	expression: Expression | string,
	at: Readonly<Record<string, number>>
): ExpressionGraph {
	const compiled =
		expression instanceof CompiledExpression
			? expression
			: (parse(
					typeof expression === 'string' ? expression : expression.source
				) as CompiledExpression);
	const p = compiled.program;
	const graph = new Graph();
	const nodes: GraphNode[] = [];
	const inputs: Record<string, GraphNode> = {};
	for (let k = 0; k < p.size; k++) {
		const c = p.code[k];
		if (c === CONST) nodes.push(graph.constant(p.constant[k], p.text[k]));
		else if (c === VAR) {
			const value = at[p.text[k]];
			if (typeof value !== 'number') throw new Error(`Missing value for variable "${p.text[k]}"`);
			nodes.push((inputs[p.text[k]] = graph.input(p.text[k], value)));
		} else {
			const op = OP_LIST[c];
			nodes.push(
				graph.apply(op, op.arity === 1 ? [nodes[p.a[k]]] : [nodes[p.a[k]], nodes[p.b[k]]])
			);
		}
	}
	return { graph, root: nodes[p.size - 1], inputs };
}
