// PostgreSQL through a pg Pool and Kysely's Postgres dialect. An optional schema becomes every
// connection's search_path (set in the start-up packet, so no query can run before it applies):
// the tests each get a schema of their own.
import pg from 'pg';
import { Kysely } from 'kysely';
import { redactUrl } from './config';
import { DownhillPostgresDialect } from './postgres-introspector';
import type { Database } from './schema';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Only plain lower-case names, so a schema name can never smuggle SQL into search_path. */
export function checkSchemaName(schema: string): string {
	if (!SCHEMA_NAME.test(schema)) {
		throw new Error(`Schema name "${schema}" must match ${SCHEMA_NAME} (lower case, digits, _)`);
	}
	return schema;
}

export interface PostgresOptions {
	schema?: string;
	/** Pool size; pg's default is 10. */
	max?: number;
	connectTimeoutMs?: number;
}

export function createPool(url: string, options: PostgresOptions = {}): pg.Pool {
	const pool = new pg.Pool({
		connectionString: url,
		max: options.max ?? 10,
		connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
		options: options.schema ? `-c search_path=${checkSchemaName(options.schema)}` : undefined
	});
	// An idle client losing its server emits 'error' on the pool; unheard, it would end the process.
	pool.on('error', (error) => {
		console.error(`Downhill: PostgreSQL connection lost (${redactUrl(url)}): ${error.message}`);
	});
	return pool;
}

export interface PostgresHandle {
	db: Kysely<Database>;
	pool: pg.Pool;
	close(): Promise<void>;
}

export function openPostgres(url: string, options: PostgresOptions = {}): PostgresHandle {
	const pool = createPool(url, options);
	const db = new Kysely<Database>({ dialect: new DownhillPostgresDialect({ pool }) });
	// Kysely's destroy() ends the pool too.
	return { db, pool, close: () => db.destroy() };
}
