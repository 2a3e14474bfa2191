// The tables as Kysely sees them (migrations/001_initial.ts creates them). The same column types on
// both back ends, chosen so that neither driver converts anything behind our back:
// - instants are ISO 8601 UTC text (`Date.prototype.toISOString`), which sorts and compares as text;
// - flags are integers 0/1 (SQLite has no boolean, and better-sqlite3 cannot bind one);
// - JSON is text, encoded and decoded by the repositories (pg would turn a JS array into a PG array).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export type ItemKind = 'level' | 'puzzle' | 'quiz';
export type LearnerStatus = 'pending' | 'approved';
export type AttemptStatus = 'accepted' | 'rejected';
export type IdempotencyStatus = 'in-progress' | 'done';
export type ThrottleScope = 'account' | 'address';

/** 0 or 1. */
export type Flag = 0 | 1;
/** An ISO 8601 UTC instant, e.g. 2025-03-01T09:00:00.000Z. */
export type Instant = string;
/** JSON text. */
export type JsonText = string;

export interface TeachersTable {
	id: Generated<number>;
	/** E-mail-like, trimmed and lower-cased by the caller; unique. */
	login: string;
	/** An argon2id PHC string ($argon2id$v=19$…). */
	password_hash: string;
	created_at: Instant;
}

/** A signed-in teacher or learner: exactly one of teacher_id and learner_id is set. */
export interface SessionsTable {
	/** SHA-256 of the cookie's token (hex); the token itself is never stored. */
	token_hash: string;
	teacher_id: number | null;
	learner_id: number | null;
	created_at: Instant;
	expires_at: Instant;
}

export interface ClassesTable {
	id: Generated<number>;
	teacher_id: number;
	name: string;
	join_code: string;
	/** Null: the code does not expire. */
	join_code_expires_at: Instant | null;
	locked: ColumnType<Flag, Flag | undefined, Flag>;
	approve_joins: ColumnType<Flag, Flag | undefined, Flag>;
	created_at: Instant;
}

export interface LearnersTable {
	id: Generated<number>;
	class_id: number;
	/** The only personal datum kept about a learner; unique within the class. */
	display_name: string;
	/** SHA-256 of the learner's few-word sign-in code (domain-separated; see auth/codes.ts); unique. */
	sign_in_code_hash: string;
	status: LearnerStatus;
	created_at: Instant;
}

export interface AssignmentsTable {
	id: Generated<number>;
	class_id: number;
	item_kind: ItemKind;
	item_id: string;
	item_version: number;
	due_at: Instant | null;
	created_at: Instant;
}

export interface AttemptsTable {
	id: Generated<number>;
	learner_id: number;
	item_kind: ItemKind;
	item_id: string;
	item_version: number;
	/** What the learner sent: settings, start, seed or answers. */
	submission: JsonText;
	/** What the server computed when it re-ran the submission; null when rejected before that. */
	result: JsonText | null;
	score: number | null;
	stars: number | null;
	status: AttemptStatus;
	reason: string | null;
	created_at: Instant;
}

export interface IdempotencyKeysTable {
	learner_id: number;
	key: string;
	payload_hash: string;
	status: IdempotencyStatus;
	/** The response sent the first time, replayed for a retry. */
	response: JsonText | null;
	created_at: Instant;
	updated_at: Instant;
}

export interface LoginThrottleTable {
	scope: ThrottleScope;
	/** The normalised login, or the client address. */
	subject: string;
	failures: number;
	window_started_at: Instant;
	locked_until: Instant | null;
}

export interface Database {
	teachers: TeachersTable;
	sessions: SessionsTable;
	classes: ClassesTable;
	learners: LearnersTable;
	assignments: AssignmentsTable;
	attempts: AttemptsTable;
	idempotency_keys: IdempotencyKeysTable;
	login_throttle: LoginThrottleTable;
}

export type TeacherRow = Selectable<TeachersTable>;
export type ClassRow = Selectable<ClassesTable>;
export type LearnerRow = Selectable<LearnersTable>;
export type AssignmentRow = Selectable<AssignmentsTable>;
export type AttemptRow = Selectable<AttemptsTable>;
export type NewAttempt = Insertable<AttemptsTable>;
