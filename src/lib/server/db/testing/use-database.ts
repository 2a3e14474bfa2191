// Vitest glue: a fresh, migrated database for one describe block, dropped afterwards. If it cannot
// be opened (PostgreSQL down), every test of the block fails with the reason: a failing beforeAll
// would show them as skipped instead.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../schema';
import type { Backend, TestDatabase } from './backends';

export function useTestDatabase(backend: Backend): () => TestDatabase {
	let opened: TestDatabase | undefined;
	let failure: unknown;
	beforeAll(async () => {
		opened = await backend.open().catch((error: unknown) => {
			failure = error;
			return undefined;
		});
	});
	afterAll(async () => {
		await opened?.drop();
	});
	return () => {
		if (failure) throw failure;
		if (!opened) throw new Error(`The ${backend.name} test database is not open`);
		return opened;
	};
}

export function useDatabase(backend: Backend): () => Kysely<Database> {
	const opened = useTestDatabase(backend);
	return () => opened().db;
}
