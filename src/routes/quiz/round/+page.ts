import { error } from '@sveltejs/kit';
import { CONCEPTS } from '$lib/puzzles/quiz/concepts';
import type { ConceptId } from '$lib/puzzles/quiz/types';
import { readSeed } from '$lib/components/quiz/round';
import type { PageLoad } from './$types';

/** The round's seed (null: make one; 'bad': say so and make one) and the concept practised, if any. */
export const load: PageLoad = ({ url }) => {
	const param = url.searchParams.get('concept');
	const info = param === null ? undefined : CONCEPTS.find((c) => c.id === param);
	if (param !== null && !info) error(404, `There is no quiz concept "${param}"`);
	return {
		seed: readSeed(url.searchParams.get('seed')),
		concept: info?.id as ConceptId | undefined
	};
};
