// Storing a learner's attempt: check who is asking, the key and the body; claim the Idempotency-Key;
// re-compute the result (classroom/verify) and store it with the reply, in one transaction, so a
// retry gets the very same reply and the attempt is stored once. Nothing the page computed is kept
// as a score: the stored score, stars and status are the server's.
import type { Kysely } from 'kysely';
import {
	attemptItem,
	parseAttempt,
	type AttemptPayload,
	type StoredAttemptBody
} from '../../classroom/attempt';
import { verifyAttempt } from '../../classroom/verify';
import type { Principal } from '../auth/tokens';
import type { Database } from '../db/schema';
import * as attempts from '../db/repos/attempts';
import * as idempotency from '../db/repos/idempotency';
import {
	checkKey,
	decodeBody,
	failure,
	learnerOnly,
	parseJson,
	payloadHash,
	type Reply
} from './request';

/** Whether the learner still exists and is approved (a session may outlive an approval withdrawn). */
async function isApproved(db: Kysely<Database>, learnerId: number): Promise<boolean> {
	const row = await db
		.selectFrom('learners')
		.select('status')
		.where('id', '=', learnerId)
		.executeTakeFirst();
	return row?.status === 'approved';
}

/** The checks before any work, in order: principal, key, size, JSON, schema. */
async function admit(
	db: Kysely<Database>,
	principal: Principal | null,
	key: string | null | undefined,
	raw: string | Uint8Array
): Promise<{ ok: true; learnerId: number; key: string; attempt: AttemptPayload } | Reply> {
	const who = learnerOnly(principal);
	if (!who.ok) return who.reply;
	if (!(await isApproved(db, who.learnerId)))
		return failure(403, 'forbidden', 'Your place in the class is not approved yet.');
	const keyProblem = checkKey(key);
	if (keyProblem) return keyProblem;
	const body = decodeBody(raw);
	if (!('ok' in body)) return body;
	const json = parseJson(body.text);
	if (!('ok' in json)) return json;
	const parsed = parseAttempt(json.value);
	if (!parsed.ok)
		return failure(
			400,
			'invalid',
			`The attempt is not valid: ${parsed.problems.join('; ')}`,
			parsed.problems
		);
	return { ok: true, learnerId: who.learnerId, key: key!, attempt: parsed.attempt };
}

/** Verifies and stores the attempt and the reply for replays, together or not at all. */
async function store(
	db: Kysely<Database>,
	ref: idempotency.KeyRef,
	attempt: AttemptPayload
): Promise<Reply> {
	const verdict = verifyAttempt(attempt);
	const accepted = verdict.status === 'accepted';
	return db.transaction().execute(async (trx) => {
		const stored = await attempts.insert(trx, {
			learnerId: ref.learnerId,
			item: attemptItem(attempt),
			submission: attempt,
			result: verdict,
			score: accepted ? verdict.score : null,
			stars: accepted ? verdict.stars : null,
			status: verdict.status,
			reason: verdict.reason ?? null
		});
		const body: StoredAttemptBody = {
			attempt: { id: stored.id, item: stored.item, createdAt: stored.createdAt, ...verdict }
		};
		const reply: Reply = { status: 201, body };
		// Someone took the claim over meanwhile (this request counted as dead): store nothing.
		if (!(await idempotency.finish(trx, { ...ref, response: reply }))) throw new ClaimLost();
		return reply;
	});
}

class ClaimLost extends Error {}

/**
 * Submits an attempt for the signed-in learner. `raw` is the request body as read (bounded by the
 * caller; checked again here). Returns the HTTP status and JSON body to send.
 */
export async function submitAttempt(
	db: Kysely<Database>,
	principal: Principal | null,
	idempotencyKey: string | null | undefined,
	raw: string | Uint8Array
): Promise<Reply> {
	const admitted = await admit(db, principal, idempotencyKey, raw);
	if (!('ok' in admitted)) return admitted;
	const ref = { learnerId: admitted.learnerId, key: admitted.key };
	const begun = await idempotency.begin(db, { ...ref, payloadHash: payloadHash(admitted.attempt) });
	switch (begun.state) {
		case 'replay':
			return begun.response as Reply;
		case 'conflict-payload':
			return failure(
				422,
				'key-reused',
				'This Idempotency-Key was already used for another attempt.'
			);
		case 'in-progress':
			return inProgress();
	}
	try {
		return await store(db, ref, admitted.attempt);
	} catch (error) {
		if (error instanceof ClaimLost) return inProgress();
		await idempotency.abandon(db, ref);
		throw error;
	}
}

const inProgress = () =>
	failure(409, 'in-progress', 'This attempt is still being processed; try again in a moment.');
