// Online backups. SQLite: better-sqlite3's backup API copies the live file while the server keeps
// writing, then the copy must pass PRAGMA integrity_check. PostgreSQL: pg_dump is the tool; we run it
// when it is installed and check that pg_restore can read what it wrote.
import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUSY_TIMEOUT_MS } from './sqlite';

export interface BackupReport {
	file: string;
	bytes: number;
	ms: number;
}

/** 2025-03-01T09-00-00-000Z: sortable, and safe in file names everywhere. */
export const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** All pages in one step: one read snapshot, so a writer in another process cannot restart the copy. */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(
	source: string,
	backupsDir: string,
	now = new Date()
): Promise<BackupReport> {
	const started = performance.now();
	if (!existsSync(source)) {
		throw new Error(
			`There is no database at ${source} yet (start the server once, or set DATA_DIR)`
		);
	}
	mkdirSync(backupsDir, { recursive: true });
	const file = join(backupsDir, `downhill-${stamp(now)}.sqlite`);
	const db = new BetterSqlite3(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
	try {
		await db.backup(file, { progress: () => ALL_PAGES });
	} finally {
		db.close();
	}
	const problems = checkSqliteCopy(file);
	if (problems.length > 0) {
		renameSync(file, `${file}.failed`);
		throw new Error(
			`The backup failed its integrity check (${file}.failed): ${problems.join('; ')}`
		);
	}
	return { file, bytes: statSync(file).size, ms: performance.now() - started };
}

/** Makes the copy one self-contained file (no -wal beside it) and lists what integrity_check finds. */
export function checkSqliteCopy(file: string): string[] {
	const copy = new BetterSqlite3(file, { fileMustExist: true });
	try {
		copy.pragma('journal_mode = DELETE');
		const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
		const messages = rows.map((r) => r.integrity_check);
		return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
	} finally {
		copy.close();
	}
}

/** libpq's environment variables for a URL, so no password shows in the process list. */
export function libpqEnv(url: string): Record<string, string> {
	const u = new URL(url);
	const env: Record<string, string> = {
		PGHOST: decodeURIComponent(u.hostname),
		PGPORT: u.port || '5432',
		PGDATABASE: decodeURIComponent(u.pathname.slice(1))
	};
	if (u.username) env.PGUSER = decodeURIComponent(u.username);
	if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
	const sslmode = u.searchParams.get('sslmode');
	if (sslmode) env.PGSSLMODE = sslmode;
	return env;
}

export const PG_DUMP_MISSING =
	'PostgreSQL backups are made with pg_dump, which is not installed here. Install the PostgreSQL ' +
	'client tools of your server’s major version (Debian: apt-get install postgresql-client) and run ' +
	'`npm run backup` again, or use your provider’s snapshots.';

/** pg_dump in its custom format (restore with pg_restore), then pg_restore --list must read it. */
export function backupPostgres(
	url: string,
	backupsDir: string,
	options: { schema?: string; now?: Date } = {}
): BackupReport {
	const started = performance.now();
	const env = { ...process.env, ...libpqEnv(url) };
	if (spawnSync('pg_dump', ['--version'], { env }).error) throw new Error(PG_DUMP_MISSING);
	mkdirSync(backupsDir, { recursive: true });
	const file = join(backupsDir, `downhill-${stamp(options.now ?? new Date())}.dump`);
	const args = ['--format=custom', '--no-owner', `--file=${file}`];
	if (options.schema) args.push(`--schema=${options.schema}`);
	run('pg_dump', args, env);
	run('pg_restore', ['--list', file], env);
	return { file, bytes: statSync(file).size, ms: performance.now() - started };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
	const result = spawnSync(command, args, { env, encoding: 'utf8' });
	if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.trim()}`);
	return result.stdout;
}
