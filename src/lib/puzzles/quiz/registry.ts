// Looking generators and forms up by id, and making a question from (id, seed): the one path the
// server and tests share with the page (which loads only the generators it needs, `load.ts`), so
// all see the same question. This module imports every generator; pages use `catalogue.ts`.
import type { Generator, Question } from './types';
import { GENERATORS } from './generators';
import { checkSeed } from './build';
import { splitId } from './catalogue';

export { splitId, questionForms, formConcepts } from './catalogue';

/** The generator with this id; throws naming the id when there is none. */
export function getGenerator(id: string): Generator {
	const generator = GENERATORS.find((g) => g.id === id);
	if (!generator) {
		throw new Error(
			`Unknown quiz generator "${id}" (known: ${GENERATORS.map((g) => g.id).join(', ')})`
		);
	}
	return generator;
}

/** The question `id` (`generator.form`) with `seed`; throws on an unknown generator or form or a bad seed. */
export function makeQuestion(id: string, seed: number): Question {
	const { generator, form } = splitId(id);
	checkSeed(seed);
	return getGenerator(generator).make(form, seed);
}
