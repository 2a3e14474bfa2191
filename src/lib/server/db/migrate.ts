// Brings a database to the latest schema at start-up. Two servers starting at once run each
// migration once: on PostgreSQL Kysely's migrator holds an advisory lock; on SQLite the whole run is
// one BEGIN IMMEDIATE transaction (see sqlite.ts), so the second process waits and finds it done.
import { Migrator, sql, type Kysely } from 'kysely';
import type { DatabaseKind } from './config';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export interface MigrationReport {
	/** The migrations this call ran (empty when the database was already up to date). */
	applied: string[];
	ms: number;
}

/** The schema new tables go to: the first one on search_path. */
async function currentSchema(db: Kysely<Database>): Promise<string> {
	const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
	const schema = rows[0]?.schema;
	if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
	return schema;
}

export async function migrateToLatest(
	db: Kysely<Database>,
	kind: DatabaseKind
): Promise<MigrationReport> {
	const started = performance.now();
	const migrator = new Migrator({
		db,
		provider: migrationProvider(kind),
		// Kysely looks for its bookkeeping tables in any schema unless told which one; pin it to where
		// the app's tables go, so a database shared by several schemas keeps their records apart.
		migrationTableSchema: kind === 'postgres' ? await currentSchema(db) : undefined
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) {
		const failed = results.find((r) => r.status === 'Error')?.migrationName ?? '(setup)';
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(`Database migration ${failed} failed: ${message}`, { cause: error });
	}
	const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
	return { applied, ms: performance.now() - started };
}
