import { error } from '@sveltejs/kit';
import { TIERS, findPuzzleDef, makePuzzle } from '$lib/puzzles/chain';
import { nextPuzzle } from '$lib/components/puzzles/puzzle-order';
import { readSeed } from '$lib/components/puzzles/seed-param';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, url }) => {
	const def = findPuzzleDef(params.id);
	if (!def) error(404, `There is no puzzle "${params.id}"`);
	const tier = TIERS.find((t) => t.id === def.tier)!;
	// A bad ?seed= is not an error page: the puzzle opens with seed 0 and says why.
	const seed = readSeed(url.searchParams.get('seed'));
	const puzzle = makePuzzle(def.id, seed.seed);
	const ref = nextPuzzle(TIERS, def.id, seed.seed);
	const nextDef = ref ? findPuzzleDef(ref.id) : undefined;
	return {
		def,
		tier,
		seed,
		puzzle,
		next: ref && nextDef ? { ref, title: nextDef.title } : null
	};
};
