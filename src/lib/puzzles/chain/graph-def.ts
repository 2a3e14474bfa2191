// A PuzzleDef for a graph puzzle, from a function that builds the graph with the engine from a
// seeded random source. Making a puzzle tries a few draws and keeps the one whose mistakes are
// easiest to tell apart (a swapped mul whose inputs are equal cannot be seen); explanations, hints
// and worked lines all read the engine graph of the same (id, seed).
import type { Graph, GraphNode } from '../../engine';
import { ABS_TOLERANCE, accepts } from '../numbers';
import { rng } from '../random';
import type { Field, GraphPuzzle, Puzzle, PuzzleDef, Text, TierId } from '../types';
import { carried } from './carried';
import { puzzleGraph, type Asks, type Ctx } from './graph-puzzle';
import { hintLine, workedLine } from './lines';
import { candidates, detect, type Candidate } from './mistakes';
import { join } from './say';
import { checkSeed } from './seed';
import {
	stepCandidates,
	stepCarried,
	stepField,
	stepHint,
	stepKey,
	stepWorked,
	type Step
} from './update';

/** What a puzzle's builder returns for one draw. */
export interface Built {
	readonly graph: Graph;
	readonly root: GraphNode;
	readonly asks: Asks;
	/** Gradient-descent steps asked after the backward pass (number fields). */
	readonly steps?: readonly Step[];
	readonly prompt: Text;
	readonly formulaTex: string;
	/** Extra sentences for a field's worked line, by field key ("this simplifies to ŷ − y"). */
	readonly notes?: Readonly<Record<string, Text>>;
	/** Take this draw as it is (a reference example from CURRICULUM.md). */
	readonly fixed?: boolean;
}

export interface GraphDefSpec {
	readonly id: string;
	readonly version: number;
	readonly tier: TierId;
	readonly title: Text;
	/** Builds one draw; called again with the same source when a draw is rejected. */
	build(r: () => number, seed: number): Built;
}

interface Made {
	readonly built: Built;
	readonly ctx: Ctx;
	readonly puzzle: GraphPuzzle;
}

/** Draws tried per seed before keeping the best one. */
export const DRAWS = 12;
const MEMO = 64;
/** Two numbers closer than this are hard to tell apart at two decimals. */
const NEAR = 4 * ABS_TOLERANCE;

function stepOf(made: Made, field: Field): Step | undefined {
	return made.built.steps?.find((s) => stepKey(s.node) === field.key);
}

function candidatesFor(made: Made, field: Field): Candidate[] {
	const step = stepOf(made, field);
	return step ? stepCandidates(step, field.expected) : candidates(made.ctx, field);
}

/** How hard the draw makes it to tell a mistake from the right answer or from another mistake. */
export function confusion(made: Made): number {
	let score = 0;
	for (const node of made.ctx.nodes)
		if (![node.value, node.grad, ...node.local].every(Number.isFinite)) return Infinity;
	for (const field of made.puzzle.fields) {
		const e = field.expected;
		if (!Number.isFinite(e)) return Infinity;
		if (Math.abs(e) > 1000) score += 10;
		if (e !== 0 && accepts(0, e)) score += 1;
		const list = candidatesFor(made, field);
		for (const [k, a] of list.entries()) {
			// A mistake's number should sit clearly apart from the right one and from the others.
			if (Math.abs(a.value - e) <= NEAR) score += 1;
			else if (
				list
					.slice(k + 1)
					.some((b) => b.mistake !== a.mistake && Math.abs(b.value - a.value) <= NEAR)
			)
				score += 1;
		}
	}
	return score;
}

function assemble(spec: GraphDefSpec, built: Built, seed: number): Made {
	const { graph, fields } = puzzleGraph(built.graph, built.root, built.asks);
	const steps = (built.steps ?? []).map((s) => stepField(built.root, s));
	const puzzle: GraphPuzzle = {
		kind: 'graph',
		id: spec.id,
		version: spec.version,
		seed,
		tier: spec.tier,
		title: spec.title,
		prompt: built.prompt,
		formulaTex: built.formulaTex,
		fields: [...fields, ...steps],
		graph
	};
	return { built, ctx: { nodes: built.graph.nodes, root: built.root }, puzzle };
}

function draw(spec: GraphDefSpec, seed: number): Made {
	const r = rng(seed);
	let best: { made: Made; score: number } | undefined;
	for (let k = 0; k < DRAWS; k++) {
		const made = assemble(spec, spec.build(r, seed), seed);
		if (made.built.fixed) return made;
		const score = confusion(made);
		if (best === undefined || score < best.score) best = { made, score };
		if (score === 0) break;
	}
	if (!Number.isFinite(best!.score))
		throw new Error(`Puzzle "${spec.id}" found no finite draw for seed ${seed}`);
	return best!.made;
}

function workedFor(m: Made, f: Field): Text {
	const step = stepOf(m, f);
	if (step) return stepWorked(m.ctx, step);
	return join(workedLine(m.ctx, f), m.built.notes?.[f.key]);
}

function hintFor(m: Made, f: Field): Text {
	const step = stepOf(m, f);
	return step ? stepHint(m.ctx, step) : hintLine(m.ctx, f);
}

/** A wrong number: a slip carried from the learner's own earlier field, a named mistake, or just the rule. */
function explainFor(m: Made, f: Field, given: number, answers: ReadonlyMap<string, number>) {
	const work = workedFor(m, f);
	if (accepts(given, f.expected)) return { explanation: work };
	const step = stepOf(m, f);
	const from = step ? stepCarried(m.ctx, step, given, answers) : carried(m.ctx, f, given, answers);
	if (from) return { explanation: join(from, work) };
	const hit = detect(candidatesFor(m, f), f.expected, given);
	return hit ? { mistake: hit.mistake, explanation: join(hit.note, work) } : { explanation: work };
}

export function graphDef(spec: GraphDefSpec): PuzzleDef {
	const memo = new Map<number, Made>();
	function made(seed: number): Made {
		checkSeed(seed);
		let m = memo.get(seed);
		if (m === undefined) {
			m = draw(spec, seed);
			if (memo.size >= MEMO) memo.delete(memo.keys().next().value!);
			memo.set(seed, m);
		}
		return m;
	}
	/** The puzzle's own made draw and its version of `field`. */
	function find(puzzle: Puzzle, field: Field): [Made, Field] {
		if (puzzle.id !== spec.id) throw new Error(`Puzzle "${puzzle.id}" is not "${spec.id}"`);
		const m = made(puzzle.seed);
		const ours = m.puzzle.fields.find((f) => f.key === field.key);
		if (ours === undefined) throw new Error(`Puzzle "${spec.id}" has no field "${field.key}"`);
		return [m, ours];
	}
	return {
		id: spec.id,
		version: spec.version,
		tier: spec.tier,
		title: spec.title,
		make: (seed) => made(seed).puzzle,
		worked: (puzzle, field) => workedFor(...find(puzzle, field)),
		hint: (puzzle, field) => hintFor(...find(puzzle, field)),
		explain: (puzzle, field, given, answers) => explainFor(...find(puzzle, field), given, answers)
	};
}
