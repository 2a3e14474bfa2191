import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';
import { ImmediateSqliteDialect, openSqlite, openSqliteFile } from './sqlite';
import { backends } from './testing/backends';
import { overlapped, runTogether } from './testing/children';
import { incrementCounter, readCounter } from './testing/counter';

const sqliteBackend = backends.find((b) => b.name === 'sqlite')!;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshFile(): Promise<string> {
	const { config, remove } = await sqliteBackend.fresh();
	cleanups.push(remove);
	if (config.kind !== 'sqlite') throw new Error('expected a SQLite config');
	const handle = openSqlite(config.file);
	await migrateToLatest(handle.db, 'sqlite');
	await handle.close();
	return config.file;
}

/** A second connection to the file that gives up at once when the file is locked. */
function impatient(file: string, dialect: 'immediate' | 'deferred' = 'immediate') {
	const raw = openSqliteFile(file, 0);
	const Dialect = dialect === 'immediate' ? ImmediateSqliteDialect : SqliteDialect;
	const db = new Kysely<Database>({ dialect: new Dialect({ database: raw }) });
	cleanups.push(() => db.destroy());
	return db;
}

const throttleRow = (subject: string) => ({
	scope: 'address' as const,
	subject,
	failures: 1,
	window_started_at: new Date().toISOString()
});

describe('SQLite connection', () => {
	it('uses WAL, synchronous=NORMAL, a busy timeout and foreign keys', async () => {
		const handle = openSqlite(await freshFile());
		cleanups.push(handle.close);
		expect(handle.raw.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(handle.raw.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
		expect(handle.raw.pragma('busy_timeout', { simple: true })).toBe(5000);
		expect(handle.raw.pragma('foreign_keys', { simple: true })).toBe(1);
	});

	it('takes the write lock when a transaction begins, before it writes anything', async () => {
		const file = await freshFile();
		const handle = openSqlite(file);
		cleanups.push(handle.close);
		const other = impatient(file);
		await handle.db.transaction().execute(async (trx) => {
			await trx.selectFrom('login_throttle').select('subject').execute();
			await expect(
				other.insertInto('login_throttle').values(throttleRow('b')).execute()
			).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
		});
		await other.insertInto('login_throttle').values(throttleRow('b')).execute();
		expect(await readCounter(handle.db, 'b')).toBe(1);
	});

	it('(why) a deferred read-then-write transaction fails at once when another wrote meanwhile', async () => {
		const file = await freshFile();
		const deferred = impatient(file, 'deferred');
		const other = impatient(file);
		const started = performance.now();
		await expect(
			deferred.transaction().execute(async (trx) => {
				await trx.selectFrom('login_throttle').select('subject').execute();
				await other.insertInto('login_throttle').values(throttleRow('c')).execute();
				await trx.insertInto('login_throttle').values(throttleRow('d')).execute();
			})
		).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
		// Even a long busy_timeout would not have helped: SQLite does not wait in this case.
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('serialises read-then-write transactions from two processes: no SQLITE_BUSY, no lost update', async () => {
		const file = await freshFile();
		const times = 300;
		const results = await runTogether(
			{ kind: 'sqlite', file },
			Array.from({ length: 2 }, () => ({ mode: 'increment' as const, times, subject: 'shared' }))
		);
		const handle = openSqlite(file);
		cleanups.push(handle.close);
		expect(overlapped(results)).toBe(true);
		expect(await readCounter(handle.db, 'shared')).toBe(2 * times);
		console.info(
			`[sqlite] 2 processes × ${times} read-then-write transactions: ${results.map((r) => r.ms.toFixed(0)).join(', ')} ms`
		);
	});

	it('runs one connection’s transactions one after another inside a process', async () => {
		const handle = openSqlite(await freshFile());
		cleanups.push(handle.close);
		await Promise.all(Array.from({ length: 50 }, () => incrementCounter(handle.db, 'local')));
		expect(await readCounter(handle.db, 'local')).toBe(50);
	});
});
