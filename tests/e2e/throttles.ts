// Sign-ups are limited to 10 an hour per address, and the e2e runs sign up many teachers from this
// one machine: tests forget this machine's address counters (never an account's lock) in the e2e
// server's database before signing teachers up.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/index';
import { addressThrottleKey } from '../../src/lib/server/auth/throttle';

/** The e2e server's SQLite file (playwright.config.ts's DATA_DIR). */
export const DB_FILE = resolve('test-results/data/downhill.sqlite');

/**
 * Forgets this machine's counters for `purposes`. Forget 'login' only where no test beside it may
 * be counting failed logins (a file's beforeAll, not a test that runs in parallel).
 */
export async function forgetThisMachine(
	purposes: readonly ('sign-up' | 'login')[] = ['sign-up']
): Promise<void> {
	if (!existsSync(DB_FILE)) return;
	const opened = await openDatabase({ kind: 'sqlite', file: DB_FILE }, { migrate: false });
	try {
		const keys = ['127.0.0.1', '::1'].flatMap((address) =>
			purposes.map((purpose) => addressThrottleKey(purpose, address).subject)
		);
		await opened.db.deleteFrom('login_throttle').where('subject', 'in', keys).execute();
	} finally {
		await opened.close();
	}
}
