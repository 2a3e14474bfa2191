// The light catalogue and the lazy loaders against the generators themselves: the same ids,
// concepts and forms in the same order, every generator reachable by its own import, and the same
// question from loadQuestion as from makeQuestion.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, askedConcepts, formConcepts, questionForms, splitId } from './catalogue';
import { GENERATORS } from './generators';
import { LOADERS, QuizLoadError, loadGenerator, loadQuestion, questionLoader } from './load';
import { makeQuestion } from './registry';
import type { Generator } from './types';

describe('CATALOGUE', () => {
	it('is what the generators declare: ids, concepts and forms, in their order', () => {
		const declared = GENERATORS.map((g) => ({ id: g.id, concept: g.concept, forms: [...g.forms] }));
		expect(CATALOGUE.map((e) => ({ ...e, forms: [...e.forms] }))).toEqual(declared);
	});

	it('lists every form id and concept the way the generators number them', () => {
		const ids = GENERATORS.flatMap((g) => g.forms.map((f) => `${g.id}.${f}`));
		expect(questionForms()).toEqual(ids);
		expect(new Set(ids).size).toBe(ids.length);
		expect(formConcepts().map((f) => f.concept)).toEqual(
			GENERATORS.flatMap((g) => g.forms.map(() => g.concept))
		);
		expect([...askedConcepts()].sort()).toEqual(
			[...new Set(GENERATORS.map((g) => g.concept))].sort()
		);
	});

	it('splits ids at the first dot and refuses malformed ones', () => {
		expect(splitId('learning-rate.after-steps')).toEqual({
			generator: 'learning-rate',
			form: 'after-steps'
		});
		expect(splitId('a.b.c')).toEqual({ generator: 'a', form: 'b.c' });
		for (const bad of ['', 'nodot', '.form', 'gen.'])
			expect(() => splitId(bad)).toThrow(/generator\.form/);
	});
});

describe('loaders', () => {
	it('load each generator from its own module, the very object the bank holds', async () => {
		expect(Object.keys(LOADERS)).toEqual(CATALOGUE.map((e) => e.id));
		for (const g of GENERATORS) expect(await loadGenerator(g.id)).toBe(g);
	});

	it('make the question makeQuestion makes, for every form', async () => {
		for (const id of questionForms()) {
			for (const seed of [0, 1, 4_294_967_295]) {
				expect(await loadQuestion(id, seed), `${id} @ ${seed}`).toEqual(makeQuestion(id, seed));
			}
		}
	});

	it('reject an unknown generator or form and a bad seed, as makeQuestion throws', async () => {
		await expect(loadQuestion('nope.x', 1)).rejects.toThrow(/nope/);
		await expect(loadQuestion('batches.nope', 1)).rejects.toThrow(/nope/);
		await expect(loadQuestion('batches.iterations', -1)).rejects.toThrow(/seed/);
		await expect(loadQuestion('batches.iterations', 1.5)).rejects.toThrow(/seed/);
		await expect(loadQuestion('batches', 1)).rejects.toThrow(/generator\.form/);
		await expect(loadGenerator('toString')).rejects.toThrow(/Unknown quiz generator/);
	});

	it('report a module that cannot be fetched as a QuizLoadError, and fetch it again next time', async () => {
		const batches = GENERATORS.find((g) => g.id === 'batches')!;
		let calls = 0;
		const flaky = (): Promise<Generator> => {
			calls++;
			return calls === 1
				? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
				: Promise.resolve(batches);
		};
		const loader = questionLoader({ batches: flaky });
		const failed = await loader.question('batches.iterations', 3).catch((error: unknown) => error);
		expect(failed).toBeInstanceOf(QuizLoadError);
		expect((failed as QuizLoadError).module).toBe('batches');
		expect((failed as QuizLoadError).cause).toBeInstanceOf(TypeError);
		expect(await loader.question('batches.iterations', 3)).toEqual(
			makeQuestion('batches.iterations', 3)
		);
		await loader.generator('batches');
		expect(calls).toBe(2); // loaded once it worked, not again
	});

	it('let a generator’s own error through unchanged (a bug, not a failed download)', async () => {
		const broken: Generator = {
			id: 'broken',
			concept: 'batches',
			forms: ['x'],
			make: () => {
				throw new RangeError('broken form');
			}
		};
		const loader = questionLoader({ broken: () => Promise.resolve(broken) });
		const error = await loader.question('broken.x', 0).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RangeError);
		expect(error).not.toBeInstanceOf(QuizLoadError);
	});
});
