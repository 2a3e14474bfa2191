// The rows of each person and class of a world, and how many rows every table has, read in ONE
// statement (it runs twice per call of the access test, so round trips count on PostgreSQL).
// Each row is reduced to its columns as text, so any changed column changes the snapshot.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { UNITS, type LearnerKey, type Unit, type World } from './world';

/** Per unit, its rows; `rows`: the row count of every table but the throttle's. */
export type Snapshot = Record<Unit | 'rows', string>;

const TABLES = [
	'teachers',
	'sessions',
	'classes',
	'learners',
	'assignments',
	'attempts',
	'idempotency_keys'
] as const;
type Table = (typeof TABLES)[number];

/** Every table's columns, learnt from a row (a world has at least one in each table). */
const columnsOf = new WeakMap<Kysely<Database>, Record<Table, string[]>>();

async function columns(db: Kysely<Database>): Promise<Record<Table, string[]>> {
	const known = columnsOf.get(db);
	if (known) return known;
	const found = {} as Record<Table, string[]>;
	for (const table of TABLES) {
		const row = await db.selectFrom(table).selectAll().limit(1).executeTakeFirst();
		if (!row) throw new Error(`snapshot: no row in ${table} to learn its columns from`);
		found[table] = Object.keys(row).sort();
	}
	columnsOf.set(db, found);
	return found;
}

/** One branch of the union: (which unit kind, its owner's id, the row as text). */
function branch(
	table: Table,
	cols: string[],
	kind: 'teacher' | 'class' | 'learner',
	owner: string,
	ids: number[]
): RawBuilder<unknown> {
	const text = sql.join(
		cols.map((c) => sql`coalesce(cast(${sql.ref(c)} as text), '~')`),
		sql` || '|' || `
	);
	return sql`select ${sql.lit(kind)} as k, ${sql.ref(owner)} as o, ${text} as f from ${sql.table(table)} where ${sql.ref(owner)} in (${sql.join(ids)})`;
}

export async function snapshot(db: Kysely<Database>, w: World): Promise<Snapshot> {
	const cols = await columns(db);
	const teachers = Object.values(w.teachers).map((t) => t.id);
	const classes = Object.values(w.classes).map((c) => c.id);
	const learners = Object.values(w.learners).map((l) => l.id);
	const branches = [
		branch('teachers', cols.teachers, 'teacher', 'id', teachers),
		branch('sessions', cols.sessions, 'teacher', 'teacher_id', teachers),
		branch('classes', cols.classes, 'class', 'id', classes),
		branch('assignments', cols.assignments, 'class', 'class_id', classes),
		branch('learners', cols.learners, 'learner', 'id', learners),
		branch('attempts', cols.attempts, 'learner', 'learner_id', learners),
		branch('sessions', cols.sessions, 'learner', 'learner_id', learners),
		branch('idempotency_keys', cols.idempotency_keys, 'learner', 'learner_id', learners),
		...TABLES.map(
			(t) => sql`select ${sql.lit(`count:${t}`)} as k, count(*) as o, '' as f from ${sql.table(t)}`
		)
	];
	const query = sql<{ k: string; o: number | string; f: string }>`${sql.join(
		branches,
		sql` union all `
	)} order by 1, 2, 3`;
	const { rows } = await query.execute(db);
	const byOwner = new Map<string, string[]>();
	for (const row of rows) {
		const key = row.k.startsWith('count:') ? 'rows' : `${row.k}:${Number(row.o)}`;
		const text = row.k.startsWith('count:') ? `${row.k}=${Number(row.o)}` : row.f;
		byOwner.set(key, [...(byOwner.get(key) ?? []), text]);
	}
	const ids: Record<Unit, string> = {
		'teacher:A': `teacher:${w.teachers.A.id}`,
		'teacher:B': `teacher:${w.teachers.B.id}`,
		'class:A': `class:${w.classes.A.id}`,
		'class:B': `class:${w.classes.B.id}`,
		...(Object.fromEntries(
			(Object.keys(w.learners) as LearnerKey[]).map((l) => [
				`learner:${l}`,
				`learner:${w.learners[l].id}`
			])
		) as Record<`learner:${LearnerKey}`, string>)
	};
	const shot = { rows: JSON.stringify(byOwner.get('rows')) } as Snapshot;
	for (const unit of UNITS) shot[unit] = JSON.stringify(byOwner.get(ids[unit]) ?? []);
	return shot;
}
