import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { MIGRATIONS } from './migrations';
import { backends } from './testing/backends';
import { runTogether } from './testing/children';

const ALL = Object.keys(MIGRATIONS);
const TABLES = [
	'assignments',
	'attempts',
	'classes',
	'idempotency_keys',
	'learners',
	'login_throttle',
	'sessions',
	'teachers'
];

describe.each(backends)('migrations on $name', (backend) => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const cleanup of cleanups) await cleanup();
	});

	it('create every table once, and a second run has nothing to do', async () => {
		const { config, remove } = await backend.fresh();
		cleanups.push(remove);
		const first = await openDatabase(config);
		expect(first.migration?.applied).toEqual(ALL);
		// On PostgreSQL the introspector sees only the search path: this test's own schema.
		const tables = await first.db.introspection.getTables();
		expect(tables.map((t) => t.name).sort()).toEqual(TABLES);
		await first.close();
		const second = await openDatabase(config);
		expect(second.migration?.applied).toEqual([]);
		await second.close();
	});

	it('run each migration exactly once when two processes start at once', async () => {
		const { config, remove } = await backend.fresh();
		cleanups.push(remove);
		const results = await runTogether(config, [{ mode: 'migrate' }, { mode: 'migrate' }]);
		const applied = results.map((r) => (r.output as { applied: string[] }).applied);
		// One of them ran everything, the other found it done.
		expect(applied.map((a) => a.length).sort()).toEqual([0, ALL.length]);
		const opened = await openDatabase(config, { migrate: false });
		const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(
			opened.db
		);
		expect(rows.map((r) => r.name).sort()).toEqual(ALL);
		await opened.close();
		console.info(
			`[${backend.name}] two concurrent migrators: ${results.map((r) => r.ms.toFixed(0)).join(' ms, ')} ms`
		);
	});
});
