// The node-by-node walk behind "show me this node" and the worked solution: the forward pass in
// order, then the backward pass from the root down, each node with its worked lines, then any
// update steps. A field's own worked line (with the puzzle's notes) is used where it is asked.
import type { GraphNode } from '../../engine';
import type { Field, GraphPuzzle, Puzzle, PuzzleDef, Text } from '../types';
import { rebuild, type Ctx } from './graph-puzzle';
import { downstreamLine, localLine, upstreamLine, valueLine } from './lines';
import { join } from './say';

export interface WalkStep {
	/** The graph node the step is about, if any. */
	readonly node?: number;
	/** The keys of the fields this step fills. */
	readonly fields: string[];
	readonly text: Text;
}

/** Gates whose passing rule the downstream line already states in words. */
const SAID = new Set(['add', 'sub', 'mul', 'max', 'min']);

interface Walker {
	readonly def: PuzzleDef;
	readonly puzzle: GraphPuzzle;
	readonly ctx: Ctx;
	readonly byKey: ReadonlyMap<string, Field>;
}

/** The field's worked line if the puzzle asks it, else the line made directly. */
function line(w: Walker, key: string, fields: string[], make: () => Text): Text {
	const field = w.byKey.get(key);
	if (field === undefined) return make();
	fields.push(key);
	return w.def.worked(w.puzzle, field);
}

function backwardStep(w: Walker, node: GraphNode): WalkStep {
	const fields: string[] = [];
	const lines = [line(w, `u:${node.id}`, fields, () => upstreamLine(w.ctx, node))];
	node.inputs.forEach((input, i) => {
		if (input.op === 'const') return;
		const key = `l:${node.id}:${i}`;
		if (w.byKey.has(key) || !SAID.has(node.op))
			lines.push(line(w, key, fields, () => localLine(node, i)));
		lines.push(line(w, `d:${node.id}:${i}`, fields, () => downstreamLine(w.ctx, node, i)));
	});
	return { node: node.id, fields, text: join(...lines) };
}

function graphWalk(def: PuzzleDef, puzzle: GraphPuzzle): WalkStep[] {
	const ctx = rebuild(puzzle.graph);
	const w: Walker = { def, puzzle, ctx, byKey: new Map(puzzle.fields.map((f) => [f.key, f])) };
	const forward = ctx.nodes
		.filter((n) => !n.isLeaf)
		.map((n): WalkStep => {
			const fields: string[] = [];
			return { node: n.id, fields, text: line(w, `v:${n.id}`, fields, () => valueLine(n)) };
		});
	const backward = [...ctx.nodes]
		.reverse()
		.filter((n) => n.op !== 'const')
		.map((n) => backwardStep(w, n));
	const covered = new Set([...forward, ...backward].flatMap((s) => s.fields));
	const rest = puzzle.fields
		.filter((f) => !covered.has(f.key))
		.map((f) => ({ node: f.node, fields: [f.key], text: def.worked(puzzle, f) }));
	return [...forward, ...backward, ...rest];
}

/** The walk through a puzzle's solution (one step per field for puzzles without a graph). */
export function walk(def: PuzzleDef, puzzle: Puzzle): WalkStep[] {
	if (puzzle.kind === 'graph') return graphWalk(def, puzzle);
	return puzzle.fields.map((f) => ({
		...(f.node === undefined ? {} : { node: f.node }),
		fields: [f.key],
		text: def.worked(puzzle, f)
	}));
}
