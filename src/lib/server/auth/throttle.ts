// How hard Downhill holds back guessing, and for whom. Teacher logins: 5 tries per account and 20
// per address in 15 minutes, then a lock of 1 minute that doubles with every further try (to 15
// minutes). Class-code and sign-in-code guesses: 10 per address per minute, then the same back-off
// up to 5 minutes (the route answers 429 with Retry-After). Sign-ups: 10 per address per hour.
// Successful attempts are handed back, so a class behind one school address is not locked out by
// its own sign-ins. Subjects are stored as SHA-256 (the purpose, then the login or address), so the
// table holds no plain addresses or mistyped logins, and one table serves every purpose.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as counters from '../db/repos/throttle';
import type { Taken, ThrottleKey, ThrottlePolicy } from '../db/repos/throttle';
import { addressKey } from './address';

const MINUTE = 60_000;

export const POLICIES = {
	loginAccount: { limit: 5, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 15 * MINUTE },
	loginAddress: { limit: 20, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 15 * MINUTE },
	codeGuess: { limit: 10, windowMs: MINUTE, lockMs: MINUTE, maxLockMs: 5 * MINUTE },
	signUp: { limit: 10, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE, maxLockMs: 24 * 60 * MINUTE }
} as const satisfies Record<string, ThrottlePolicy>;

/** Longer than every window and lock above: rows older than this mean nothing any more. */
export const RETENTION_MS = 2 * 24 * 60 * MINUTE;

export type Purpose = 'login' | 'code' | 'sign-up';

const digest = (purpose: Purpose, value: string) =>
	createHash('sha256').update(`downhill throttle:${purpose}:${value}`).digest('hex');

export const accountKey = (login: string): ThrottleKey => ({
	scope: 'account',
	subject: digest('login', login)
});

export const addressThrottleKey = (purpose: Purpose, address: string): ThrottleKey => ({
	scope: 'address',
	subject: digest(purpose, addressKey(address))
});

export type Gate =
	{ allowed: true; taken: Taken[] } | { allowed: false; retryAfterSeconds: number };

async function gate(
	db: Kysely<Database>,
	entries: { key: ThrottleKey; policy: ThrottlePolicy }[],
	now: Date
): Promise<Gate> {
	const result = await counters.take(db, entries, now);
	return result.allowed
		? result
		: { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) };
}

/** Before checking a teacher's password (`login` already normalised). */
export const beginLogin = (db: Kysely<Database>, login: string, address: string, now: Date) =>
	gate(
		db,
		[
			{ key: accountKey(login), policy: POLICIES.loginAccount },
			{ key: addressThrottleKey('login', address), policy: POLICIES.loginAddress }
		],
		now
	);

/** Before looking up a class code or a sign-in code. */
export const beginCodeGuess = (db: Kysely<Database>, address: string, now: Date) =>
	gate(db, [{ key: addressThrottleKey('code', address), policy: POLICIES.codeGuess }], now);

/** Before creating a teacher account (counted whether or not it works). */
export const beginSignUp = (db: Kysely<Database>, address: string, now: Date) =>
	gate(db, [{ key: addressThrottleKey('sign-up', address), policy: POLICIES.signUp }], now);

/** The guarded work succeeded: accounts start afresh, addresses get their attempt back. */
export async function succeeded(db: Kysely<Database>, taken: readonly Taken[]): Promise<void> {
	for (const t of taken) {
		if (t.key.scope === 'account') await counters.reset(db, t.key);
		else await counters.release(db, t);
	}
}

/** Forgets throttle rows nobody has touched for RETENTION_MS; returns how many. */
export const purge = (db: Kysely<Database>, now: Date): Promise<number> =>
	counters.purgeOlderThan(db, new Date(now.getTime() - RETENTION_MS));
