// The search-path introspector against Kysely's own, on a real PostgreSQL: the same tables and
// columns for Downhill's schema, nothing from other schemas, and no failure when another connection
// drops a schema mid-query. That race failed a CI run: Kysely's introspector scans pg_namespace under
// the query's snapshot, then looks each schema up by name in the live catalogue. A repeatable-read
// transaction holds the snapshot open while the drop happens, so the race is reproduced every time.
import { PostgresIntrospector, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SearchPathIntrospector } from './postgres-introspector';
import { adminQuery, backends, uniqueName } from './testing/backends';
import { useTestDatabase } from './testing/use-database';

const postgres = backends.find((b) => b.name === 'postgres');
if (!postgres) throw new Error('the postgres test back end is missing');

describe('the search-path introspector on PostgreSQL', () => {
	const opened = useTestDatabase(postgres);
	const schema = () => {
		const { config } = opened();
		if (config.kind !== 'postgres' || !config.schema) throw new Error('expected a test schema');
		return config.schema;
	};

	it("lists exactly what Kysely's introspector lists for the search path's schema", async () => {
		const other = uniqueName('other');
		await adminQuery(`create schema ${other}; create table ${other}.elsewhere (a int)`);
		try {
			const db = opened().db as unknown as Kysely<unknown>;
			const ours = await new SearchPathIntrospector(db).getTables();
			const stock = await new PostgresIntrospector(db).getTables();
			expect(ours.length).toBeGreaterThan(5);
			expect(ours.every((t) => t.schema === schema())).toBe(true);
			expect(ours).toEqual(stock.filter((t) => t.schema === schema()));
			expect(stock.some((t) => t.schema === other)).toBe(true);
			// Kysely's bookkeeping tables only when asked for, as with Kysely's own.
			const all = { withInternalKyselyTables: true };
			const names = (tables: { name: string }[]) => tables.map((t) => t.name);
			expect(names(ours)).not.toContain('kysely_migration');
			expect(names(await new SearchPathIntrospector(db).getTables(all))).toEqual(
				names(
					(await new PostgresIntrospector(db).getTables(all)).filter((t) => t.schema === schema())
				)
			);
			expect(await new SearchPathIntrospector(db).getSchemas()).toEqual(
				await new PostgresIntrospector(db).getSchemas()
			);
		} finally {
			await adminQuery(`drop schema ${other} cascade`);
		}
	});

	it('does not fail when another connection drops a schema during the query', async () => {
		const db = opened().db;
		const run = async (
			introspector: (trx: Kysely<unknown>) => { getTables(): Promise<unknown> }
		) => {
			const doomed = uniqueName('doomed');
			await adminQuery(`create schema ${doomed}`);
			return db
				.transaction()
				.setIsolationLevel('repeatable read')
				.execute(async (trx) => {
					await sql`select 1`.execute(trx); // the snapshot is taken here, with the schema in it
					await adminQuery(`drop schema ${doomed}`);
					return introspector(trx as unknown as Kysely<unknown>).getTables();
				})
				.then(
					() => 'listed',
					(error: unknown) => String(error)
				);
		};
		expect(await run((trx) => new PostgresIntrospector(trx))).toMatch(
			/schema "doomed_\w+" does not exist/
		);
		expect(await run((trx) => new SearchPathIntrospector(trx))).toBe('listed');
	});

	it("is the introspector of Downhill's PostgreSQL connections", async () => {
		const tables = await opened().db.introspection.getTables();
		expect(tables.map((t) => t.name).sort()).toContain('attempts');
		expect(tables.every((t) => t.schema === schema())).toBe(true);
	});
});
