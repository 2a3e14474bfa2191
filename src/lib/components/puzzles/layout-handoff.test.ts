// The server's layout reaches the browser in the page and is used only for exactly the graph it was
// made for: a page's copy for another graph, another language or a broken attribute is laid out
// again, and what is laid out again is what the server would have sent.
import { describe, expect, it } from 'vitest';
import { makePuzzle } from '$lib/puzzles/chain';
import type { GraphPuzzle } from '$lib/puzzles/types';
import { layoutGraph, type GraphLayout } from './graph-layout';
import { attachFields, graphSizes } from './graph-view';
import {
	LAYOUT_ATTRIBUTE,
	handoffText,
	layoutKey,
	puzzleLayout,
	readHandedLayout,
	type LayoutSource
} from './layout-handoff';

const graphPuzzle = (id: string, seed = 0) => makePuzzle(id, seed) as GraphPuzzle;

/** A document whose only SVG carries `text` in the handoff attribute (or no SVG at all). */
function pageWith(text: string | null): LayoutSource {
	return {
		querySelector: (selectors) =>
			text !== null && selectors === `svg[${LAYOUT_ATTRIBUTE}]`
				? { getAttribute: (name) => (name === LAYOUT_ATTRIBUTE ? text : null) }
				: null
	};
}

/** A layout visibly not dagre's: everything moved 1000 px right. */
const shifted = (layout: GraphLayout): GraphLayout => ({
	...layout,
	nodes: layout.nodes.map((node) => ({ ...node, x: node.x + 1000 }))
});

describe('layoutKey', () => {
	const xyz = graphPuzzle('circuits.xyz');
	const sizes = (puzzle: GraphPuzzle, locale: 'en' | 'ko') =>
		graphSizes(puzzle.graph, attachFields(puzzle.fields), locale);

	it('is the same for the same graph and sizes, however often it is asked', () => {
		expect(layoutKey(xyz.graph, sizes(xyz, 'en'))).toBe(
			layoutKey(graphPuzzle('circuits.xyz').graph, sizes(graphPuzzle('circuits.xyz'), 'en'))
		);
	});

	it('changes with the boxes: no fields, another language, another graph', () => {
		const key = layoutKey(xyz.graph, sizes(xyz, 'en'));
		const bare = graphSizes(xyz.graph, attachFields([]), 'en');
		expect(layoutKey(xyz.graph, bare)).not.toBe(key);
		const neuron = graphPuzzle('circuits.neuron');
		expect(layoutKey(neuron.graph, sizes(neuron, 'en'))).not.toBe(key);
		// The perceptron's field lines are worded differently in Korean, so its boxes differ.
		const perceptron = graphPuzzle('perceptron.regression');
		expect(layoutKey(perceptron.graph, sizes(perceptron, 'ko'))).not.toBe(
			layoutKey(perceptron.graph, sizes(perceptron, 'en'))
		);
	});
});

describe('puzzleLayout', () => {
	const puzzle = graphPuzzle('circuits.neuron');
	const sizes = graphSizes(puzzle.graph, attachFields(puzzle.fields), 'en');
	const dagre = layoutGraph(puzzle.graph, sizes);

	it("lays the graph out with dagre when there is no page to take it from (the server's case)", async () => {
		const placed = await puzzleLayout(puzzle.graph, puzzle.fields, 'en');
		expect(placed.layout).toEqual(dagre);
		expect(placed.key).toBe(layoutKey(puzzle.graph, sizes));
	});

	it("takes the page's layout for the same graph instead of laying it out again", async () => {
		const server = await puzzleLayout(puzzle.graph, puzzle.fields, 'en');
		const page = pageWith(handoffText({ key: server.key, layout: shifted(server.layout) }));
		const placed = await puzzleLayout(puzzle.graph, puzzle.fields, 'en', page);
		expect(placed.layout).toEqual(shifted(dagre));
	});

	it('survives the round trip through the attribute unchanged', async () => {
		const server = await puzzleLayout(puzzle.graph, puzzle.fields, 'ko');
		const placed = await puzzleLayout(
			puzzle.graph,
			puzzle.fields,
			'ko',
			pageWith(handoffText(server))
		);
		expect(placed).toEqual(server);
	});

	it("lays out again when the page's layout is for another graph or language", async () => {
		const xyz = graphPuzzle('circuits.xyz');
		const other = await puzzleLayout(xyz.graph, xyz.fields, 'en');
		const page = pageWith(handoffText({ ...other, layout: shifted(other.layout) }));
		expect((await puzzleLayout(puzzle.graph, puzzle.fields, 'en', page)).layout).toEqual(dagre);

		const perceptron = graphPuzzle('perceptron.regression');
		const korean = await puzzleLayout(perceptron.graph, perceptron.fields, 'ko');
		const koreanPage = pageWith(handoffText({ ...korean, layout: shifted(korean.layout) }));
		const english = await puzzleLayout(perceptron.graph, perceptron.fields, 'en', koreanPage);
		expect(english).toEqual(await puzzleLayout(perceptron.graph, perceptron.fields, 'en'));
		expect(english.layout.nodes[0].x).toBeLessThan(1000);
	});
});

describe('readHandedLayout', () => {
	const puzzle = graphPuzzle('gates.add');
	const sizes = graphSizes(puzzle.graph, attachFields(puzzle.fields), 'en');
	const key = layoutKey(puzzle.graph, sizes);
	const layout = layoutGraph(puzzle.graph, sizes);

	it('reads a whole layout for its key', () => {
		expect(readHandedLayout(pageWith(handoffText({ key, layout })), key)).toEqual(layout);
	});

	it('ignores a missing, empty, unparsable or incomplete attribute', () => {
		const broken = [
			null,
			'',
			'{"key":',
			'null',
			JSON.stringify({ key }),
			JSON.stringify({ key, layout: { ...layout, width: 'wide' } }),
			JSON.stringify({ key, layout: { ...layout, nodes: [{ id: 0, x: 1 }] } }),
			JSON.stringify({
				key,
				layout: { ...layout, edges: [{ ...layout.edges[0], points: [{ x: 1 }] }] }
			}),
			JSON.stringify({ key, layout: { ...layout, edges: [{ ...layout.edges[0], label: 'chip' }] } })
		];
		for (const text of broken)
			expect(readHandedLayout(pageWith(text), key), String(text)).toBeNull();
	});
});
