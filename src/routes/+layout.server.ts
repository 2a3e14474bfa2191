// Tells every page whether a learner is signed in (their name and class), so the level, puzzle and
// quiz pages know to send finished work to the class. Nobody signed in: no database query at all.
import { getDatabase } from '$lib/server/db';
import { learnerBanner } from '$lib/server/learner/banner';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, depends }) => {
	// A page from the service worker's (anonymous) cache reloads just this when it is back online.
	depends('downhill:session');
	if (locals.principal?.kind !== 'learner') return { learner: null };
	const { db } = await getDatabase();
	return { learner: await learnerBanner(db, locals.principal) };
};
