// Sign-ups are limited to 10 an hour per address, and the e2e runs sign up many teachers from this
// one machine: tests forget this machine's address counters (never an account's lock) in the
// server's database (checks.ts's serverDatabase) before signing teachers up.
import type { Kysely } from 'kysely';
import { addressThrottleKey } from '../../src/lib/server/auth/throttle';
import type { Database } from '../../src/lib/server/db/index';

/**
 * Forgets this machine's counters for `purposes`. Forget 'login' only where no test beside it may
 * be counting failed logins (a file's beforeAll, not a test that runs in parallel).
 */
export async function forgetThisMachine(
	db: Kysely<Database>,
	purposes: readonly ('sign-up' | 'login')[] = ['sign-up']
): Promise<void> {
	const keys = ['127.0.0.1', '::1'].flatMap((address) =>
		purposes.map((purpose) => addressThrottleKey(purpose, address).subject)
	);
	await db.deleteFrom('login_throttle').where('subject', 'in', keys).execute();
}
