// What every account operation is given, and the shape of its answers: `{ ok: true, … }` or a
// failure with a reason for the code, a bilingual message for people, and (for 429) a wait.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Text } from './messages';

export interface AuthContext {
	db: Kysely<Database>;
	/** The client's address (SvelteKit's `event.getClientAddress()`), for throttling only. */
	address: string;
	/** The clock, injectable for tests. */
	now?: Date;
}

export interface Failure<Reason extends string> {
	ok: false;
	reason: Reason;
	message: Text;
	/** Which form field the message belongs to, when it is about one. */
	field?: string;
	/** Set with reason 'rate-limited': answer 429 with `Retry-After` of this many seconds. */
	retryAfterSeconds?: number;
}

export const fail = <Reason extends string>(
	reason: Reason,
	message: Text,
	extra: { field?: string; retryAfterSeconds?: number } = {}
): Failure<Reason> => ({ ok: false, reason, message, ...extra });

export const clock = (ctx: AuthContext): Date => ctx.now ?? new Date();
