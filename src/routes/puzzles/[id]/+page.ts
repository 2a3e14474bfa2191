import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { getLocale } from '$lib/paraglide/runtime';
import { TIERS, findPuzzleDef, makePuzzle } from '$lib/puzzles/chain';
import { nextPuzzle } from '$lib/components/puzzles/puzzle-order';
import { readSeed } from '$lib/components/puzzles/seed-param';
import { graphOf } from '$lib/components/puzzles/field-text';
import { puzzleLayout } from '$lib/components/puzzles/layout-handoff';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
	const def = findPuzzleDef(params.id);
	if (!def) error(404, `There is no puzzle "${params.id}"`);
	const tier = TIERS.find((t) => t.id === def.tier)!;
	// A bad ?seed= is not an error page: the puzzle opens with seed 0 and says why.
	const seed = readSeed(url.searchParams.get('seed'));
	const puzzle = makePuzzle(def.id, seed.seed);
	const ref = nextPuzzle(TIERS, def.id, seed.seed);
	const nextDef = ref ? findPuzzleDef(ref.id) : undefined;
	// The server lays the graph out; the browser takes that layout from the page as it hydrates
	// (layout-handoff.ts), and lays it out itself only after a client-side navigation.
	const graph = graphOf(puzzle);
	const locale = getLocale() as 'en' | 'ko';
	const layout = graph
		? await puzzleLayout(graph, puzzle.fields, locale, browser ? document : undefined)
		: null;
	return {
		def,
		tier,
		seed,
		puzzle,
		layout,
		next: ref && nextDef ? { ref, title: nextDef.title } : null
	};
};
