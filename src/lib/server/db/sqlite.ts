// SQLite through better-sqlite3, set up for a web server: WAL (readers never block the writer),
// synchronous=NORMAL (durable across a process crash; a power cut may lose the last commits, never
// corrupt the file), a busy_timeout, foreign keys on, and transactions that take the write lock up
// front. A deferred `BEGIN` that reads and then writes fails at once with SQLITE_BUSY when another
// process wrote in between (the busy handler is not even called); `BEGIN IMMEDIATE` waits its turn.
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
	CompiledQuery,
	Kysely,
	SqliteAdapter,
	SqliteDialect,
	SqliteDriver,
	type DatabaseConnection,
	type SqliteDialectConfig
} from 'kysely';
import type { Database } from './schema';

export const BUSY_TIMEOUT_MS = 5000;

class ImmediateSqliteDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}
}

/**
 * Kysely's adapter says SQLite has no transactional DDL (it has), so its migrator would run without
 * a transaction and without a lock. Saying yes makes it run all pending migrations in one
 * transaction, which begins IMMEDIATE: a second process starting at once waits, then finds nothing
 * left to do.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
	override get supportsTransactionalDdl(): boolean {
		return true;
	}
}

export class ImmediateSqliteDialect extends SqliteDialect {
	readonly #config: SqliteDialectConfig;
	constructor(config: SqliteDialectConfig) {
		super(config);
		this.#config = config;
	}
	override createDriver(): SqliteDriver {
		return new ImmediateSqliteDriver(this.#config);
	}
	override createAdapter(): SqliteAdapter {
		return new TransactionalSqliteAdapter();
	}
}

/** Opens (creating if needed) a SQLite file with the pragmas above. */
export function openSqliteFile(
	file: string,
	busyTimeoutMs = BUSY_TIMEOUT_MS
): BetterSqlite3.Database {
	mkdirSync(dirname(file), { recursive: true });
	const raw = new BetterSqlite3(file, { timeout: busyTimeoutMs });
	// busy_timeout first: switching a fresh file to WAL needs a lock another process may hold.
	raw.pragma(`busy_timeout = ${Math.round(busyTimeoutMs)}`);
	switchToWal(raw, busyTimeoutMs);
	raw.pragma('synchronous = NORMAL');
	raw.pragma('foreign_keys = ON');
	return raw;
}

/**
 * Two processes opening the same new file at once both hold a shared lock and both want the
 * exclusive one to switch to WAL: SQLite answers one of them SQLITE_BUSY at once (a deadlock the
 * busy handler does not wait out; seen in CI). So retry, with back-off, until the busy timeout.
 */
function switchToWal(raw: BetterSqlite3.Database, timeoutMs: number): void {
	const deadline = Date.now() + timeoutMs;
	for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
		try {
			raw.pragma('journal_mode = WAL');
			return;
		} catch (error) {
			const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
			if (!busy || Date.now() + wait > deadline) throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait); // a synchronous sleep
		}
	}
}

export interface SqliteHandle {
	db: Kysely<Database>;
	/** The one connection under `db`, for backups and pragmas. Never start a transaction on it. */
	raw: BetterSqlite3.Database;
	close(): Promise<void>;
}

/**
 * Kysely over ONE connection per process (its SQLite driver queues callers behind a mutex). Never
 * open a second connection to the same file in the same process: better-sqlite3 is synchronous, so
 * a second connection waiting for the lock would block the very event loop the first needs to commit.
 */
export function openSqlite(file: string): SqliteHandle {
	const raw = openSqliteFile(file);
	const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
	return { db, raw, close: () => db.destroy() };
}
