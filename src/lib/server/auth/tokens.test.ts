import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as learners from '../db/repos/learners';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import * as tokens from './tokens';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-01T08:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe('session tokens', () => {
	it('are 32 random bytes in base64url', () => {
		const token = tokens.newToken();
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		expect(tokens.newToken()).not.toBe(token);
	});
});

describe.each(backends)('sessions on $name', (backend) => {
	const db = useDatabase(backend);

	it('stores only the SHA-256 of the token and signs the teacher in with it', async () => {
		const teacher = await aTeacher(db());
		const { token, expiresAt } = await tokens.createSession(db(), { teacherId: teacher.id }, T0);
		expect(expiresAt).toEqual(at(7));
		const stored = await db()
			.selectFrom('sessions')
			.selectAll()
			.where('teacher_id', '=', teacher.id)
			.execute();
		expect(stored.map((s) => s.token_hash)).toEqual([
			createHash('sha256').update(token).digest('hex')
		]);
		expect(JSON.stringify(stored)).not.toContain(token);
		expect((await tokens.validateSession(db(), token, at(1)))?.principal).toEqual({
			kind: 'teacher',
			teacherId: teacher.id,
			login: teacher.login
		});
		// One character changed (the last one, to a letter it is not).
		const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
		for (const wrong of [undefined, '', tokens.newToken(), altered]) {
			expect(await tokens.validateSession(db(), wrong, at(1))).toBeNull();
		}
	});

	it('slides a teacher’s 7 idle days with use, up to 30 days after sign-in', async () => {
		const teacher = await aTeacher(db());
		const { token } = await tokens.createSession(db(), { teacherId: teacher.id }, T0);
		const within = await tokens.validateSession(db(), token, new Date(T0.getTime() + 60_000));
		expect(within).toMatchObject({ expiresAt: at(7), extended: false }); // no write each request
		expect(await tokens.validateSession(db(), token, at(6))).toMatchObject({
			expiresAt: at(13),
			extended: true
		});
		expect(await tokens.validateSession(db(), token, at(12.9))).not.toBeNull();
		for (const day of [19, 25])
			expect(await tokens.validateSession(db(), token, at(day))).not.toBeNull();
		expect((await tokens.validateSession(db(), token, at(29)))?.expiresAt).toEqual(at(30));
		expect(await tokens.validateSession(db(), token, at(30))).toBeNull();
		// Unused for 7 days: gone.
		const idle = await tokens.createSession(db(), { teacherId: teacher.id }, T0);
		expect(await tokens.validateSession(db(), idle.token, at(7))).toBeNull();
	});

	it('keeps an approved learner 30 idle days, and a pending one not at all', async () => {
		const teacher = await aTeacher(db());
		const open = await aClass(db(), teacher.id);
		const learner = await aLearner(db(), open.joinCode, '지우');
		const { token, expiresAt } = await tokens.createSession(db(), { learnerId: learner.id }, T0);
		expect(expiresAt).toEqual(at(30));
		expect((await tokens.validateSession(db(), token, at(29)))?.principal).toEqual({
			kind: 'learner',
			learnerId: learner.id,
			classId: open.id,
			displayName: '지우'
		});
		const vetted = await aClass(db(), teacher.id, { approveJoins: true });
		const waiting = await aLearner(db(), vetted.joinCode);
		const early = await tokens.createSession(db(), { learnerId: waiting.id }, T0);
		expect(await tokens.validateSession(db(), early.token, at(1))).toBeNull();
		await learners.approve(db(), { learnerId: waiting.id, teacherId: teacher.id });
		expect(await tokens.validateSession(db(), early.token, at(1))).not.toBeNull();
	});

	it('rotates at sign-in and stops working at sign-out, at once', async () => {
		const teacher = await aTeacher(db());
		const owner = { teacherId: teacher.id };
		const before = await tokens.createSession(db(), owner, T0);
		const after = await tokens.rotate(db(), before.token, owner, at(1));
		expect(after.token).not.toBe(before.token);
		expect(await tokens.validateSession(db(), before.token, at(1))).toBeNull();
		expect(await tokens.validateSession(db(), after.token, at(1))).not.toBeNull();
		expect(await tokens.revoke(db(), after.token)).toBe(true);
		expect(await tokens.validateSession(db(), after.token, at(1))).toBeNull();
		expect(await tokens.revoke(db(), after.token)).toBe(false);
	});

	it('signs one person out everywhere and purges expired sessions', async () => {
		const [a, b] = [await aTeacher(db()), await aTeacher(db())];
		const mine = [
			await tokens.createSession(db(), { teacherId: a.id }, T0),
			await tokens.createSession(db(), { teacherId: a.id }, at(3))
		];
		const theirs = await tokens.createSession(db(), { teacherId: b.id }, T0);
		expect(await tokens.revokeAllFor(db(), { teacherId: a.id })).toBe(2);
		for (const s of mine) expect(await tokens.validateSession(db(), s.token, at(4))).toBeNull();
		expect(await tokens.validateSession(db(), theirs.token, at(4))).not.toBeNull();
		const count = async () =>
			(
				await db()
					.selectFrom('sessions')
					.select('token_hash')
					.where('teacher_id', '=', b.id)
					.execute()
			).length;
		// Theirs was used on day 4, so it now ends on day 11.
		await tokens.purgeExpired(db(), at(10));
		expect(await count()).toBe(1);
		expect(await tokens.purgeExpired(db(), at(11))).toBeGreaterThanOrEqual(1);
		expect(await count()).toBe(0);
	});
});
