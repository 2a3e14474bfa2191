// Idempotency keys: a learner's retried submission (same key) must not count twice. `begin` claims
// a key atomically — the primary key (learner, key) and INSERT … ON CONFLICT DO NOTHING decide who
// is first, inside one write transaction — and tells everyone else what to do:
//   started           first time: do the work, then `finish` with the response (or `abandon`);
//   replay            done before with the same payload: send the stored response again;
//   conflict-payload  the key was used for a different payload (answer 422);
//   in-progress       the first request is still working on it (answer 409, retry later).
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { decodeJson, encodeJson, instant } from './codec';

export type BeginOutcome =
	| { state: 'started' }
	| { state: 'replay'; response: unknown }
	| { state: 'conflict-payload' }
	| { state: 'in-progress' };

export interface KeyRef {
	learnerId: number;
	key: string;
}

export interface BeginInput extends KeyRef {
	payloadHash: string;
	now?: Date;
	/**
	 * An in-progress claim older than this is taken over (its server died mid-request), so a retry
	 * is not refused for ever. Default: 60 s.
	 */
	staleAfterMs?: number;
}

export const STALE_AFTER_MS = 60_000;

export async function begin(db: Kysely<Database>, input: BeginInput): Promise<BeginOutcome> {
	const now = input.now ?? new Date();
	const at = instant(now);
	return db.transaction().execute(async (trx): Promise<BeginOutcome> => {
		const claimed = await trx
			.insertInto('idempotency_keys')
			.values({
				learner_id: input.learnerId,
				key: input.key,
				payload_hash: input.payloadHash,
				status: 'in-progress',
				response: null,
				created_at: at,
				updated_at: at
			})
			.onConflict((oc) => oc.columns(['learner_id', 'key']).doNothing())
			.returning('key')
			.executeTakeFirst();
		if (claimed) return { state: 'started' };
		const row = await trx
			.selectFrom('idempotency_keys')
			.select(['payload_hash', 'status', 'response', 'updated_at'])
			.where('learner_id', '=', input.learnerId)
			.where('key', '=', input.key)
			.executeTakeFirstOrThrow();
		if (row.payload_hash !== input.payloadHash) return { state: 'conflict-payload' };
		if (row.status === 'done') return { state: 'replay', response: decodeJson(row.response) };
		const staleBefore = instant(new Date(now.getTime() - (input.staleAfterMs ?? STALE_AFTER_MS)));
		const takenOver = await trx
			.updateTable('idempotency_keys')
			.set({ updated_at: at })
			.where('learner_id', '=', input.learnerId)
			.where('key', '=', input.key)
			.where('status', '=', 'in-progress')
			.where('updated_at', '<', staleBefore)
			.executeTakeFirst();
		return takenOver.numUpdatedRows > 0n ? { state: 'started' } : { state: 'in-progress' };
	});
}

/** Stores the response for replays. False when the key is not in progress (never begun, or done). */
export async function finish(
	db: Kysely<Database>,
	input: KeyRef & { response: unknown; now?: Date }
): Promise<boolean> {
	const result = await db
		.updateTable('idempotency_keys')
		.set({
			status: 'done',
			response: encodeJson(input.response),
			updated_at: instant(input.now ?? new Date())
		})
		.where('learner_id', '=', input.learnerId)
		.where('key', '=', input.key)
		.where('status', '=', 'in-progress')
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** Releases an in-progress claim whose work failed, so the client may retry with the same key. */
export async function abandon(db: Kysely<Database>, input: KeyRef): Promise<boolean> {
	const result = await db
		.deleteFrom('idempotency_keys')
		.where('learner_id', '=', input.learnerId)
		.where('key', '=', input.key)
		.where('status', '=', 'in-progress')
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/** Forgets keys created before the cutoff (a daily clean-up); returns how many. */
export async function purgeOlderThan(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const result = await db
		.deleteFrom('idempotency_keys')
		.where('created_at', '<', instant(cutoff))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
