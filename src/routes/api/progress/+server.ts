// GET /api/progress: the signed-in learner's best verified attempt per item (their own only).
import type { RequestHandler } from './$types';
import { getDatabase } from '$lib/server/db';
import * as attempts from '$lib/server/attempts';

export const GET: RequestHandler = async ({ locals }) => {
	const refused = attempts.refuseEarly(locals.principal);
	if (refused) return attempts.respond(refused);
	const { db } = await getDatabase();
	return attempts.respond(await attempts.learnerProgress(db, locals.principal));
};
