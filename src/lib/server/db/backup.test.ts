import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, readdirSync, writeSync, closeSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupPostgres, backupSqlite, checkSqliteCopy, libpqEnv } from './backup';
import { SQLITE_FILE_NAME } from './config';
import { openDatabase } from './index';
import { backends } from './testing/backends';
import { startTogether } from './testing/children';
import { readCounter } from './testing/counter';
import { aClass, aLearner, aTeacher } from './testing/fixtures';
import * as attempts from './repos/attempts';

const [sqlite, postgres] = backends;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A migrated database with `count` attempts of about 1 KB each, so a copy takes a little while. */
async function seeded(backend: typeof sqlite, count: number, fileName?: string) {
	const fresh = await backend.fresh();
	cleanups.push(fresh.remove);
	const config =
		fresh.config.kind === 'sqlite' && fileName
			? { ...fresh.config, file: join(dirname(fresh.config.file), fileName) }
			: fresh.config;
	const opened = await openDatabase(config);
	cleanups.push(opened.close);
	const c = await aClass(opened.db, (await aTeacher(opened.db)).id);
	const learner = await aLearner(opened.db, c.joinCode);
	const item = { kind: 'level', id: 'w1-l1', version: 1 } as const;
	await opened.db.transaction().execute(async (trx) => {
		for (let i = 0; i < count; i++) {
			const path = Array.from({ length: 40 }, (_, k) => [i / (k + 1), k]);
			await attempts.insert(trx, {
				learnerId: learner.id,
				item,
				submission: { path },
				status: 'accepted',
				score: i
			});
		}
	});
	return { config, opened };
}

const rowsIn = (file: string, table: string) => {
	const db = new BetterSqlite3(file, { readonly: true });
	try {
		return db.prepare(`select count(*) as n from ${table}`).get() as { n: number };
	} finally {
		db.close();
	}
};

describe('SQLite backup', () => {
	it('copies the live database while another process writes, and the copy passes integrity_check', async () => {
		const { config, opened } = await seeded(sqlite, 2000);
		if (config.kind !== 'sqlite') throw new Error('expected SQLite');
		const writer = await startTogether(config, [{ mode: 'increment', times: 2000, subject: 'w' }]);
		while ((await readCounter(opened.db, 'w')) === 0) await new Promise((r) => setTimeout(r, 5));
		const before = Date.now();
		const report = await backupSqlite(config.file, join(dirname(config.file), 'backups'));
		const after = Date.now();
		const [wrote] = await writer.done;
		// The writer was busy before the copy started and still busy when it ended.
		expect(wrote.startedAt).toBeLessThan(before);
		expect(wrote.endedAt).toBeGreaterThan(after);
		expect(report.file).toMatch(/downhill-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.sqlite$/);
		expect(checkSqliteCopy(report.file)).toEqual([]);
		expect(existsSync(`${report.file}-wal`)).toBe(false);
		expect(rowsIn(report.file, 'attempts').n).toBe(2000);
		const copied = rowsIn(report.file, 'login_throttle');
		expect(copied.n).toBe(1);
		console.info(
			`[sqlite] backup of ${(report.bytes / 1e6).toFixed(1)} MB under a writer: ${report.ms.toFixed(0)} ms`
		);
	});

	it('reports a damaged copy instead of calling it ok', async () => {
		const { config } = await seeded(sqlite, 300);
		if (config.kind !== 'sqlite') throw new Error('expected SQLite');
		const report = await backupSqlite(config.file, join(dirname(config.file), 'backups'));
		const damaged = `${report.file}.damaged`;
		copyFileSync(report.file, damaged);
		const fd = openSync(damaged, 'r+');
		writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 4); // page 5, inside the attempts table
		closeSync(fd);
		let problems: string[];
		try {
			problems = checkSqliteCopy(damaged);
		} catch (error) {
			problems = [String(error)];
		}
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join(' ')).not.toBe('ok');
	});

	it('`npm run backup` writes a checked copy into DATA_DIR/backups', async () => {
		const { config } = await seeded(sqlite, 10, SQLITE_FILE_NAME);
		if (config.kind !== 'sqlite') throw new Error('expected SQLite');
		const dataDir = dirname(config.file);
		const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/backup.ts')], {
			env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
			encoding: 'utf8'
		});
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/integrity_check: ok/);
		const copies = readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'));
		expect(copies).toHaveLength(1);
		expect(rowsIn(join(dataDir, 'backups', copies[0]), 'attempts').n).toBe(10);
	});

	it('refuses to back up a database that is not there', async () => {
		const { config, remove } = await sqlite.fresh();
		cleanups.push(remove);
		if (config.kind !== 'sqlite') throw new Error('expected SQLite');
		await expect(backupSqlite(config.file, join(dirname(config.file), 'b'))).rejects.toThrow(
			/no database at .*test\.sqlite/
		);
	});
});

describe('PostgreSQL backup', () => {
	it('dumps the schema with pg_dump in a form pg_restore reads', async () => {
		const { config } = await seeded(postgres, 50);
		if (config.kind !== 'postgres') throw new Error('expected PostgreSQL');
		const { dir, remove } = await sqlite.fresh().then((f) => ({
			dir: dirname((f.config as { file: string }).file),
			remove: f.remove
		}));
		cleanups.push(remove);
		const report = backupPostgres(config.url, dir, { schema: config.schema });
		const listing = spawnSync('pg_restore', ['--list', report.file], {
			env: { ...process.env, ...libpqEnv(config.url) },
			encoding: 'utf8'
		});
		expect(listing.status).toBe(0);
		for (const table of ['attempts', 'learners', 'classes', 'kysely_migration']) {
			expect(listing.stdout).toContain(`TABLE DATA ${config.schema} ${table}`);
		}
	});
});
