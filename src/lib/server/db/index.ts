// The data layer's entry: open the configured back end (migrated to the latest schema), or get the
// app's one shared database. Repositories live in ./repos and take the Kysely handle as their first
// argument, so they work the same inside a transaction.
import type { Kysely } from 'kysely';
import {
	databaseConfig,
	describeConfig,
	type DatabaseConfig,
	type DatabaseEnv,
	type DatabaseKind
} from './config';
import { migrateToLatest, type MigrationReport } from './migrate';
import { openPostgres } from './postgres';
import type { Database } from './schema';
import { openSqlite } from './sqlite';

export type { Database } from './schema';
export type { DatabaseConfig, DatabaseEnv, DatabaseKind } from './config';

export interface OpenDatabase {
	db: Kysely<Database>;
	kind: DatabaseKind;
	/** What was opened, for a start-up line (passwords redacted). */
	description: string;
	/** Set when this open ran the migrations. */
	migration?: MigrationReport;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** Run pending migrations first (default true). */
	migrate?: boolean;
}

function isConfig(source: DatabaseEnv | DatabaseConfig): source is DatabaseConfig {
	return 'kind' in source;
}

export async function openDatabase(
	source: DatabaseEnv | DatabaseConfig = process.env,
	options: OpenOptions = {}
): Promise<OpenDatabase> {
	const config = isConfig(source) ? source : databaseConfig(source);
	const handle =
		config.kind === 'sqlite'
			? openSqlite(config.file)
			: openPostgres(config.url, { schema: config.schema });
	const opened: OpenDatabase = {
		db: handle.db,
		kind: config.kind,
		description: describeConfig(config),
		close: handle.close
	};
	if (options.migrate ?? true) {
		try {
			opened.migration = await migrateToLatest(handle.db, config.kind);
		} catch (error) {
			await handle.close();
			throw error;
		}
	}
	return opened;
}

let shared: Promise<OpenDatabase> | undefined;

/**
 * The app's database, opened and migrated on first use and shared afterwards. A failed open is not
 * cached, so the next request tries again (e.g. once PostgreSQL is up).
 */
export function getDatabase(): Promise<OpenDatabase> {
	shared ??= openDatabase(process.env).catch((error: unknown) => {
		shared = undefined;
		throw error;
	});
	return shared;
}

/** Closes the shared database (on shutdown); the next getDatabase() opens it again. */
export async function closeDatabase(): Promise<void> {
	const current = shared;
	shared = undefined;
	const opened = await current?.catch(() => undefined); // a failed open has nothing to close
	await opened?.close();
}
