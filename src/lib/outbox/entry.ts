// What the outbox keeps: each finished attempt with the Idempotency-Key it was given when it was
// queued (so every resend is the same attempt to the server), the learner it belongs to, and how
// sending it has gone. Plain data, the same in a page and in the service worker.
import type { AttemptPayload, StoredAttemptBody } from '../classroom/attempt';

export type Stored = StoredAttemptBody['attempt'];

/** A refusal that sending again cannot change (the server could not read the attempt). */
export interface Refusal {
	status: number;
	/** The server's error code (`invalid`, `key-reused`, …). */
	code: string;
	/** The code and the server's problems, for a teacher or a bug report. */
	detail: string;
}

export interface OutboxEntry {
	/** Queue order (IndexedDB's auto-increment): entries are sent oldest first. */
	seq: number;
	/** The Idempotency-Key, made once when the attempt was queued. */
	key: string;
	learnerId: number;
	payload: AttemptPayload;
	createdAt: string;
	tries: number;
	/** Why the last try did not deliver it (`offline`, `server 503`, `signed-out`, …). */
	lastError: string | null;
	lastTriedAt: string | null;
	/** Set when the server refused it for good: kept to show, never sent again. */
	refused: Refusal | null;
}

/** What the server stored for a delivered entry, kept a while so its page can show the verdict. */
export interface Receipt {
	key: string;
	learnerId: number;
	at: string;
	attempt: Stored;
}

/** Why a flush left entries waiting: worth trying again soon, or only after the learner acts. */
export type LaterReason = 'offline' | 'server' | 'busy' | 'in-progress';
export type HeldReason = 'signed-out' | 'not-approved' | 'wrong-learner';
export type StopReason = LaterReason | HeldReason;

export const isLater = (reason: StopReason | null): reason is LaterReason =>
	reason === 'offline' || reason === 'server' || reason === 'busy' || reason === 'in-progress';

/** Where one queued attempt is. `gone`: neither waiting nor remembered (dismissed, or long sent). */
export type EntryState =
	| { state: 'waiting' }
	| { state: 'refused'; refusal: Refusal }
	| { state: 'sent'; attempt: Stored }
	| { state: 'gone' };

/** Where each of `keys` is, in order, from the entries still kept and the receipts. */
export function entryStates(
	keys: readonly string[],
	entries: readonly OutboxEntry[],
	receipts: readonly Receipt[]
): EntryState[] {
	return keys.map((key): EntryState => {
		const entry = entries.find((e) => e.key === key);
		if (entry)
			return entry.refused ? { state: 'refused', refusal: entry.refused } : { state: 'waiting' };
		const receipt = receipts.find((r) => r.key === key);
		return receipt ? { state: 'sent', attempt: receipt.attempt } : { state: 'gone' };
	});
}
