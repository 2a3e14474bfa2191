// The shapes every puzzle shares: pure, JSON-safe data, so a puzzle made in the page from
// (id, seed) is the same one the server re-makes to re-score a submission. Nothing here knows
// the UI; the views read these fields.
import type { Text } from '../landscapes/types';

export type { Text };

/** The puzzle tiers, in the order a learner meets them. */
export type TierId =
	| 'gates' // single gates: add, mul, max, copy (fan-out)
	| 'circuits' // (x + y)z, 2(xy + max(z, w)), the sigmoid neuron gate by gate, then σ as one node
	| 'losses' // ½(y − ŷ)², binary cross-entropy after a sigmoid (gradient ŷ − y)
	| 'perceptron' // regression and classification, ending in the update w ← w − α·∂L/∂w
	| 'network' // the two-layer network (∂L/∂w11, ∂L/∂b1)
	| 'matrix' // matrix backprop with shapes (dW = xᵀ·dY)
	| 'gradcheck' // numerical vs analytic gradient, choosing h
	| 'generated'; // endless generated graphs by difficulty and seed

/**
 * What a field asks for.
 * - `value`: the node's forward value.
 * - `local`: ∂node/∂(its input `input`), the gate's own derivative.
 * - `upstream`: ∂root/∂node, the gradient arriving at the node (summed over all its consumers).
 * - `downstream`: what the node sends to its input `input`: upstream × local.
 * - `number`: any other number (a matrix entry, a numerical gradient, an updated weight…).
 */
export type FieldKind = 'value' | 'local' | 'upstream' | 'downstream' | 'number';

export interface Field {
	/** Unique and stable within the puzzle: `v:3`, `l:3:0`, `u:3`, `d:3:0`, `dW:0:1` … */
	readonly key: string;
	readonly kind: FieldKind;
	/** The graph node the field belongs to (graph puzzles). */
	readonly node?: number;
	/** The input slot, for `local` and `downstream`. */
	readonly input?: number;
	/** Plain-text name for screen readers and the table view, e.g. "∂f/∂q". */
	readonly label: Text;
	/** The same name in TeX, e.g. `\frac{\partial f}{\partial q}`. */
	readonly tex: string;
	/** The engine's exact number. */
	readonly expected: number;
}

/** One node of a graph puzzle as the views draw it. */
export interface PuzzleNode {
	readonly id: number;
	/** `input`, `const`, or an op name of the engine's op table (`add`, `mul`, `sigmoid` …). */
	readonly op: string;
	/** The node's name where it has one (`x`, `q`, `f`), else ''. */
	readonly label: string;
	/** What the node computes, in TeX, in terms of its inputs (`x + y`, `\sigma(s)`). */
	readonly tex: string;
	readonly inputs: readonly number[];
	readonly value: number;
	/** Whether the forward value is shown (given) or is one of the fields to fill. */
	readonly valueGiven: boolean;
}

export interface PuzzleGraph {
	readonly nodes: readonly PuzzleNode[];
	/** The output node, whose gradient with respect to itself is 1. */
	readonly root: number;
}

/** A matrix shown beside a matrix puzzle; `null` entries are fields to fill. */
export interface MatrixView {
	readonly name: string;
	readonly tex: string;
	readonly rows: number;
	readonly cols: number;
	/** Row-major; `null` where the learner fills the entry (its field key is `${name}:${r}:${c}`). */
	readonly values: readonly (number | null)[];
}

/** The numbers shown by a gradient-check puzzle: one row per step size h. */
export interface GradcheckRow {
	readonly h: number;
	readonly numerical: number;
	readonly relativeError: number;
}

interface PuzzleBase {
	/** Stable id of the puzzle (the same across seeds): `gates.mul`, `circuits.xyz`, `generated.3` … */
	readonly id: string;
	/** Bumped whenever the puzzle's numbers for a seed change, so old submissions can tell. */
	readonly version: number;
	readonly seed: number;
	readonly tier: TierId;
	readonly title: Text;
	/** What to do, in words (may hold inline TeX between `$…$`). */
	readonly prompt: Text;
	/** The function as a whole, in TeX. */
	readonly formulaTex: string;
	/** The fields to fill, in the order a learner fills them (forward values first, then backward). */
	readonly fields: readonly Field[];
}

export interface GraphPuzzle extends PuzzleBase {
	readonly kind: 'graph';
	readonly graph: PuzzleGraph;
}

export interface MatrixPuzzle extends PuzzleBase {
	readonly kind: 'matrix';
	readonly matrices: readonly MatrixView[];
}

export interface GradcheckPuzzle extends PuzzleBase {
	readonly kind: 'gradcheck';
	/** The analytic derivative, from the engine. */
	readonly analytic: number;
	readonly rows: readonly GradcheckRow[];
	/** The graph of the function being checked, where it helps to show it. */
	readonly graph?: PuzzleGraph;
}

export type Puzzle = GraphPuzzle | MatrixPuzzle | GradcheckPuzzle;

/** A named common mistake that a detector recognises in a wrong answer. */
export type MistakeId =
	| 'fanout-not-summed' // a value used twice: only one of its gradients was taken
	| 'mul-swapped' // a mul gate's input got its own value instead of the other input's
	| 'max-wrong-branch' // a max gate sent the gradient to the smaller input
	| 'sign-slip' // right size, wrong sign
	| 'sigma-not-derivative' // σ used where σ(1 − σ) belongs
	| 'local-only' // the local derivative given without multiplying by the upstream gradient
	| 'upstream-only' // the upstream gradient passed on without multiplying by the local derivative
	| 'add-scaled' // an add gate's gradient scaled instead of copied unchanged
	| 'transposed' // a matrix gradient with its factors or shape the wrong way round
	| 'step-wrong-way'; // an update that adds the gradient instead of subtracting it

export type FieldStatus = 'correct' | 'wrong' | 'empty' | 'unreadable';

export interface FieldResult {
	readonly key: string;
	readonly status: FieldStatus;
	readonly expected: number;
	/** The number read from the answer, when it could be read. */
	readonly given?: number;
	readonly mistake?: MistakeId;
	/** For a wrong field: the rule that was broken, with the right number. */
	readonly explanation?: Text;
}

/** What a learner submits: never a score. The server re-makes the puzzle and re-checks. */
export interface PuzzleSubmission {
	readonly id: string;
	readonly version: number;
	readonly seed: number;
	/** The text typed into each field, by field key. */
	readonly answers: Readonly<Record<string, string>>;
	/** Hints taken (each costs a star). */
	readonly hints: number;
	/** The learner gave up and saw the worked solution. */
	readonly gaveUp: boolean;
}

export interface PuzzleScore {
	readonly id: string;
	readonly version: number;
	readonly seed: number;
	readonly results: readonly FieldResult[];
	readonly correct: number;
	readonly total: number;
	/** Every field correct (and not given up). */
	readonly solved: boolean;
	/** 3 minus hints taken, at least 1, when solved; 0 otherwise. */
	readonly stars: 0 | 1 | 2 | 3;
	/** The mistakes recognised, each once, in field order. */
	readonly mistakes: readonly MistakeId[];
}

/** Why a typed number is wrong: the rule that was broken with the right number, and the named mistake if recognised. */
export interface Explained {
	readonly mistake?: MistakeId;
	readonly explanation: Text;
}

/**
 * One puzzle of a tier: how to make it from a seed, and how to talk about its fields. The same
 * definition serves the page (hints, step-through, worked solution) and the server (re-scoring).
 */
export interface PuzzleDef {
	/** Stable id, `${tier}.${name}`, e.g. `gates.mul`, `circuits.xyz`, `generated.3`. */
	readonly id: string;
	readonly version: number;
	readonly tier: TierId;
	readonly title: Text;
	/** Deterministic in the seed (a 32-bit unsigned integer). */
	make(seed: number): Puzzle;
	/**
	 * A wrong answer for `field`: which rule was broken, with the right number ("a mul gate sends
	 * each input the upstream gradient times the *other* input's value: −4 × 3"), naming a common
	 * mistake when a detector recognises one. `answers` holds every field's number that could be read.
	 */
	explain(
		puzzle: Puzzle,
		field: Field,
		given: number,
		answers: ReadonlyMap<string, number>
	): Explained;
	/** A nudge for `field` that names the rule but not the number (costs a star). */
	hint(puzzle: Puzzle, field: Field): Text;
	/** The worked line for `field`, with its numbers (the step-through and the solution after giving up). */
	worked(puzzle: Puzzle, field: Field): Text;
}

export interface TierDef {
	readonly id: TierId;
	readonly title: Text;
	/** What the tier teaches, one or two sentences. */
	readonly intro: Text;
	readonly puzzles: readonly PuzzleDef[];
}
