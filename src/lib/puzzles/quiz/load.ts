// Making a question in the browser without shipping the whole bank: each generator is a module of
// its own, loaded the first time a question of it is wanted (with the engine parts it needs), so a
// round downloads only its own generators. The question is the one `makeQuestion` makes; a module
// that cannot be fetched (offline, a deploy since the page loaded) rejects with a QuizLoadError,
// which a page tells apart from a bug in a generator.
import type { Generator, Question } from './types';
import { checkSeed } from './build';
import { splitId } from './catalogue';

/** One import per generator module: keep in step with `CATALOGUE` (catalogue.test.ts checks it). */
export const LOADERS: Readonly<Record<string, () => Promise<Generator>>> = {
	'learning-rate': () => import('./generators/learning-rate').then((m) => m.learningRate),
	batches: () => import('./generators/batches').then((m) => m.batches),
	gradients: () => import('./generators/gradients').then((m) => m.gradients),
	'chain-rule': () => import('./generators/chain-rule').then((m) => m.chainRule),
	activations: () => import('./generators/activations').then((m) => m.activations),
	vanishing: () => import('./generators/vanishing').then((m) => m.vanishing),
	'why-activations': () => import('./generators/why-activations').then((m) => m.whyActivations),
	optimizers: () => import('./generators/optimizers').then((m) => m.optimizers),
	curvature: () => import('./generators/curvature').then((m) => m.curvature),
	newton: () => import('./generators/newton').then((m) => m.newton),
	regularization: () => import('./generators/regularization').then((m) => m.regularization),
	softmax: () => import('./generators/softmax').then((m) => m.softmaxGenerator),
	hinge: () => import('./generators/hinge').then((m) => m.hinge),
	'linear-score': () => import('./generators/linear-score').then((m) => m.linearScore),
	features: () => import('./generators/features').then((m) => m.features),
	misconceptions: () => import('./generators/misconceptions').then((m) => m.misconceptions),
	'which-derivative': () => import('../chain/which-derivative').then((m) => m.WHICH_DERIVATIVE)
};

/** Code a question needs (a generator's module, or what shows it) could not be fetched; trying again later may work. */
export class QuizLoadError extends Error {
	constructor(
		/** What could not be loaded: a generator's id, or another module's name. */
		readonly module: string,
		options?: { cause?: unknown }
	) {
		super(`"${module}" could not be loaded for the quiz`, options);
		this.name = 'QuizLoadError';
	}
}

export interface QuestionLoader {
	/** The generator with this id, loaded once; a failed load is forgotten, so the next call tries again. */
	generator(id: string): Promise<Generator>;
	/**
	 * The question `id` (`generator.form`) with `seed`, as `makeQuestion` makes it, once its
	 * generator has loaded. Rejects like `makeQuestion` throws (unknown generator or form, bad
	 * seed), or with a QuizLoadError when the generator's code cannot be fetched.
	 */
	question(id: string, seed: number): Promise<Question>;
}

/** A loader over `loaders` (the page's is `LOADERS`; tests pass loaders that fail on purpose). */
export function questionLoader(
	loaders: Readonly<Record<string, () => Promise<Generator>>> = LOADERS
): QuestionLoader {
	const loaded = new Map<string, Promise<Generator>>();

	function generator(id: string): Promise<Generator> {
		const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
		if (!load) {
			const known = Object.keys(loaders).join(', ');
			return Promise.reject(new Error(`Unknown quiz generator "${id}" (known: ${known})`));
		}
		let pending = loaded.get(id);
		if (!pending) {
			pending = load().catch((cause: unknown) => {
				loaded.delete(id);
				throw new QuizLoadError(id, { cause });
			});
			loaded.set(id, pending);
		}
		return pending;
	}

	async function question(id: string, seed: number): Promise<Question> {
		const { generator: which, form } = splitId(id);
		checkSeed(seed);
		return (await generator(which)).make(form, seed);
	}

	return { generator, question };
}

const shared = questionLoader();

/** The generator with this id, loaded on first use (see QuestionLoader). */
export const loadGenerator = shared.generator;
/** The question (id, seed), its generator loaded on first use (see QuestionLoader). */
export const loadQuestion = shared.question;
