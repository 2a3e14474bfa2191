// For the tests: every number of a graph puzzle recomputed by a different route from the one that
// made it. Each node becomes an expression source over the leaves, parsed by the engine's
// expression compiler and differentiated on its tape (not the Graph the puzzle was built with);
// the gradient at an inner node is the derivative with respect to a shift ε added to that node,
// checked once more by central differences.
import { numericalGradient, parse } from '../../engine';
import type { PuzzleGraph, PuzzleNode } from '../types';

const CALLS = new Set([
	'exp',
	'log',
	'sqrt',
	'abs',
	'sin',
	'cos',
	'tanh',
	'sigmoid',
	'relu',
	'softplus',
	'max',
	'min'
]);
const INFIX: Readonly<Record<string, string>> = {
	add: '+',
	sub: '-',
	mul: '*',
	div: '/',
	pow: '^'
};

/** An op applied to operand sources, in the expression syntax of CONTRACT.md. */
export function opSource(op: string, args: readonly string[]): string {
	if (op in INFIX) return `(${args[0]}) ${INFIX[op]} (${args[1]})`;
	if (op === 'neg') return `-(${args[0]})`;
	if (op === 'leakyRelu') return `max(${args[0]}, 0.01 * (${args[0]}))`;
	if (CALLS.has(op)) return `${op}(${args.join(', ')})`;
	throw new Error(`No expression syntax for op "${op}"`);
}

export const leafName = (node: PuzzleNode) => `v${node.id}`;

/** Each node's whole expression over the input leaves; `shift` adds the variable ε at one node. */
export function sources(g: PuzzleGraph, shift?: number): string[] {
	const out: string[] = [];
	for (const n of g.nodes) {
		let s: string;
		if (n.op === 'input') s = leafName(n);
		else if (n.op === 'const') s = `(${String(n.value)})`;
		else
			s = `(${opSource(
				n.op,
				n.inputs.map((i) => out[i])
			)})`;
		out.push(n.id === shift ? `(${s} + eps)` : s);
	}
	return out;
}

/** The leaves' values, by variable name. */
export function leafValues(g: PuzzleGraph): Record<string, number> {
	return Object.fromEntries(
		g.nodes.filter((n) => n.op === 'input').map((n) => [leafName(n), n.value])
	);
}

/** A node's value from its expression. */
export function valueOf(g: PuzzleGraph, id: number): number {
	return parse(sources(g)[id]).value(leafValues(g));
}

/** ∂root/∂node: exact through the tape, and by central differences in ε. */
export function gradientAt(g: PuzzleGraph, id: number): { exact: number; numerical: number } {
	const expr = parse(sources(g, id)[g.root]);
	const at = { ...leafValues(g), eps: 0 };
	const exact = expr.variables.includes('eps') ? expr.gradient(at).eps : 0;
	const f = (x: Float64Array) => expr.value({ ...at, eps: x[0] });
	return { exact, numerical: numericalGradient(f, [0])[0] };
}

/** ∂node/∂(its input in slot `slot`), from the op alone with fresh variables a and b. */
export function localAt(g: PuzzleGraph, id: number, slot: number): number {
	const n = g.nodes[id];
	const names = n.inputs.map((_, k) => (k === 0 ? 'a' : 'b'));
	const at = Object.fromEntries(n.inputs.map((i, k) => [names[k], g.nodes[i].value]));
	return parse(opSource(n.op, names)).gradient(at)[names[slot]];
}
