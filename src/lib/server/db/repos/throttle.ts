// Throttle counters (table login_throttle), shared by every server process because they live in
// the database. A key is a scope ('account' or 'address') and a subject (the caller hashes it).
// Each attempt is counted BEFORE the work it guards (a password check, a code look-up) and handed
// back when that work succeeds; counting after would let a burst of parallel requests all pass
// the check before the first failure is written. After `limit` attempts inside `windowMs`, the key
// is locked for `lockMs`, doubling with each further attempt up to `maxLockMs` (exponential
// back-off). Counts are forgotten after a quiet `windowMs` with no lock.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, ThrottleScope } from '../schema';
import { instant } from './codec';

export interface ThrottleKey {
	scope: ThrottleScope;
	subject: string;
}

export interface ThrottlePolicy {
	limit: number;
	windowMs: number;
	lockMs: number;
	maxLockMs: number;
}

export interface ThrottleState {
	failures: number;
	windowStartedAt: Date;
	lockedUntil: Date | null;
}

/** One counted attempt: what `release` needs to hand it back. */
export interface Taken {
	key: ThrottleKey;
	/** The lock this attempt set, if it reached the limit (released with it on success). */
	lockedUntil: Date | null;
}

export type TakeResult =
	{ allowed: true; taken: Taken[] } | { allowed: false; retryAfterMs: number };

/** The state after one more attempt at `now` (the key must not be locked at `now`). */
export function advance(state: ThrottleState, policy: ThrottlePolicy, now: Date): ThrottleState {
	const lastActive = Math.max(
		state.windowStartedAt.getTime(),
		state.lockedUntil?.getTime() ?? -Infinity
	);
	const stale = now.getTime() - lastActive >= policy.windowMs;
	const failures = stale ? 1 : state.failures + 1;
	const over = failures - policy.limit;
	const lockMs = over < 0 ? 0 : Math.min(policy.lockMs * 2 ** over, policy.maxLockMs);
	return {
		failures,
		windowStartedAt: stale ? now : state.windowStartedAt,
		lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null
	};
}

const whereKey = (key: ThrottleKey) => ({ scope: key.scope, subject: key.subject });

/** Creates the row if needed and locks it until the transaction ends (PostgreSQL row lock). */
async function touch(trx: Transaction<Database>, key: ThrottleKey, now: Date) {
	const row = await trx
		.insertInto('login_throttle')
		.values({ ...whereKey(key), failures: 0, window_started_at: instant(now), locked_until: null })
		.onConflict((oc) =>
			oc
				.columns(['scope', 'subject'])
				.doUpdateSet((eb) => ({ failures: eb.ref('login_throttle.failures') }))
		)
		.returningAll()
		.executeTakeFirstOrThrow();
	return {
		failures: row.failures,
		windowStartedAt: new Date(row.window_started_at),
		lockedUntil: row.locked_until === null ? null : new Date(row.locked_until)
	};
}

/** How long until every key is free, or 0 (a read only: refused callers write nothing). */
export async function lockedFor(
	db: Kysely<Database>,
	keys: readonly ThrottleKey[],
	now: Date
): Promise<number> {
	let wait = 0;
	for (const key of keys) {
		const row = await db
			.selectFrom('login_throttle')
			.select('locked_until')
			.where('scope', '=', key.scope)
			.where('subject', '=', key.subject)
			.executeTakeFirst();
		const until = row?.locked_until ? Date.parse(row.locked_until) : 0;
		wait = Math.max(wait, until - now.getTime());
	}
	return wait;
}

/** Counts one attempt against every key, or none when any of them is locked. */
export async function take(
	db: Kysely<Database>,
	entries: readonly { key: ThrottleKey; policy: ThrottlePolicy }[],
	now: Date
): Promise<TakeResult> {
	const early = await lockedFor(
		db,
		entries.map((e) => e.key),
		now
	);
	if (early > 0) return { allowed: false, retryAfterMs: early };
	// One order for everyone, so two transactions never wait on each other's rows.
	const order = (e: { key: ThrottleKey }) => `${e.key.scope}\n${e.key.subject}`;
	const sorted = [...entries].sort((a, b) => (order(a) < order(b) ? -1 : 1));
	return db.transaction().execute(async (trx): Promise<TakeResult> => {
		const states = [];
		for (const entry of sorted) states.push(await touch(trx, entry.key, now));
		const wait = Math.max(0, ...states.map((s) => (s.lockedUntil?.getTime() ?? 0) - now.getTime()));
		if (wait > 0) return { allowed: false, retryAfterMs: wait };
		const taken: Taken[] = [];
		for (const [i, entry] of sorted.entries()) {
			const next = advance(states[i], entry.policy, now);
			await trx
				.updateTable('login_throttle')
				.set({
					failures: next.failures,
					window_started_at: instant(next.windowStartedAt),
					locked_until: next.lockedUntil && instant(next.lockedUntil)
				})
				.where('scope', '=', entry.key.scope)
				.where('subject', '=', entry.key.subject)
				.execute();
			taken.push({ key: entry.key, lockedUntil: next.lockedUntil });
		}
		return { allowed: true, taken };
	});
}

/** Hands back an attempt that succeeded: one count less, and the lock it set (if any) lifted. */
export async function release(db: Kysely<Database>, taken: Taken): Promise<void> {
	const ours = taken.lockedUntil && instant(taken.lockedUntil);
	await db
		.updateTable('login_throttle')
		.set({
			failures: sql<number>`case when failures > 0 then failures - 1 else 0 end`,
			locked_until: sql<
				string | null
			>`case when locked_until = ${ours} then null else locked_until end`
		})
		.where('scope', '=', taken.key.scope)
		.where('subject', '=', taken.key.subject)
		.execute();
}

/** Forgets a key (an account after a successful login). */
export async function reset(db: Kysely<Database>, key: ThrottleKey): Promise<void> {
	await db
		.deleteFrom('login_throttle')
		.where('scope', '=', key.scope)
		.where('subject', '=', key.subject)
		.execute();
}

/** The stored state of a key, for tests and diagnostics. */
export async function read(
	db: Kysely<Database>,
	key: ThrottleKey
): Promise<ThrottleState | undefined> {
	const row = await db
		.selectFrom('login_throttle')
		.selectAll()
		.where('scope', '=', key.scope)
		.where('subject', '=', key.subject)
		.executeTakeFirst();
	return (
		row && {
			failures: row.failures,
			windowStartedAt: new Date(row.window_started_at),
			lockedUntil: row.locked_until === null ? null : new Date(row.locked_until)
		}
	);
}

/** Forgets keys with no attempt and no lock since `cutoff` (a periodic clean-up); returns how many. */
export async function purgeOlderThan(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const at = instant(cutoff);
	const result = await db
		.deleteFrom('login_throttle')
		.where('window_started_at', '<', at)
		.where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
