// Issue 8: every route checks who is asking first. ONE table: every server route module's handlers
// (load, each action, each HTTP verb) × every role (nobody, teacher A, teacher B, learner a1,
// learner a2 still waiting, learner b1) × the ids it is given (own, the other party's,
// nonexistent, not an id), run on SQLite and PostgreSQL against the routes' own database calls.
// Each call must give the answer its rule names, show no name, code or attempt of anyone the role
// may not see, and change no row it may not touch (see $lib/server/access-testing). The table must
// cover every handler found on disk: a new route fails here until it has its row.
// Adding a route: one row — route id, handler, rule, targets, and what an allowed call returns.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '$lib/server/db';
import { backends } from '$lib/server/db/testing/backends';
import { useTestDatabase } from '$lib/server/db/testing/use-database';
import { handlersOf, serverModulesOnDisk } from '$lib/server/access-testing/invoke';
import { freshEnv, runRow, type Env } from '$lib/server/access-testing/run';
import { ROLES } from '$lib/server/access-testing/world';
import { TABLE } from '$lib/server/access-testing/table';

// The routes take the database from getDatabase(); here it is the harness's, on each back end.
const active = vi.hoisted(() => ({
	open: undefined as (() => OpenDatabase) | undefined,
	calls: 0
}));
vi.mock('$lib/server/db', async (importOriginal) => {
	const real = await importOriginal<Record<string, unknown>>();
	return {
		...real,
		getDatabase: async () => {
			active.calls++;
			if (!active.open) throw new Error('no test database is active');
			return active.open();
		}
	};
});

const MODULES = import.meta.glob<Record<string, unknown>>(
	[
		'./**/+page.server.ts',
		'./**/+layout.server.ts',
		'./**/+server.ts',
		'./**/+page.server.js',
		'./**/+layout.server.js',
		'./**/+server.js'
	],
	{ eager: true }
);
const ON_DISK = serverModulesOnDisk(fileURLToPath(new URL('.', import.meta.url)));
const keyOf = (row: { handler: string; route: string }): string => `${row.handler} ${row.route}`;
const HANDLERS = new Map<string, unknown>(
	ON_DISK.flatMap((file) => handlersOf(file, MODULES[`./${file}`] ?? {})).map((h) => [
		keyOf({ handler: h.name, route: h.route }),
		h.fn
	])
);

describe('the access table', () => {
	it('has a row for every handler of every server route module on disk, and no other', () => {
		expect(
			Object.keys(MODULES)
				.map((k) => k.slice(2))
				.sort()
		).toEqual(ON_DISK);
		const rows = TABLE.map(keyOf);
		const missing = [...HANDLERS.keys()].filter((k) => !rows.includes(k));
		expect(missing, 'add a row for each to src/lib/server/access-testing/table.ts').toEqual([]);
		expect(
			rows.filter((k) => !HANDLERS.has(k)),
			'rows for handlers that do not exist'
		).toEqual([]);
		expect(
			rows.filter((k, i) => rows.indexOf(k) !== i),
			'rows given twice'
		).toEqual([]);
	});
});

describe.each(backends)('every route × every role on $name', (backend) => {
	const opened = useTestDatabase(backend);
	let env: Env | undefined;
	beforeAll(async () => {
		active.open = opened;
		env = await freshEnv(opened().db);
	});
	afterAll(() => {
		active.open = undefined;
	});

	it('resolves each role through the session hook (a waiting learner is nobody)', () => {
		const { world: w, principals } = env!;
		expect(principals).toEqual({
			anonymous: null,
			teacherA: { kind: 'teacher', teacherId: w.teachers.A.id, login: w.teachers.A.login },
			teacherB: { kind: 'teacher', teacherId: w.teachers.B.id, login: w.teachers.B.login },
			learnerA1: {
				kind: 'learner',
				learnerId: w.learners.a1.id,
				classId: w.classes.A.id,
				displayName: w.learners.a1.displayName
			},
			learnerA2: null,
			learnerB1: {
				kind: 'learner',
				learnerId: w.learners.b1.id,
				classId: w.classes.B.id,
				displayName: w.learners.b1.displayName
			}
		});
		expect(Object.keys(principals)).toEqual([...ROLES]);
		expect(active.calls).toBeGreaterThan(0);
	});

	it.each(TABLE.map((row) => [keyOf(row), row] as const))('%s', async (_, row) => {
		const handler = HANDLERS.get(keyOf(row));
		expect(handler, `${keyOf(row)} is not exported`).toBeTypeOf('function');
		expect(await runRow(row, handler, env!)).toEqual([]);
	});
});
