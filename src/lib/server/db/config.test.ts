import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseConfig, describeConfig, redactUrl, SQLITE_FILE_NAME } from './config';
import { checkSchemaName } from './postgres';
import { adminQuery } from './testing/backends';

describe('databaseConfig', () => {
	it('defaults to a SQLite file in ./data, or under DATA_DIR', () => {
		expect(databaseConfig({})).toEqual({
			kind: 'sqlite',
			file: resolve('data', SQLITE_FILE_NAME)
		});
		expect(databaseConfig({ DATA_DIR: '/srv/downhill', DATABASE_URL: '  ' })).toEqual({
			kind: 'sqlite',
			file: join('/srv/downhill', SQLITE_FILE_NAME)
		});
	});

	it('chooses PostgreSQL for a postgres:// or postgresql:// DATABASE_URL', () => {
		for (const url of [
			'postgres://u:p@db:5432/downhill',
			'postgresql://db/downhill?sslmode=require'
		]) {
			expect(databaseConfig({ DATABASE_URL: url, DATA_DIR: '/x' })).toEqual({
				kind: 'postgres',
				url
			});
		}
	});

	it('explains a DATABASE_URL it cannot use, without showing the password', () => {
		const bad = (url: string) => () => databaseConfig({ DATABASE_URL: url });
		expect(bad('mysql://u:secret@db/x')).toThrow(/must start with postgres:\/\/ .*unset it/);
		expect(bad('not a url')).toThrow(/DATABASE_URL is not a URL/);
		expect(bad('postgres://u:secret@db')).toThrow(/names no database \(postgres:\/\/u:\*\*\*@db\)/);
		expect(bad('postgres://u:secret@db')).not.toThrow(/secret/);
	});

	it('describes where the data is, with the password redacted', () => {
		expect(redactUrl('postgres://ann:s3cr%40t@db:5432/d')).toBe('postgres://ann:***@db:5432/d');
		expect(describeConfig({ kind: 'postgres', url: 'postgres://a:b@h/d', schema: 's1' })).toBe(
			'PostgreSQL postgres://a:***@h/d (schema s1)'
		);
		expect(describeConfig({ kind: 'sqlite', file: '/d/x.sqlite' })).toBe('SQLite /d/x.sqlite');
	});
});

describe('PostgreSQL helpers', () => {
	it('accepts only plain schema names', () => {
		expect(checkSchemaName('t_123_abc')).toBe('t_123_abc');
		for (const bad of ['public; drop table x', 'Upper', '1abc', 'a"b', '']) {
			expect(() => checkSchemaName(bad)).toThrow(/must match/);
		}
	});

	it('says plainly when the test server is not reachable', async () => {
		// Port 9 (discard) has no PostgreSQL listening.
		await expect(adminQuery('select 1', 'postgres://postgres@127.0.0.1:9/test')).rejects.toThrow(
			'PostgreSQL is not reachable at postgres://postgres@127.0.0.1:9/test; start it or set DATABASE_URL_TEST'
		);
	});
});
