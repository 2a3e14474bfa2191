// The first schema: teachers and their sessions, classes, learners, assignments, attempts,
// idempotency keys and login throttling. Deleting a teacher, class or learner removes what hangs
// off it (ON DELETE CASCADE). Types are those of schema.ts; the only difference between the back
// ends is how an integer key is generated.
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DatabaseKind } from '../config';

type Table = CreateTableBuilder<string, string>;

const serialId = (kind: DatabaseKind) => (table: Table) =>
	kind === 'postgres'
		? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
		: table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

const ITEM_KINDS = sql`item_kind in ('level', 'puzzle', 'quiz')`;

export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
	const id = serialId(kind);
	await db.schema
		.createTable('teachers')
		.$call(id)
		.addColumn('login', 'text', (c) => c.notNull().unique())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('classes')
		.$call(id)
		.addColumn('teacher_id', 'integer', (c) =>
			c.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('join_code', 'text', (c) => c.notNull().unique())
		.addColumn('join_code_expires_at', 'text')
		.addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('approve_joins', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addCheckConstraint('classes_flags', sql`locked in (0, 1) and approve_joins in (0, 1)`)
		.execute();
	await db.schema.createIndex('classes_teacher').on('classes').column('teacher_id').execute();

	await db.schema
		.createTable('learners')
		.$call(id)
		.addColumn('class_id', 'integer', (c) =>
			c.notNull().references('classes.id').onDelete('cascade')
		)
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('sign_in_code_hash', 'text', (c) => c.notNull().unique())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('learners_name_in_class', ['class_id', 'display_name'])
		.addCheckConstraint('learners_status', sql`status in ('pending', 'approved')`)
		.execute();

	await createSessions(db);

	await db.schema
		.createTable('assignments')
		.$call(id)
		.addColumn('class_id', 'integer', (c) =>
			c.notNull().references('classes.id').onDelete('cascade')
		)
		.addColumn('item_kind', 'text', (c) => c.notNull())
		.addColumn('item_id', 'text', (c) => c.notNull())
		.addColumn('item_version', 'integer', (c) => c.notNull())
		.addColumn('due_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('assignments_item_once', [
			'class_id',
			'item_kind',
			'item_id',
			'item_version'
		])
		.addCheckConstraint('assignments_item_kind', ITEM_KINDS)
		.execute();

	await createAttempts(db, id);
	await createIdempotencyKeys(db);
	await createLoginThrottle(db);
}

async function createSessions(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('sessions')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('teacher_id', 'integer', (c) => c.references('teachers.id').onDelete('cascade'))
		.addColumn('learner_id', 'integer', (c) => c.references('learners.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addCheckConstraint('sessions_one_subject', sql`(teacher_id is null) <> (learner_id is null)`)
		.execute();
	await db.schema.createIndex('sessions_teacher').on('sessions').column('teacher_id').execute();
	await db.schema.createIndex('sessions_learner').on('sessions').column('learner_id').execute();
	await db.schema.createIndex('sessions_expiry').on('sessions').column('expires_at').execute();
}

async function createAttempts(db: Kysely<unknown>, id: (t: Table) => Table): Promise<void> {
	await db.schema
		.createTable('attempts')
		.$call(id)
		.addColumn('learner_id', 'integer', (c) =>
			c.notNull().references('learners.id').onDelete('cascade')
		)
		.addColumn('item_kind', 'text', (c) => c.notNull())
		.addColumn('item_id', 'text', (c) => c.notNull())
		.addColumn('item_version', 'integer', (c) => c.notNull())
		.addColumn('submission', 'text', (c) => c.notNull())
		.addColumn('result', 'text')
		.addColumn('score', 'double precision')
		.addColumn('stars', 'integer')
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('reason', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addCheckConstraint('attempts_item_kind', ITEM_KINDS)
		.addCheckConstraint('attempts_status', sql`status in ('accepted', 'rejected')`)
		.addCheckConstraint('attempts_stars', sql`stars is null or stars between 0 and 3`)
		.execute();
	await db.schema
		.createIndex('attempts_learner_item')
		.on('attempts')
		.columns(['learner_id', 'item_kind', 'item_id', 'item_version'])
		.execute();
}

async function createIdempotencyKeys(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('idempotency_keys')
		.addColumn('learner_id', 'integer', (c) =>
			c.notNull().references('learners.id').onDelete('cascade')
		)
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('payload_hash', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('response', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('idempotency_keys_pk', ['learner_id', 'key'])
		.addCheckConstraint('idempotency_keys_status', sql`status in ('in-progress', 'done')`)
		.execute();
	await db.schema
		.createIndex('idempotency_keys_age')
		.on('idempotency_keys')
		.column('created_at')
		.execute();
}

async function createLoginThrottle(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('login_throttle')
		.addColumn('scope', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'text', (c) => c.notNull())
		.addColumn('locked_until', 'text')
		.addPrimaryKeyConstraint('login_throttle_pk', ['scope', 'subject'])
		.addCheckConstraint('login_throttle_scope', sql`scope in ('account', 'address')`)
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'login_throttle',
		'idempotency_keys',
		'attempts',
		'assignments',
		'sessions',
		'learners',
		'classes',
		'teachers'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
