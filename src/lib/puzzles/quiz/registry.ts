// Looking generators and forms up by id, and making a question from (id, seed): the one path the
// page and the server share, so both see the same question.
import type { Generator, Question } from './types';
import { GENERATORS } from './generators';
import { checkSeed } from './build';

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

/** Splits `generator.form` at its first dot; throws on a malformed id. */
export function splitId(id: string): { generator: string; form: string } {
	const dot = typeof id === 'string' ? id.indexOf('.') : -1;
	if (dot <= 0 || dot === id.length - 1) {
		throw new Error(`A question id is "generator.form" (got "${String(id)}")`);
	}
	return { generator: id.slice(0, dot), form: id.slice(dot + 1) };
}

/** The question `id` (`generator.form`) with `seed`; throws on an unknown generator or form or a bad seed. */
export function makeQuestion(id: string, seed: number): Question {
	const { generator, form } = splitId(id);
	checkSeed(seed);
	return getGenerator(generator).make(form, seed);
}

/** Every question form id, `generator.form`, in the generators' order. */
export function questionForms(): string[] {
	return GENERATORS.flatMap((g) => g.forms.map((form) => `${g.id}.${form}`));
}

/** Every form with its concept (what the mastery scheduler picks from). */
export function formConcepts(): { id: string; concept: Generator['concept'] }[] {
	return GENERATORS.flatMap((g) =>
		g.forms.map((form) => ({ id: `${g.id}.${form}`, concept: g.concept }))
	);
}
