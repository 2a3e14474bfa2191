// What a teacher can assign: each built-in level, each chain-rule puzzle tier, each quiz concept.
// A tier or concept is satisfied by an attempt at any puzzle of the tier or question of the
// concept, so a learner is never tied to one seed or one question form.
import { WORLDS, type Text } from '../levels';
import { chain, quiz } from '../puzzles';
import { QUIZ_VERSION, type ItemKind, type ItemRef } from './attempt';

export type { ItemKind, ItemRef };

/** Tiers and concepts have no numbers of their own that could change; their version stays 1. */
export const GROUP_VERSION = 1;

interface ItemBase extends ItemRef {
	title: Text;
}

export interface LevelItem extends ItemBase {
	kind: 'level';
	world: { id: string; title: Text };
}

export interface PuzzleTierItem extends ItemBase {
	kind: 'puzzle';
	/** The tier's puzzles: an attempt at any of them counts. */
	puzzles: { id: string; version: number; title: Text }[];
}

export interface QuizConceptItem extends ItemBase {
	kind: 'quiz';
	description: Text;
	/** The concept's question ids (`generator.form`): an attempt at any of them counts. */
	questions: string[];
}

export type AssignableItem = LevelItem | PuzzleTierItem | QuizConceptItem;

function catalogue(): AssignableItem[] {
	const levels = WORLDS.flatMap((world) =>
		world.levels.map((level): LevelItem => ({
			kind: 'level',
			id: level.id,
			version: level.version,
			title: level.title,
			world: { id: world.id, title: world.title }
		}))
	);
	const tiers = chain.TIERS.map((tier): PuzzleTierItem => ({
		kind: 'puzzle',
		id: tier.id,
		version: GROUP_VERSION,
		title: tier.title,
		puzzles: tier.puzzles.map((p) => ({ id: p.id, version: p.version, title: p.title }))
	}));
	const forms = quiz.formConcepts();
	const concepts = quiz.CONCEPTS.map((concept): QuizConceptItem => ({
		kind: 'quiz',
		id: concept.id,
		version: GROUP_VERSION,
		title: concept.name,
		description: concept.description,
		questions: forms.filter((f) => f.concept === concept.id).map((f) => f.id)
	}));
	return [...levels, ...tiers, ...concepts];
}

const ITEMS: readonly AssignableItem[] = catalogue();

/** Every assignable item: levels in playing order, then puzzle tiers, then quiz concepts. */
export function assignableItems(): readonly AssignableItem[] {
	return ITEMS;
}

/** The assignable item of this kind and id, or undefined. */
export function findItem(kind: ItemKind, id: string): AssignableItem | undefined {
	return ITEMS.find((item) => item.kind === kind && item.id === id);
}

const TIER_OF = new Map(chain.TIERS.flatMap((t) => t.puzzles.map((p) => [p.id, t.id] as const)));
const CONCEPT_OF = new Map(quiz.formConcepts().map((f) => [f.id, f.concept] as const));

/** The tier a puzzle id belongs to (`gates.mul` → `gates`), or undefined. */
export function tierOf(puzzleId: string): string | undefined {
	return TIER_OF.get(puzzleId);
}

/** The concept of a question id (`batches.iterations` → `batches`), or undefined. */
export function conceptOf(questionId: string): string | undefined {
	return CONCEPT_OF.get(questionId);
}

/**
 * Whether an attempt counts for an assignment: the same level at the same version; a puzzle of the
 * assigned tier (or the very puzzle); a question of the assigned concept (or the very question).
 */
export function itemMatches(assignment: ItemRef, attempt: ItemRef): boolean {
	if (assignment.kind !== attempt.kind) return false;
	if (assignment.id === attempt.id) return assignment.version === attempt.version;
	switch (assignment.kind) {
		case 'level':
			return false;
		case 'puzzle':
			return tierOf(attempt.id) === assignment.id;
		case 'quiz':
			return attempt.version === QUIZ_VERSION && conceptOf(attempt.id) === assignment.id;
	}
}
