// Session tokens: 32 random bytes (256 bits) from the OS's CSPRNG, sent as base64url in the cookie
// and stored only as their SHA-256. A plain hash is enough here: a token cannot be guessed or
// brute-forced from its hash (2^256 candidates), so a slow, salted hash would add nothing.
// Sessions slide: each use moves the expiry (teachers 7 idle days, learners 30), up to a fixed
// lifetime after sign-in, so a stolen cookie does not live for ever.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as sessions from '../db/repos/sessions';
import type { SessionOwner } from '../db/repos/sessions';

export type { SessionOwner };

export const TOKEN_BYTES = 32;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a session lives without being used. */
export const IDLE_MS = { teacher: 7 * DAY_MS, learner: 30 * DAY_MS } as const;
/** How long it lives at most after sign-in, however often it is used. */
export const LIFETIME_MS = { teacher: 30 * DAY_MS, learner: 180 * DAY_MS } as const;
/** The expiry moves at most once an hour, so not every request writes to the database. */
export const EXTEND_STEP_MS = 60 * 60 * 1000;

export type Principal =
	| { kind: 'teacher'; teacherId: number; login: string }
	| { kind: 'learner'; learnerId: number; classId: number; displayName: string };

export interface IssuedSession {
	token: string;
	expiresAt: Date;
}

export interface LiveSession {
	principal: Principal;
	expiresAt: Date;
	/** True when this call moved the expiry (send the cookie again with the new max-age). */
	extended: boolean;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const newToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');
export const hashToken = (token: string): string =>
	createHash('sha256').update(token).digest('hex');
export const isWellFormedToken = (token: unknown): token is string =>
	typeof token === 'string' && TOKEN_PATTERN.test(token);

const kindOf = (owner: SessionOwner) => ('teacherId' in owner ? 'teacher' : 'learner');

export const ownerOf = (principal: Principal): SessionOwner =>
	principal.kind === 'teacher'
		? { teacherId: principal.teacherId }
		: { learnerId: principal.learnerId };

function expiryFor(kind: 'teacher' | 'learner', createdAt: Date, now: Date): Date {
	return new Date(Math.min(now.getTime() + IDLE_MS[kind], createdAt.getTime() + LIFETIME_MS[kind]));
}

export async function createSession(
	db: Kysely<Database>,
	owner: SessionOwner,
	now = new Date()
): Promise<IssuedSession> {
	const token = newToken();
	const expiresAt = expiryFor(kindOf(owner), now, now);
	await sessions.insert(db, { tokenHash: hashToken(token), owner, now, expiresAt });
	return { token, expiresAt };
}

function principalOf(record: sessions.SessionRecord): Principal | undefined {
	if (record.teacherId !== null && record.login !== null) {
		return { kind: 'teacher', teacherId: record.teacherId, login: record.login };
	}
	if (record.learnerId !== null && record.classId !== null && record.displayName !== null) {
		const { learnerId, classId, displayName } = record;
		return { kind: 'learner', learnerId, classId, displayName };
	}
	return undefined;
}

/** Who the token signs in, or null (unknown, malformed, expired, revoked, learner not approved). */
export async function validateSession(
	db: Kysely<Database>,
	token: string | undefined,
	now = new Date()
): Promise<LiveSession | null> {
	if (!isWellFormedToken(token)) return null;
	const record = await sessions.findLive(db, hashToken(token), now);
	const principal = record && principalOf(record);
	if (!record || !principal) return null;
	const current = new Date(record.expiresAt);
	const next = expiryFor(principal.kind, new Date(record.createdAt), now);
	if (next.getTime() - current.getTime() < EXTEND_STEP_MS) {
		return { principal, expiresAt: current, extended: false };
	}
	await sessions.extend(db, record.tokenHash, next);
	return { principal, expiresAt: next, extended: true };
}

/**
 * At sign-in: ends the session this browser had (whoever's it was) and starts a new one, so a token
 * planted in the browser before sign-in never becomes a signed-in one.
 */
export async function rotate(
	db: Kysely<Database>,
	previousToken: string | undefined,
	owner: SessionOwner,
	now = new Date()
): Promise<IssuedSession> {
	return db.transaction().execute(async (trx) => {
		if (isWellFormedToken(previousToken)) await sessions.remove(trx, hashToken(previousToken));
		return createSession(trx, owner, now);
	});
}

/** At sign-out: the token stops working at once. False when it was not a live session. */
export async function revoke(db: Kysely<Database>, token: string | undefined): Promise<boolean> {
	return isWellFormedToken(token) && sessions.remove(db, hashToken(token));
}

/** Signs a teacher or learner out everywhere (new password, lost sign-in card); returns how many. */
export function revokeAllFor(db: Kysely<Database>, owner: SessionOwner): Promise<number> {
	return sessions.removeAllFor(db, owner);
}

export const purgeExpired = sessions.purgeExpired;
