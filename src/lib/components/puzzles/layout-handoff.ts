// A puzzle graph's layout is worked out once per page, on the server, and handed to the browser in
// the page itself. dagre (graph-layout.ts) is most of the puzzle page's JavaScript and slow to
// start: laying out a five-node graph the first time takes ~12 ms of CPU, which a phone multiplies.
// So the server lays the graph out, the SVG carries the result in its `data-graph-layout` attribute,
// and the browser's load, which runs before hydration, takes it from there. dagre is downloaded
// only when the browser must lay out a graph the page did not carry: a client-side navigation to
// another puzzle (the service worker has it cached like every other built file).
import type { Field, PuzzleGraph } from '$lib/puzzles/types';
import type { GraphLayout, LayoutSizes } from './graph-layout';
import { attachFields, graphSizes } from './graph-view';

/** A layout with what it was laid out from, so a page's copy is used only for the same graph. */
export interface HandedLayout {
	readonly key: string;
	readonly layout: GraphLayout;
}

export const LAYOUT_ATTRIBUTE = 'data-graph-layout';

/** The part of a document this reads: the puzzle page's SVG, found by its attribute. */
export interface LayoutSource {
	querySelector(selectors: string): { getAttribute(name: string): string | null } | null;
}

/** Bump when graph-layout.ts places things differently, so no page keeps an older layout. */
const LAYOUT_VERSION = 1;

/** Everything the layout depends on: the graph's edges and the size of every box. */
export function layoutKey(graph: PuzzleGraph, sizes: LayoutSizes): string {
	const nodes = graph.nodes.map((node) => {
		const { width, height } = sizes.node(node.id);
		const labels = node.inputs.map((_, slot) => {
			const label = sizes.edgeLabel(node.id, slot);
			return label ? [label.width, label.height] : null;
		});
		return [node.id, node.inputs, width, height, labels];
	});
	return JSON.stringify([LAYOUT_VERSION, nodes]);
}

/** The attribute's value for a layout (the server writes it; the browser reads it). */
export const handoffText = (handed: HandedLayout): string => JSON.stringify(handed);

const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);

/** The page's layout, if it is one for this key and whole; anything else is ignored. */
export function readHandedLayout(source: LayoutSource, key: string): GraphLayout | null {
	const text = source.querySelector(`svg[${LAYOUT_ATTRIBUTE}]`)?.getAttribute(LAYOUT_ATTRIBUTE);
	if (!text) return null;
	let handed: Partial<HandedLayout>;
	try {
		handed = JSON.parse(text) as Partial<HandedLayout>;
	} catch {
		return null;
	}
	if (!handed || typeof handed !== 'object') return null;
	const layout = handed.layout;
	if (handed.key !== key || !layout || !isNumber(layout.width) || !isNumber(layout.height)) {
		return null;
	}
	if (!Array.isArray(layout.nodes) || !Array.isArray(layout.edges)) return null;
	const box = (b: unknown) =>
		!!b &&
		typeof b === 'object' &&
		['x', 'y', 'width', 'height'].every((k) => isNumber((b as Record<string, unknown>)[k]));
	const pointsOk = (points: unknown) =>
		Array.isArray(points) && points.every((p) => isNumber(p?.x) && isNumber(p?.y));
	const whole =
		layout.nodes.every((node) => box(node) && isNumber(node.id)) &&
		layout.edges.every(
			(edge) =>
				isNumber(edge.from) &&
				isNumber(edge.to) &&
				isNumber(edge.slot) &&
				pointsOk(edge.points) &&
				(edge.label === null || box(edge.label))
		);
	return whole ? layout : null;
}

/**
 * The layout of a puzzle's graph: the page's own copy when `source` (the browser's document while
 * the page hydrates) has one for exactly this graph, else laid out here, loading dagre on demand.
 */
export async function puzzleLayout(
	graph: PuzzleGraph,
	fields: readonly Field[],
	locale: 'en' | 'ko',
	source?: LayoutSource
): Promise<HandedLayout> {
	const sizes = graphSizes(graph, attachFields(fields), locale);
	const key = layoutKey(graph, sizes);
	const handed = source ? readHandedLayout(source, key) : null;
	if (handed) return { key, layout: handed };
	const { layoutGraph } = await import('./graph-layout');
	return { key, layout: layoutGraph(graph, sizes) };
}
