// Where each node and edge of a puzzle's graph goes, left (inputs) to right (output), computed by
// dagre (a layered DAG layout) rather than placed by hand, so any generated graph reads in order.
// Pure: sizes in, boxes and edge paths out; the SVG view only draws what this returns.
import dagre from '@dagrejs/dagre';
import type { PuzzleGraph } from '$lib/puzzles/types';

export interface Size {
	readonly width: number;
	readonly height: number;
}

export interface Point {
	readonly x: number;
	readonly y: number;
}

/** A box by its top-left corner. */
export interface Box extends Point, Size {}

export interface NodeBox extends Box {
	readonly id: number;
}

export interface EdgePath {
	/** The input node … */
	readonly from: number;
	/** … feeding this node … */
	readonly to: number;
	/** … in this input slot (x·x has two edges, slots 0 and 1). */
	readonly slot: number;
	readonly points: readonly Point[];
	/** Where the edge's label goes (its downstream fields), when it has one. */
	readonly label: Box | null;
}

export interface GraphLayout extends Size {
	readonly nodes: readonly NodeBox[];
	readonly edges: readonly EdgePath[];
}

export interface LayoutSizes {
	node(id: number): Size;
	/** The label box on the edge into `to`'s input `slot`, or null for a bare edge. */
	edgeLabel(to: number, slot: number): Size | null;
}

const MARGIN = 8;

/** Lays the graph out left to right; every box is within [0, width] × [0, height]. */
export function layoutGraph(graph: PuzzleGraph, sizes: LayoutSizes): GraphLayout {
	const g = new dagre.graphlib.Graph({ multigraph: true });
	g.setGraph({
		rankdir: 'LR',
		nodesep: 24,
		ranksep: 40,
		edgesep: 12,
		marginx: MARGIN,
		marginy: MARGIN
	});
	g.setDefaultEdgeLabel(() => ({}));
	for (const node of graph.nodes) g.setNode(String(node.id), { ...sizes.node(node.id) });
	for (const node of graph.nodes) {
		node.inputs.forEach((input, slot) => {
			const label = sizes.edgeLabel(node.id, slot);
			const config = label ? { ...label, labelpos: 'c' as const } : {};
			g.setEdge(String(input), String(node.id), config, String(slot));
		});
	}
	dagre.layout(g);

	const nodes = graph.nodes.map((node): NodeBox => {
		const { x, y, width, height } = g.node(String(node.id));
		return { id: node.id, x: x! - width / 2, y: y! - height / 2, width, height };
	});
	const edges = graph.nodes.flatMap((node) =>
		node.inputs.map((input, slot): EdgePath => {
			const edge = g.edge({ v: String(input), w: String(node.id), name: String(slot) });
			const size = sizes.edgeLabel(node.id, slot);
			const label =
				size && edge.x !== undefined && edge.y !== undefined
					? { x: edge.x - size.width / 2, y: edge.y - size.height / 2, ...size }
					: null;
			return { from: input, to: node.id, slot, points: edge.points ?? [], label };
		})
	);
	const { width, height } = g.graph();
	return { width: width ?? 0, height: height ?? 0, nodes, edges };
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
