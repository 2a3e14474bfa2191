// One learner's attempt at one puzzle, as rune state: what is typed in each field, the marks of the
// last check, hints and step-through views taken (each costs a star), and giving up. The numbers
// and the score come from the puzzle core (checkAnswers, scorePuzzle), the same code the server
// re-runs, so the page never judges an answer by itself.
import {
	MAX_ANSWER_LENGTH,
	MAX_HINTS,
	checkAnswers,
	scorePuzzle,
	stepThrough,
	type WalkStep
} from '$lib/puzzles/chain';
import type { Field, FieldResult, Puzzle, PuzzleDef, PuzzleScore, Text } from '$lib/puzzles/types';

export class PuzzleSession {
	readonly puzzle: Puzzle;
	readonly def: PuzzleDef;
	readonly steps: readonly WalkStep[];
	answers: Record<string, string> = $state({});
	/** The last check's result per field; a field's mark goes when its answer is edited. */
	results: Record<string, FieldResult> = $state({});
	score: PuzzleScore | null = $state(null);
	hintsTaken = $state(0);
	/** The latest hint and the field it is about. */
	hint: { field: Field; text: Text } | null = $state(null);
	/** Step-through steps seen before the puzzle was over (each costs a star, like a hint). */
	stepsSeen: number[] = $state([]);
	/** The step shown now, or null. */
	step: number | null = $state(null);
	gaveUp = $state(false);

	readonly solved = $derived(this.score?.solved ?? false);
	readonly over = $derived(this.solved || this.gaveUp);
	/** Hints as the score counts them. */
	readonly hints = $derived(this.hintsTaken + this.stepsSeen.length);
	/** The most stars a solution can still earn. */
	readonly starsLeft = $derived(Math.max(1, 3 - this.hints));

	constructor(puzzle: Puzzle, def: PuzzleDef) {
		this.puzzle = puzzle;
		this.def = def;
		this.steps = stepThrough(puzzle);
	}

	setAnswer(key: string, text: string): void {
		if (this.over) return;
		// The core refuses longer answers outright; no number needs more.
		this.answers[key] = text.slice(0, MAX_ANSWER_LENGTH);
		delete this.results[key];
	}

	/** Checks every field, marks each, and returns the score. */
	check(): PuzzleScore {
		const score = scorePuzzle({
			id: this.puzzle.id,
			version: this.puzzle.version,
			seed: this.puzzle.seed,
			answers: { ...this.answers },
			hints: this.hints,
			gaveUp: this.gaveUp
		});
		this.score = score;
		this.results = Object.fromEntries(score.results.map((r) => [r.key, r]));
		return score;
	}

	/** The first field not yet right as typed (checked quietly, no marks). */
	firstUnsolved(): Field | null {
		const results = checkAnswers(this.puzzle, { ...this.answers });
		const right = Object.fromEntries(results.map((r) => [r.key, r.status === 'correct']));
		return this.puzzle.fields.find((field) => !right[field.key]) ?? null;
	}

	/** A hint for the first unsolved field; costs a star. Null when every field is right. */
	takeHint(): Field | null {
		if (this.over) return null;
		const field = this.firstUnsolved();
		if (!field) return null;
		if (this.hints < MAX_HINTS) this.hintsTaken += 1;
		this.hint = { field, text: this.def.hint(this.puzzle, field) };
		return field;
	}

	/** Shows step `index` of the step-through; a step first seen before the end costs a star. */
	showStep(index: number): void {
		if (index < 0 || index >= this.steps.length) return;
		this.step = index;
		if (!this.over && !this.stepsSeen.includes(index) && this.hints < MAX_HINTS)
			this.stepsSeen.push(index);
	}

	/** The step that explains the first unsolved field (where "show me this node" starts). */
	stepForFirstUnsolved(): number {
		const field = this.firstUnsolved();
		const index = field ? this.steps.findIndex((s) => s.fields.includes(field.key)) : -1;
		return Math.max(0, index);
	}

	closeSteps(): void {
		this.step = null;
	}

	giveUp(): void {
		if (this.over) return;
		this.gaveUp = true;
		this.hint = null;
	}

	/** The worked line of every field, for the solution after giving up. */
	worked(): { field: Field; text: Text }[] {
		return this.puzzle.fields.map((field) => ({
			field,
			text: this.def.worked(this.puzzle, field)
		}));
	}

	/** Fields whose last check was not right (wrong or unreadable), by node, for marking the graph. */
	readonly troubledNodes: readonly number[] = $derived.by(() => {
		const bad = (key: string) => ['wrong', 'unreadable'].includes(this.results[key]?.status);
		const nodes = this.puzzle.fields.flatMap((f) =>
			f.node !== undefined && bad(f.key) ? [f.node] : []
		);
		return nodes.filter((node, i) => nodes.indexOf(node) === i);
	});
}
