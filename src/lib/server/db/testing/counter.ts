// A read-modify-write in one transaction (the pattern that dead-ends a deferred SQLite transaction
// when another process writes in between): read a counter, then write it back plus one. Uses the
// login_throttle table only because it has a counter column.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function incrementCounter(db: Kysely<Database>, subject: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('login_throttle')
			.select('failures')
			.where('scope', '=', 'address')
			.where('subject', '=', subject)
			.executeTakeFirst();
		if (row) {
			await trx
				.updateTable('login_throttle')
				.set({ failures: row.failures + 1 })
				.where('scope', '=', 'address')
				.where('subject', '=', subject)
				.execute();
		} else {
			await trx
				.insertInto('login_throttle')
				.values({
					scope: 'address',
					subject,
					failures: 1,
					window_started_at: new Date().toISOString()
				})
				.execute();
		}
	});
}

export async function readCounter(db: Kysely<Database>, subject: string): Promise<number> {
	const row = await db
		.selectFrom('login_throttle')
		.select('failures')
		.where('scope', '=', 'address')
		.where('subject', '=', subject)
		.executeTakeFirst();
	return row?.failures ?? 0;
}
