// Kysely's PostgreSQL introspector lists the tables of every schema in the database and calls
// has_schema_privilege(name) on each: when another connection drops a schema between the catalogue
// scan and that call, the whole query fails with `schema "…" does not exist`. The migrator runs that
// query at every start-up, so a schema dropped elsewhere (a test finishing, an admin tidying a
// shared database) could fail Downhill's migration. This introspector sees only the schemas on the
// connection's search_path (current_schemas(false) lists only those that exist and may be used),
// which is all Downhill reads or migrates, and never looks a schema up by name.
import {
	PostgresDialect,
	PostgresIntrospector,
	sql,
	type DatabaseIntrospector,
	type DatabaseMetadataOptions,
	type Kysely,
	type TableMetadata
} from 'kysely';

// Kysely's own bookkeeping tables, hidden unless asked for (as Kysely's introspectors do).
const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock'];

interface ColumnRow {
	schema: string;
	table: string;
	table_type: string;
	column: string;
	not_null: boolean;
	has_default: boolean;
	type: string;
	type_schema: string;
	column_description: string | null;
	auto_incrementing: string | null;
}

/** Kysely's introspector with getTables confined to the search path (getSchemas, a plain read of
 * pg_namespace, and getMetadata, which calls getTables, are Kysely's own). */
export class SearchPathIntrospector extends PostgresIntrospector {
	readonly #db: Kysely<unknown>;

	constructor(db: Kysely<unknown>) {
		super(db);
		this.#db = db;
	}

	override async getTables(
		options: DatabaseMetadataOptions = { withInternalKyselyTables: false }
	): Promise<TableMetadata[]> {
		const hidden = options.withInternalKyselyTables ? [] : KYSELY_TABLES;
		const { rows } = await sql<ColumnRow>`
			select ns.nspname as schema, c.relname as table, c.relkind as table_type,
				a.attname as column, a.attnotnull as not_null, a.atthasdef as has_default,
				typ.typname as type, dtns.nspname as type_schema,
				col_description(a.attrelid, a.attnum) as column_description,
				pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname)
					as auto_incrementing
			from pg_catalog.pg_attribute a
			join pg_catalog.pg_class c on a.attrelid = c.oid
			join pg_catalog.pg_namespace ns on c.relnamespace = ns.oid
			join pg_catalog.pg_type typ on a.atttypid = typ.oid
			join pg_catalog.pg_namespace dtns on typ.typnamespace = dtns.oid
			where ns.nspname = any(current_schemas(false))
				and c.relkind in ('r', 'v', 'p')
				and a.attnum >= 0 and not a.attisdropped
				and not (c.relname = any(${hidden}::text[]))
			order by ns.nspname, c.relname, a.attnum
		`.execute(this.#db);
		return tablesOf(rows);
	}
}

function tablesOf(rows: readonly ColumnRow[]): TableMetadata[] {
	const tables = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
	for (const row of rows) {
		const key = `${row.schema}.${row.table}`;
		let table = tables.get(key);
		if (!table) {
			table = { name: row.table, schema: row.schema, isView: row.table_type === 'v', columns: [] };
			tables.set(key, table);
		}
		table.columns.push({
			name: row.column,
			dataType: row.type,
			dataTypeSchema: row.type_schema,
			isNullable: !row.not_null,
			hasDefaultValue: row.has_default,
			isAutoIncrementing: row.auto_incrementing !== null,
			comment: row.column_description ?? undefined
		});
	}
	return [...tables.values()];
}

/** Kysely's PostgreSQL dialect with the search-path introspector. */
export class DownhillPostgresDialect extends PostgresDialect {
	override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
		return new SearchPathIntrospector(db);
	}
}
