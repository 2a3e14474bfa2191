// POST /api/attempts: a learner submits a finished level, puzzle or quiz answer (settings, seed,
// answers; never a score) with an Idempotency-Key. The server re-computes and stores the result
// and answers 201 with it; a retry with the same key gets the same answer (submitAttempt).
import type { RequestHandler } from './$types';
import { getDatabase } from '$lib/server/db';
import * as attempts from '$lib/server/attempts';
import { LEARNER_HEADER } from '$lib/classroom/attempt';

export const POST: RequestHandler = async ({ request, locals }) => {
	// Who is asking (and whether it is the learner the outbox meant) and the key come first: a
	// stranger's body is never read.
	const { headers } = request;
	const refused = attempts.refuseEarly(
		locals.principal,
		headers.get('idempotency-key'),
		headers.get(LEARNER_HEADER)
	);
	if (refused) return attempts.respond(refused);
	const raw = await attempts.readBody(request);
	if (!(raw instanceof Uint8Array)) return attempts.respond(raw);
	const { db } = await getDatabase();
	const key = request.headers.get('idempotency-key');
	return attempts.respond(await attempts.submitAttempt(db, locals.principal, key, raw));
};
