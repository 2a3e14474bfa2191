// The shapes of the concept quizzes: a question is made by a generator from (id, seed), so the
// page and the server make the same question and the server can re-score an answer.
import type { Text } from '../types';

/** The concepts the quizzes cover (CURRICULUM.md's C-numbers in `concepts.ts`). */
export type ConceptId =
	| 'learning-rate' // C4, C5
	| 'batches' // C6: batch, mini-batch, SGD, iterations per epoch
	| 'gradients' // C3: numerical vs analytic, gradient check
	| 'chain-rule' // C7–C10: graphs, upstream × local, gate patterns
	| 'activations' // C15: sigmoid, tanh, ReLU, Leaky ReLU, ELU, Maxout and derivatives
	| 'vanishing' // C16: vanishing gradients, dead ReLUs
	| 'why-activations' // C14: W2·W1 collapses to one layer
	| 'curvature' // C19, C20: concavity, Hessian eigenvalues (min, max, saddle)
	| 'newton' // C21: one Newton step
	| 'optimizers' // C17, C18: one optimizer step by hand, momentum, Adam, local minima
	| 'regularization' // C22: L1, L2, elastic net, overfitting
	| 'softmax' // C23: softmax, −log p, cross-entropy
	| 'hinge' // C23: SVM hinge loss
	| 'linear-score' // C11, C12, C24: f = Wx, perceptron, shapes, tensors
	| 'features' // C25: hand-made vs learned features
	| 'misconceptions'; // the mistakes listed at the end of CURRICULUM.md

export type QuestionKind = 'choice' | 'numeric' | 'order';

export interface Choice {
	/** Stable within the question (`a`, `b` … or a meaningful slug). */
	readonly id: string;
	readonly text: Text;
	/** Optional TeX shown instead of / beside the text. */
	readonly tex?: string;
}

interface QuestionBase {
	/** `${generator}.${form}`: the generator and which of its forms; with the seed it fixes the question. */
	readonly id: string;
	readonly seed: number;
	readonly concept: ConceptId;
	/** What is asked (may hold inline TeX between `$…$`). */
	readonly prompt: Text;
	/** A displayed formula that goes with the prompt, if any. */
	readonly promptTex?: string;
	/** Why the answer is what it is, with its numbers (may hold inline TeX between `$…$`). */
	readonly explanation: Text;
	/** The formula behind the answer, displayed under the explanation. */
	readonly explanationTex?: string;
	/** The seeded numbers behind the question (for tests and teachers to recompute the key; not shown). */
	readonly params?: Readonly<Record<string, QuizParam>>;
}

/** One seeded parameter of a question. */
export type QuizParam = number | string | boolean | readonly number[] | readonly string[];

export interface ChoiceQuestion extends QuestionBase {
	readonly kind: 'choice';
	readonly choices: readonly Choice[];
	readonly answer: string;
}

export interface NumericQuestion extends QuestionBase {
	readonly kind: 'numeric';
	/** Computed by the engine (or from the formula), never typed in by hand. */
	readonly answer: number;
	/** Absolute tolerance when the default (numbers.ts `accepts`) does not fit, e.g. 0 for counts. */
	readonly tolerance?: number;
	/** A unit or hint shown after the input box, e.g. "iterations". */
	readonly unit?: Text;
}

export interface OrderQuestion extends QuestionBase {
	readonly kind: 'order';
	/** Shown in this (shuffled) order. */
	readonly choices: readonly Choice[];
	/** The choice ids in the right order. */
	readonly answer: readonly string[];
}

export type Question = ChoiceQuestion | NumericQuestion | OrderQuestion;

/** The learner's answer: a choice id, the typed text of a number, or the ids in order. */
export type QuizAnswer = string | readonly string[];

/** A generator makes every question of one topic; each form is one way of asking. */
export interface Generator {
	readonly id: string;
	readonly concept: ConceptId;
	readonly forms: readonly string[];
	/** Deterministic in (form, seed); throws an Error naming an unknown form. */
	make(form: string, seed: number): Question;
}

export interface QuizSubmission {
	readonly id: string;
	readonly seed: number;
	readonly answer: QuizAnswer;
}

export interface QuizResult {
	readonly id: string;
	readonly seed: number;
	readonly concept: ConceptId;
	/** 'unreadable' when a numeric answer is not a number or a choice id is unknown. */
	readonly status: 'correct' | 'wrong' | 'unreadable';
	readonly explanation: Text;
	readonly explanationTex?: string;
}

/** Mastery of one concept, from new to mastered. */
export type MasteryLevel = 'new' | 'familiar' | 'proficient' | 'mastered';
