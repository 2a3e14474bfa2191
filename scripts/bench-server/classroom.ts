// The databases `npm run bench:server` runs on, and the class it puts in them. SQLite: a file in a
// temporary DATA_DIR. PostgreSQL: a schema of its own (bench_<pid>_<random>) in the test database,
// given to the server as search_path in DATABASE_URL's `options`, dropped at the end. The class is
// made with the app's own server modules, as the e2e tests make theirs: a teacher, a class of 40
// approved learners, a session for each (and one for the teacher), and 30 assignments.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Kysely } from 'kysely';
import type { AssignableItem } from '../../src/lib/classroom/items';
import { newJoinCode, newSignInCode } from '../../src/lib/server/auth/codes';
import { hashPassword } from '../../src/lib/server/auth/password';
import { createSession } from '../../src/lib/server/auth/tokens';
import { redactUrl, SQLITE_FILE_NAME, type DatabaseConfig } from '../../src/lib/server/db/config';
import * as assignments from '../../src/lib/server/db/repos/assignments';
import * as classes from '../../src/lib/server/db/repos/classes';
import * as learners from '../../src/lib/server/db/repos/learners';
import * as teachers from '../../src/lib/server/db/repos/teachers';
import type { Database } from '../../src/lib/server/db/schema';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface Backend {
	name: 'sqlite' | 'postgres';
	/** What the bench opens to seed and count. */
	config: DatabaseConfig;
	/** What the server is started with (DATA_DIR, or DATABASE_URL). */
	serverEnv: Record<string, string>;
	description: string;
	/** Removes the file or drops the schema. */
	remove(): Promise<void>;
}

export function sqliteBackend(): Backend {
	const dir = mkdtempSync(join(tmpdir(), 'downhill-bench-'));
	return {
		name: 'sqlite',
		config: { kind: 'sqlite', file: join(dir, SQLITE_FILE_NAME) },
		serverEnv: { DATA_DIR: dir },
		description: `SQLite ${join(dir, SQLITE_FILE_NAME)}`,
		remove: async () => rmSync(dir, { recursive: true, force: true })
	};
}

async function adminQuery(url: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/** A fresh schema in the database at `url`, or why PostgreSQL could not be reached. */
export async function postgresBackend(
	url: string
): Promise<{ ok: true; backend: Backend } | { ok: false; reason: string }> {
	const schema = `bench_${process.pid}_${randomBytes(4).toString('hex')}`;
	try {
		await adminQuery(url, `create schema ${schema}`);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, reason: `PostgreSQL is not reachable at ${redactUrl(url)} (${reason})` };
	}
	const serverUrl = new URL(url);
	serverUrl.searchParams.set('options', `-c search_path=${schema}`);
	return {
		ok: true,
		backend: {
			name: 'postgres',
			config: { kind: 'postgres', url, schema },
			serverEnv: { DATABASE_URL: serverUrl.toString() },
			description: `PostgreSQL ${redactUrl(url)} (schema ${schema})`,
			remove: () => adminQuery(url, `drop schema if exists ${schema} cascade`)
		}
	};
}

export interface Classroom {
	teacherId: number;
	classId: number;
	teacherToken: string;
	learners: { id: number; token: string }[];
	assignments: number;
}

const NAMES = [
	'Minji',
	'Alex',
	'Seo-yeon',
	'Jonas',
	'Haruto',
	'Amara',
	'Ji-ho',
	'Lena',
	'Mateo',
	'Yuna',
	'Omar',
	'Chloe',
	'Do-yun',
	'Priya',
	'Felix',
	'Hana',
	'Leo',
	'Su-bin',
	'Nora',
	'Kai'
];
const DAY_MS = 24 * 60 * 60 * 1000;

/** A teacher, a class of `size` approved learners with sessions, and the given assignments. */
export async function seedClassroom(
	db: Kysely<Database>,
	items: readonly AssignableItem[],
	size = 40,
	now = new Date()
): Promise<Classroom> {
	const teacher = await teachers.create(db, {
		login: `bench-${randomBytes(4).toString('hex')}@school.example`,
		passwordHash: await hashPassword(randomBytes(16).toString('base64url'))
	});
	if (!teacher) throw new Error('the bench teacher could not be created (login taken)');
	const made = await classes.create(db, {
		teacherId: teacher.id,
		name: 'Bench 5B',
		joinCode: newJoinCode(),
		now
	});
	if (!made) throw new Error('the bench class could not be created (join code taken)');
	const people: Classroom['learners'] = [];
	for (let k = 0; k < size; k++) {
		const joined = await learners.join(db, {
			joinCode: made.joinCode,
			displayName: `${NAMES[k % NAMES.length]} ${Math.floor(k / NAMES.length) + 1}`,
			signInCodeHash: createHash('sha256').update(newSignInCode()).digest('hex'),
			now
		});
		if (!joined.ok) throw new Error(`bench learner ${k} could not join: ${joined.reason}`);
		const session = await createSession(db, { learnerId: joined.learner.id }, now);
		people.push({ id: joined.learner.id, token: session.token });
	}
	// Due dates from three weeks ago to five weeks ahead, a few days apart, as over a term.
	for (const [k, item] of items.entries()) {
		const ref = { kind: item.kind, id: item.id, version: item.version };
		const dueAt = new Date(now.getTime() + (k * 2 - 21) * DAY_MS);
		if (!(await assignments.create(db, { classId: made.id, item: ref, dueAt, now })))
			throw new Error(`assignment ${item.kind}:${item.id} was refused`);
	}
	const teacherSession = await createSession(db, { teacherId: teacher.id }, now);
	return {
		teacherId: teacher.id,
		classId: made.id,
		teacherToken: teacherSession.token,
		learners: people,
		assignments: items.length
	};
}

/** The class's stored attempts by the server's status. */
export async function storedAttempts(
	db: Kysely<Database>,
	classId: number
): Promise<{ accepted: number; rejected: number }> {
	const rows = await db
		.selectFrom('attempts')
		.innerJoin('learners', 'learners.id', 'attempts.learner_id')
		.select(['attempts.status', (eb) => eb.fn.countAll<string | number>().as('n')])
		.where('learners.class_id', '=', classId)
		.groupBy('attempts.status')
		.execute();
	const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
	return { accepted: count('accepted'), rejected: count('rejected') };
}
