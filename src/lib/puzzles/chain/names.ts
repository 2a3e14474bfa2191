// The names of nodes and fields in TeX and in words: "∂f/∂q" for a screen reader and the table
// view, \frac{\partial f}{\partial q} for KaTeX. Node names in TeX come from the engine's own
// LaTeX rules (GraphNode.latex() of a leaf), so the graph and the fields spell a name the same way.
import { Graph, type GraphNode } from '../../engine';
import type { Text } from '../types';
import { nameOf } from './say';

/** KaTeX reads accented letters in maths mode only as accents: ŷ must be \hat{y}. */
export function fixTex(tex: string): string {
	return tex.replaceAll('ŷ', '\\hat{y}');
}

const texCache = new Map<string, string>();

/** A node's name in TeX (`w_{11}`, `\\hat{y}`, a constant's value), cached: names repeat a lot. */
export function nameTex(node: Pick<GraphNode, 'id' | 'op' | 'label' | 'value'>): string {
	if (node.op !== 'const' && node.label === '') return `n_{${node.id}}`;
	const key = node.op === 'const' ? `c ${node.label} ${node.value}` : `v ${node.label}`;
	let tex = texCache.get(key);
	if (tex === undefined) {
		// The engine spells a constant labelled "-3" as a name (\mathrm{-3}): print the number instead.
		const numeric = node.op === 'const' && /^[-\d.]/.test(node.label);
		const leaf =
			node.op === 'const'
				? numeric
					? new Graph().constant(Math.abs(node.value))
					: new Graph().constant(node.value, node.label)
				: new Graph().input(node.label, 0);
		tex = (numeric && node.value < 0 ? '-' : '') + fixTex(leaf.latex());
		if (texCache.size < 1000) texCache.set(key, tex);
	}
	return tex;
}

const partialTex = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** ∂top/∂bottom in text and TeX. */
export function partial(top: GraphNode, bottom: GraphNode): { text: string; tex: string } {
	return {
		text: `∂${nameOf(top)}/∂${nameOf(bottom)}`,
		tex: partialTex(nameTex(top), nameTex(bottom))
	};
}

/** Where a node uses the same input twice (x·x), the slot has to be named too. */
function slotNote(node: GraphNode, input: number): Text | undefined {
	const twice = node.inputs.filter((i) => i === node.inputs[input]).length > 1;
	return twice ? { en: ` (input ${input + 1})`, ko: ` (입력 ${input + 1})` } : undefined;
}

export interface FieldName {
	readonly label: Text;
	readonly tex: string;
}

export function valueName(node: GraphNode): FieldName {
	const n = nameOf(node);
	return { label: { en: `value of ${n}`, ko: `${n}의 값` }, tex: nameTex(node) };
}

export function localName(node: GraphNode, input: number): FieldName {
	const { text, tex } = partial(node, node.inputs[input]);
	const slot = slotNote(node, input);
	// "local" keeps it apart from the gradient ∂f/∂q when f is the root (the same number, another field).
	return {
		label: { en: `local ${text}${slot?.en ?? ''}`, ko: `국소 미분 ${text}${slot?.ko ?? ''}` },
		tex
	};
}

export function upstreamName(root: GraphNode, node: GraphNode): FieldName {
	const { text, tex } = partial(root, node);
	return { label: { en: text, ko: text }, tex };
}

export function downstreamName(root: GraphNode, node: GraphNode, input: number): FieldName {
	const n = nameOf(node);
	const i = nameOf(node.inputs[input]);
	const slot = slotNote(node, input);
	return {
		label: {
			en: `gradient ${n} sends to ${i}${slot?.en ?? ''}`,
			ko: `${n}에서 ${i}에 보내는 기울기${slot?.ko ?? ''}`
		},
		tex: `${partial(root, node).tex}\\,${partial(node, node.inputs[input]).tex}`
	};
}

export function stepName(root: GraphNode, weight: GraphNode): FieldName {
	const w = nameOf(weight);
	const tex = nameTex(weight);
	return {
		label: { en: `new ${w} after one step`, ko: `한 번 갱신한 뒤의 ${w}` },
		tex: `${tex} - \\alpha\\,${partialTex(nameTex(root), tex)}`
	};
}
