import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { CONCEPTS } from '$lib/puzzles/quiz/concepts';
import { loadQuestion } from '$lib/puzzles/quiz/load';
import type { ConceptId, Question } from '$lib/puzzles/quiz/types';
import { newSeed, readSeed, roundOpening } from '$lib/components/quiz/round';
import { loadKatex } from '$lib/components/quiz/round-questions';
import type { PageLoad } from './$types';

/**
 * The round: its seed ('bad': say so and make one), the concept practised if any, and its first
 * question, made here so the server sends it with the page: a round's first pick depends on the
 * seed alone (roundOpening), the rest on the learner's mastery, which only the browser has. This
 * load runs on both sides (its data is not sent; a Question holds functions). In the browser an
 * address without a seed gets a fresh one (`fresh`: the page writes it into the address).
 */
export const load: PageLoad = async ({ url }) => {
	const param = url.searchParams.get('concept');
	const info = param === null ? undefined : CONCEPTS.find((c) => c.id === param);
	if (param !== null && !info) error(404, `There is no quiz concept "${param}"`);
	const concept = info?.id as ConceptId | undefined;
	const read = readSeed(url.searchParams.get('seed'));
	// The server cannot choose a seed the browser would also choose: without one it sends the
	// page's frame, and the browser makes the round.
	const seed = typeof read === 'number' ? read : browser ? newSeed() : null;
	const base = { concept, badSeed: read === 'bad', fresh: typeof read !== 'number' };
	const opening = seed === null ? null : roundOpening(seed, concept);
	if (seed === null || !opening) return { ...base, seed, first: null, total: opening?.total ?? 0 };
	return { ...base, seed, first: await firstQuestion(opening.pick), total: opening.total };
};

/**
 * The first question, or null when it cannot be made here (its code cannot be fetched offline, or
 * a generator is broken): the round then loads it itself, with a message and Try again.
 * In the browser KaTeX comes too, so the question's formulas appear with it, except while the page
 * hydrates over the server's rendering of this very question (its formulas are already there).
 * A page without it is a frame: the server had no seed, or the service worker kept the page for
 * another address.
 */
async function firstQuestion(pick: { id: string; seed: number }): Promise<Question | null> {
	const hydrating = browser && !('hydrated' in document.documentElement.dataset);
	const shown =
		hydrating &&
		document.querySelector(
			`article[data-question="${CSS.escape(pick.id)}"][data-seed="${pick.seed}"]`
		) !== null;
	const needsKatex = browser && !shown;
	try {
		const [question] = await Promise.all([
			loadQuestion(pick.id, pick.seed),
			needsKatex ? loadKatex() : undefined
		]);
		return question;
	} catch (problem) {
		console.warn(problem);
		return null;
	}
}
