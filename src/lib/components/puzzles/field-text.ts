// What a field asks for, in words ("the gradient f sends back to q"), for the form and the table.
import { m } from '$lib/paraglide/messages';
import type { Field, Puzzle } from '$lib/puzzles/types';
import { nodeName } from './graph-view';

/** The graph of a puzzle, when it has one (graph puzzles, and gradcheck puzzles that show theirs). */
export function graphOf(puzzle: Puzzle) {
	return puzzle.kind === 'matrix' ? undefined : puzzle.graph;
}

export function describeField(puzzle: Puzzle, field: Field): string {
	const graph = graphOf(puzzle);
	const node = field.node !== undefined ? graph?.nodes[field.node] : undefined;
	if (!graph || !node) return '';
	const name = nodeName(node);
	switch (field.kind) {
		case 'value':
			// "value of q" says it already; only an unlabelled node's name needs saying.
			return field.label.en.includes(name) ? '' : m.puzzles_kind_value({ node: name });
		case 'local':
			return m.puzzles_kind_local({ node: name });
		case 'upstream':
			return m.puzzles_kind_upstream({ node: name });
		case 'downstream':
			return m.puzzles_kind_downstream({ node: name });
		default:
			return '';
	}
}

/** The id of a field's input: by its place in the puzzle (keys hold `:`, awkward in selectors). */
export function fieldId(puzzle: Puzzle, key: string): string {
	return `field-${puzzle.fields.findIndex((f) => f.key === key)}`;
}
