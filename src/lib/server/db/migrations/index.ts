// Every migration, listed by hand: a static provider bundles with Vite (no folder to scan at run
// time). Names sort in the order they run; add new ones at the end and never edit a shipped one.
import type { Migration, MigrationProvider } from 'kysely';
import type { DatabaseKind } from '../config';
import * as m001 from './001_initial';

interface DownhillMigration {
	up(db: Parameters<Migration['up']>[0], kind: DatabaseKind): Promise<void>;
	down?(db: Parameters<Migration['up']>[0], kind: DatabaseKind): Promise<void>;
}

export const MIGRATIONS: Readonly<Record<string, DownhillMigration>> = {
	'001_initial': m001
};

/** Kysely's provider, with each migration told which back end it runs on. */
export function migrationProvider(kind: DatabaseKind): MigrationProvider {
	const migrations: Record<string, Migration> = {};
	for (const [name, m] of Object.entries(MIGRATIONS)) {
		const { down } = m;
		migrations[name] = {
			up: (db) => m.up(db, kind),
			down: down ? (db) => down(db, kind) : undefined
		};
	}
	return { getMigrations: async () => migrations };
}
