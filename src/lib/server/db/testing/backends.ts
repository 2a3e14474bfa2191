// For tests: both back ends, each opened fresh and migrated. SQLite gets a temporary file; PostgreSQL
// a schema of its own (t_<pid>_<random>), dropped on close. When PostgreSQL cannot be reached the
// open fails with a message saying so, so its tests fail loudly instead of passing or skipping.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { redactUrl, type DatabaseConfig, type DatabaseKind } from '../config';
import { openDatabase, type OpenDatabase } from '../index';

export const DEFAULT_TEST_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function testPostgresUrl(): string {
	return process.env.DATABASE_URL_TEST?.trim() || DEFAULT_TEST_URL;
}

export interface TestDatabase extends OpenDatabase {
	config: DatabaseConfig;
	/** Closes the database and removes it (the file, or the schema). */
	drop(): Promise<void>;
}

export interface Backend {
	name: DatabaseKind;
	/** A fresh, empty database config (file or schema created, not migrated). */
	fresh(): Promise<{ config: DatabaseConfig; remove(): Promise<void> }>;
	open(): Promise<TestDatabase>;
}

export function uniqueName(prefix = 't'): string {
	return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/** Runs one statement on a short-lived client, turning "cannot connect" into a clear failure. */
export async function adminQuery(statement: string, url = testPostgresUrl()): Promise<void> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(
			`PostgreSQL is not reachable at ${redactUrl(url)}; start it or set DATABASE_URL_TEST (${reason})`,
			{ cause: error }
		);
	}
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

const sqlite: Backend = {
	name: 'sqlite',
	async fresh() {
		const dir = mkdtempSync(join(tmpdir(), 'downhill-db-'));
		return {
			config: { kind: 'sqlite', file: join(dir, 'test.sqlite') },
			remove: async () => rmSync(dir, { recursive: true, force: true })
		};
	},
	open: () => openFresh(sqlite)
};

const postgres: Backend = {
	name: 'postgres',
	async fresh() {
		const url = testPostgresUrl();
		const schema = uniqueName();
		await adminQuery(`create schema ${schema}`, url);
		return {
			config: { kind: 'postgres', url, schema },
			remove: () => adminQuery(`drop schema if exists ${schema} cascade`, url)
		};
	},
	open: () => openFresh(postgres)
};

async function openFresh(backend: Backend): Promise<TestDatabase> {
	const { config, remove } = await backend.fresh();
	const opened = await openDatabase(config);
	return {
		...opened,
		config,
		async drop() {
			await opened.close();
			await remove();
		}
	};
}

export const backends: readonly Backend[] = [sqlite, postgres];
