// Which database Downhill uses, read from the environment. PostgreSQL when DATABASE_URL names one;
// otherwise a SQLite file under DATA_DIR, so `npm start` needs no other service.
import { join, resolve } from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

export type DatabaseConfig =
	| { kind: 'sqlite'; file: string }
	/** `schema` puts every table (and the migration records) in that schema: tests use their own. */
	| { kind: 'postgres'; url: string; schema?: string };

export interface DatabaseEnv {
	DATABASE_URL?: string;
	DATA_DIR?: string;
}

export const SQLITE_FILE_NAME = 'downhill.sqlite';

export class DatabaseConfigError extends Error {
	override name = 'DatabaseConfigError';
}

/** A URL fit for messages and logs: the password, if any, is replaced by `***`. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
	}
}

/** Checks a PostgreSQL URL and returns it unchanged, or throws a DatabaseConfigError saying why. */
export function checkPostgresUrl(url: string, variable = 'DATABASE_URL'): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new DatabaseConfigError(
			`${variable} is not a URL (${redactUrl(url)}); expected postgres://user:password@host:5432/database`
		);
	}
	if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
		throw new DatabaseConfigError(
			`${variable} must start with postgres:// or postgresql:// (got ${parsed.protocol}//); ` +
				'unset it to use the SQLite file under DATA_DIR'
		);
	}
	if (!parsed.hostname) {
		throw new DatabaseConfigError(`${variable} names no host (${redactUrl(url)})`);
	}
	if (parsed.pathname.length <= 1) {
		throw new DatabaseConfigError(`${variable} names no database (${redactUrl(url)})`);
	}
	return url;
}

/** The back end the environment asks for. Pure: it neither opens nor creates anything. */
export function databaseConfig(env: DatabaseEnv = process.env): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) return { kind: 'postgres', url: checkPostgresUrl(url) };
	const dataDir = env.DATA_DIR?.trim() || './data';
	return { kind: 'sqlite', file: resolve(join(dataDir, SQLITE_FILE_NAME)) };
}

/** Where the configuration points, for a start-up line: the SQLite file or the redacted URL. */
export function describeConfig(config: DatabaseConfig): string {
	if (config.kind === 'sqlite') return `SQLite ${config.file}`;
	return `PostgreSQL ${redactUrl(config.url)}${config.schema ? ` (schema ${config.schema})` : ''}`;
}
