// The pages the service worker keeps for offline play (English paths; it adds /ko/ itself), made
// from the built-in levels and puzzles of this very build, so a new level is kept without a list
// to maintain.
import { json } from '@sveltejs/kit';
import { LEVELS } from '$lib/levels';
import { TIERS } from '$lib/puzzles/chain';
import { offlinePaths } from '$lib/pwa/offline-pages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	json(
		{
			paths: offlinePaths(
				LEVELS.map((level) => level.id),
				TIERS.flatMap((tier) => tier.puzzles.map((puzzle) => puzzle.id))
			)
		},
		{ headers: { 'Cache-Control': 'no-cache' } }
	);
