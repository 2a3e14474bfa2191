// Sessions: one row per signed-in browser, keyed by the SHA-256 of its cookie token (the token
// itself is never stored, so a copy of the database signs nobody in). A session belongs to a
// teacher or to a learner; deleting either deletes their sessions (ON DELETE CASCADE).
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { instant } from './codec';

/** Whose session it is: exactly one of the two. */
export type SessionOwner = { teacherId: number } | { learnerId: number };

export interface SessionRecord {
	tokenHash: string;
	teacherId: number | null;
	learnerId: number | null;
	createdAt: string;
	expiresAt: string;
	/** The teacher's login, when it is a teacher's. */
	login: string | null;
	/** The learner's class and name, when it is an approved learner's. */
	classId: number | null;
	displayName: string | null;
}

const ownerColumns = (owner: SessionOwner) =>
	'teacherId' in owner
		? { teacher_id: owner.teacherId, learner_id: null }
		: { teacher_id: null, learner_id: owner.learnerId };

export async function insert(
	db: Kysely<Database>,
	input: { tokenHash: string; owner: SessionOwner; now: Date; expiresAt: Date }
): Promise<void> {
	await db
		.insertInto('sessions')
		.values({
			token_hash: input.tokenHash,
			...ownerColumns(input.owner),
			created_at: instant(input.now),
			expires_at: instant(input.expiresAt)
		})
		.execute();
}

/**
 * The unexpired session with this token hash, with who it belongs to. A learner's session counts
 * only while the learner is approved.
 */
export async function findLive(
	db: Kysely<Database>,
	tokenHash: string,
	now: Date
): Promise<SessionRecord | undefined> {
	const row = await db
		.selectFrom('sessions as s')
		.leftJoin('teachers as t', 't.id', 's.teacher_id')
		.leftJoin('learners as l', (join) =>
			join.onRef('l.id', '=', 's.learner_id').on('l.status', '=', 'approved')
		)
		.select([
			's.token_hash as tokenHash',
			's.teacher_id as teacherId',
			's.learner_id as learnerId',
			's.created_at as createdAt',
			's.expires_at as expiresAt',
			't.login as login',
			'l.class_id as classId',
			'l.display_name as displayName'
		])
		.where('s.token_hash', '=', tokenHash)
		.where('s.expires_at', '>', instant(now))
		.executeTakeFirst();
	if (!row || (row.learnerId !== null && row.classId === null)) return undefined;
	return row;
}

/** Moves the expiry (sliding sessions); false when the session is gone. */
export async function extend(
	db: Kysely<Database>,
	tokenHash: string,
	expiresAt: Date
): Promise<boolean> {
	const result = await db
		.updateTable('sessions')
		.set({ expires_at: instant(expiresAt) })
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function remove(db: Kysely<Database>, tokenHash: string): Promise<boolean> {
	const result = await db
		.deleteFrom('sessions')
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}

/** Ends every session of one teacher or learner; returns how many. */
export async function removeAllFor(db: Kysely<Database>, owner: SessionOwner): Promise<number> {
	const query = db.deleteFrom('sessions');
	const result = await (
		'teacherId' in owner
			? query.where('teacher_id', '=', owner.teacherId)
			: query.where('learner_id', '=', owner.learnerId)
	).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Forgets sessions that expired before `now` (a periodic clean-up); returns how many. */
export async function purgeExpired(db: Kysely<Database>, now: Date): Promise<number> {
	const result = await db
		.deleteFrom('sessions')
		.where('expires_at', '<=', instant(now))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
