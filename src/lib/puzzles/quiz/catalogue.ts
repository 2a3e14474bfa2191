// The question forms as plain data: each generator's id, concept and form ids, in the generators'
// order. The quiz page and round planning read this instead of the generators, so a page that only
// lists or picks questions never loads the engine; `catalogue.test.ts` checks it against what every
// generator declares, so the two cannot drift apart. Questions are made by `registry.ts` (at once,
// for the server and tests) or `load.ts` (loading only the generators a round needs).
import type { ConceptId } from './types';

export interface CatalogueEntry {
	/** The generator's id: the part of a question id before the dot. */
	readonly id: string;
	readonly concept: ConceptId;
	readonly forms: readonly string[];
}

export const CATALOGUE: readonly CatalogueEntry[] = [
	{
		id: 'learning-rate',
		concept: 'learning-rate',
		forms: [
			'update',
			'direction',
			'regime',
			'after-steps',
			'max-lr',
			'best-lr',
			'order-speed',
			'diagnose'
		]
	},
	{
		id: 'batches',
		concept: 'batches',
		forms: [
			'iterations',
			'updates-total',
			'last-batch',
			'kind',
			'epochs-after',
			'order-updates',
			'which-true'
		]
	},
	{
		id: 'gradients',
		concept: 'gradients',
		forms: [
			'central',
			'forward',
			'relative-error',
			'verdict',
			'best-h',
			'cost',
			'which-true',
			'order-check'
		]
	},
	{
		id: 'chain-rule',
		concept: 'chain-rule',
		forms: [
			'circuit',
			'mul-gate',
			'max-gate',
			'fanout',
			'neuron',
			'gate-pattern',
			'order-iteration'
		]
	},
	{
		id: 'activations',
		concept: 'activations',
		forms: ['value', 'derivative', 'maxout', 'formula', 'range', 'order-values']
	},
	{
		id: 'vanishing',
		concept: 'vanishing',
		forms: ['sigmoid-chain', 'bound', 'layers', 'dead-relu', 'which-true', 'order-depth']
	},
	{
		id: 'why-activations',
		concept: 'why-activations',
		forms: ['combined-entry', 'collapsed-output', 'with-relu', 'which-true', 'order-forward']
	},
	{
		id: 'optimizers',
		concept: 'optimizers',
		forms: [
			'momentum',
			'nesterov',
			'adagrad',
			'rmsprop',
			'adam-first',
			'order-first-step',
			'which-true'
		]
	},
	{
		id: 'curvature',
		concept: 'curvature',
		forms: [
			'classify',
			'eigen-max',
			'eigen-min',
			'eigen-pair',
			'second-derivative',
			'concavity',
			'order-sharpness'
		]
	},
	{
		id: 'newton',
		concept: 'newton',
		forms: ['step-1d', 'step-2d', 'quadratic', 'recurrence', 'order-steps', 'not-monotone']
	},
	{
		id: 'regularization',
		concept: 'regularization',
		forms: ['l2', 'l1', 'elastic', 'prefers', 'order-penalties', 'total', 'scale', 'overfitting']
	},
	{
		id: 'softmax',
		concept: 'softmax',
		forms: [
			'probability',
			'loss',
			'neg-log',
			'batch',
			'gradient',
			'shift',
			'order-pipeline',
			'initial-loss'
		]
	},
	{
		id: 'hinge',
		concept: 'hinge',
		forms: ['loss', 'term', 'count', 'gradient', 'order-examples', 'zero-loss', 'vs-softmax']
	},
	{
		id: 'linear-score',
		concept: 'linear-score',
		forms: [
			'shape',
			'value',
			'dimensions',
			'composed',
			'collapse',
			'perceptron',
			'params',
			'order-forward'
		]
	},
	{
		id: 'features',
		concept: 'features',
		forms: ['kind', 'which', 'histogram', 'concat-length', 'transform', 'when', 'order-pipeline']
	},
	{
		id: 'misconceptions',
		concept: 'misconceptions',
		forms: [
			'global-minimum',
			'analytic-gradient',
			'saddle-y3',
			'newton-backwards',
			'saddle-curvature',
			'regularization-arithmetic',
			'scalar-dimension',
			'two-layer',
			'partial-sum'
		]
	},
	{
		id: 'which-derivative',
		concept: 'chain-rule',
		forms: [
			'add-x',
			'sub-b',
			'mul-a',
			'mul-b',
			'div-a',
			'div-b',
			'max-a',
			'neg',
			'pow-a',
			'pow-b',
			'exp',
			'log',
			'sqrt',
			'sin',
			'cos',
			'tanh',
			'sigmoid',
			'softplus',
			'relu',
			'leakyRelu',
			'elu',
			'abs'
		]
	}
];

/** Splits `generator.form` at its first dot; throws on a malformed id. */
export function splitId(id: string): { generator: string; form: string } {
	const dot = typeof id === 'string' ? id.indexOf('.') : -1;
	if (dot <= 0 || dot === id.length - 1) {
		throw new Error(`A question id is "generator.form" (got "${String(id)}")`);
	}
	return { generator: id.slice(0, dot), form: id.slice(dot + 1) };
}

/** Every question form id, `generator.form`, in the generators' order. */
export function questionForms(): string[] {
	return CATALOGUE.flatMap((g) => g.forms.map((form) => `${g.id}.${form}`));
}

/** Every form with its concept (what the mastery scheduler picks from). */
export function formConcepts(): { id: string; concept: ConceptId }[] {
	return CATALOGUE.flatMap((g) =>
		g.forms.map((form) => ({ id: `${g.id}.${form}`, concept: g.concept }))
	);
}

/** The concepts that have at least one question form. */
export function askedConcepts(): Set<ConceptId> {
	return new Set(CATALOGUE.map((g) => g.concept));
}
