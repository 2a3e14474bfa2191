import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from './config';
import { closeDatabase, getDatabase, openDatabase } from './index';
import * as teachers from './repos/teachers';

const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
const dirs: string[] = [];

afterEach(async () => {
	await closeDatabase();
	for (const [name, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder that does not exist yet, inside a temporary one removed after the test. */
function dataDir(): string {
	const root = mkdtempSync(join(tmpdir(), 'downhill-db-'));
	dirs.push(root);
	return join(root, 'nested', 'data');
}

describe('getDatabase', () => {
	it('opens DATA_DIR/downhill.sqlite (creating the folder), migrates once and shares it', async () => {
		const dir = dataDir();
		process.env.DATA_DIR = dir;
		delete process.env.DATABASE_URL;
		const [a, b] = await Promise.all([getDatabase(), getDatabase()]);
		expect(a).toBe(b);
		expect(a.kind).toBe('sqlite');
		expect(a.description).toBe(`SQLite ${join(dir, SQLITE_FILE_NAME)}`);
		expect(a.migration?.applied).toEqual(['001_initial']);
		await teachers.create(a.db, { login: 'kim@school.example', passwordHash: 'h' });
		await closeDatabase();
		// Re-opened after closing: the data is in the file, and nothing is left to migrate.
		const again = await getDatabase();
		expect(again).not.toBe(a);
		expect(again.migration?.applied).toEqual([]);
		expect(await teachers.findByLogin(again.db, 'KIM@school.example')).toBeDefined();
	});

	it('does not keep a failed open, so a later call can succeed', async () => {
		process.env.DATABASE_URL = 'mysql://nope@localhost/x';
		await expect(getDatabase()).rejects.toThrow(/postgres:\/\//);
		delete process.env.DATABASE_URL;
		process.env.DATA_DIR = dataDir();
		expect((await getDatabase()).kind).toBe('sqlite');
	});

	it('can open without migrating', async () => {
		const opened = await openDatabase(
			{ kind: 'sqlite', file: join(dataDir(), 'x.sqlite') },
			{ migrate: false }
		);
		expect(opened.migration).toBeUndefined();
		expect(await opened.db.introspection.getTables()).toEqual([]);
		await opened.close();
	});
});
