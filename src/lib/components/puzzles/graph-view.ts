// What the SVG graph shows on each node and edge, and how big that is, for the layout. Node boxes
// carry the op, the name, a given forward value and the node's own fields (its value, local
// derivatives, upstream gradient); an edge carries the downstream gradient sent along it.
import type { Field, GraphPuzzle, PuzzleGraph, PuzzleNode } from '$lib/puzzles/types';
import type { LayoutSizes, Size } from './graph-layout';

/** Plain-text symbols for the engine's ops (the table view and the SVG use these). */
const SYMBOLS: Readonly<Record<string, string>> = {
	add: '+',
	sub: '−',
	mul: '×',
	div: '÷',
	pow: '^',
	neg: '−x',
	sigmoid: 'σ',
	sqrt: '√',
	abs: '|x|',
	relu: 'ReLU',
	leakyRelu: 'LReLU',
	elu: 'ELU'
};

/** The op as a learner reads it: `×`, `σ`, `max`; inputs and constants have none. */
export function opSymbol(op: string): string {
	if (op === 'input' || op === 'const') return '';
	return SYMBOLS[op] ?? op;
}

/** How a node is called in text: its label, a constant's value, else `n3` (as the core's texts say). */
export function nodeName(node: PuzzleNode): string {
	if (node.op === 'const' && (node.label === '' || /^[-\d.]/.test(node.label)))
		return show(node.value);
	return node.label || `n${node.id}`;
}

/** Numbers as the graph prints them: four significant digits, a real minus sign. */
export function show(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const text = Number(value.toPrecision(4)).toString();
	return text.replace('-', '−');
}

export const edgeKey = (to: number, slot: number) => `${to}:${slot}`;

export interface AttachedFields {
	/** Per node: its value, local, upstream (and other numeric) fields, in puzzle order. */
	readonly byNode: ReadonlyMap<number, readonly Field[]>;
	/** Per edge (`to:slot`): the downstream gradient sent along it. */
	readonly byEdge: ReadonlyMap<string, readonly Field[]>;
}

/** Which fields the graph draws where (fields without a node are not drawn on the graph). */
export function attachFields(fields: readonly Field[]): AttachedFields {
	const byNode = new Map<number, Field[]>();
	const byEdge = new Map<string, Field[]>();
	for (const field of fields) {
		if (field.node === undefined) continue;
		if (field.kind === 'downstream' && field.input !== undefined) {
			push(byEdge, edgeKey(field.node, field.input), field);
		} else push(byNode, field.node, field);
	}
	return { byNode, byEdge };
}

function push<K>(map: Map<K, Field[]>, key: K, field: Field) {
	const list = map.get(key);
	if (list) list.push(field);
	else map.set(key, [field]);
}

/** The node's heading line: op symbol and name (`× f`), or the input's name. */
export function nodeTitle(node: PuzzleNode): string {
	const symbol = opSymbol(node.op);
	return symbol ? `${symbol}  ${nodeName(node)}` : nodeName(node);
}

/** The line under the title: the given forward value (`= 3`), or '' when it is to be filled. */
export function valueLine(node: PuzzleNode): string {
	return node.valueGiven ? `= ${show(node.value)}` : '';
}

/**
 * A field's name on the picture, kept short: a value by its node's name, a gradient sent along an
 * edge by a backward arrow (the edge says where it goes), the rest by their label.
 */
export function shortLabel(field: Field, graph: PuzzleGraph, locale: 'en' | 'ko'): string {
	const node = field.node !== undefined ? graph.nodes[field.node] : undefined;
	if (field.kind === 'value' && node) return nodeName(node);
	if (field.kind === 'downstream') return '↩';
	return field.label[locale];
}

/** A field's line on the picture: `∂f/∂q = −4 ✓`, or `↩ −4` on an edge. */
export function fieldLine(
	field: Field,
	graph: PuzzleGraph,
	locale: 'en' | 'ko',
	answer: string,
	mark = ''
): string {
	const name = shortLabel(field, graph, locale);
	const sep = field.kind === 'downstream' ? ' ' : ' = ';
	return `${name}${sep}${answer}${mark ? ` ${mark}` : ''}`;
}

/** Room kept for a typed answer on a field line, so typing never moves the layout. */
export const ANSWER_CHARS = 7;
export const FONT_PX = 13;
export const LINE_PX = 20;
export const PAD_PX = 10;
/** An estimate of a character's width at FONT_PX (generous: boxes must hold their text). */
const CHAR_PX = 8;

const textWidth = (text: string) => [...text].length * CHAR_PX;
/** `∂f/∂q = ` + the answer's room + a mark. */
const fieldWidth = (field: Field, graph: PuzzleGraph, locale: 'en' | 'ko') =>
	textWidth(fieldLine(field, graph, locale, 'x'.repeat(ANSWER_CHARS), '✓'));

function nodeSize(
	graph: PuzzleGraph,
	node: PuzzleNode,
	fields: readonly Field[],
	locale: 'en' | 'ko'
): Size {
	const lines = [nodeTitle(node), valueLine(node)].filter(Boolean).map(textWidth);
	const widths = [...lines, ...fields.map((f) => fieldWidth(f, graph, locale)), 56];
	const count = lines.length + fields.length;
	return { width: Math.max(...widths) + 2 * PAD_PX, height: count * LINE_PX + 2 * PAD_PX };
}

/** Box sizes for `layoutGraph`: every line of text fits. */
export function graphSizes(
	graph: PuzzleGraph,
	attached: AttachedFields,
	locale: 'en' | 'ko'
): LayoutSizes {
	return {
		node: (id) => nodeSize(graph, graph.nodes[id], attached.byNode.get(id) ?? [], locale),
		edgeLabel: (to, slot) => {
			const fields = attached.byEdge.get(edgeKey(to, slot));
			if (!fields?.length) return null;
			const width = Math.max(...fields.map((f) => fieldWidth(f, graph, locale)));
			return { width: width + PAD_PX, height: fields.length * LINE_PX + 8 };
		}
	};
}

/** The fields of a graph puzzle that belong to `node` (its own and those sent along its inputs). */
export function fieldsOfNode(puzzle: GraphPuzzle, node: number): Field[] {
	return puzzle.fields.filter((field) => field.node === node);
}
