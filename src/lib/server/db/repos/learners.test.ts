import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { aClass, aLearner, aTeacher, unique } from '../testing/fixtures';
import { useDatabase } from '../testing/use-database';
import * as attempts from './attempts';
import * as classes from './classes';
import * as idempotency from './idempotency';
import * as learners from './learners';

describe.each(backends)('learners on $name', (backend) => {
	const db = useDatabase(backend);

	it('joins approved at once, or pending when the class approves joins', async () => {
		const teacher = await aTeacher(db());
		const open = await aClass(db(), teacher.id);
		const vetted = await aClass(db(), teacher.id, { approveJoins: true });
		const hash = unique('hash');
		const joined = await learners.join(db(), {
			joinCode: open.joinCode,
			displayName: '민지',
			signInCodeHash: hash
		});
		expect(joined).toMatchObject({ ok: true, learner: { classId: open.id, status: 'approved' } });
		expect(await learners.findBySignInCodeHash(db(), hash)).toMatchObject({ displayName: '민지' });
		expect((await aLearner(db(), vetted.joinCode)).status).toBe('pending');
	});

	it('approves only for the teacher of the learner’s class', async () => {
		const owner = await aTeacher(db());
		const vetted = await aClass(db(), owner.id, { approveJoins: true });
		const learner = await aLearner(db(), vetted.joinCode);
		const stranger = await aTeacher(db());
		expect(await learners.approve(db(), { learnerId: learner.id, teacherId: stranger.id })).toBe(
			false
		);
		expect(await learners.approve(db(), { learnerId: learner.id, teacherId: owner.id })).toBe(true);
		const [listed] = await learners.listByClass(db(), vetted.id);
		expect(listed).toMatchObject({ id: learner.id, status: 'approved' });
	});

	it('says why a join is refused', async () => {
		const teacher = await aTeacher(db());
		const now = new Date('2025-05-01T10:00:00.000Z');
		const expired = await aClass(db(), teacher.id, {
			joinCodeExpiresAt: new Date('2025-05-01T09:59:59.999Z')
		});
		const locked = await aClass(db(), teacher.id);
		await classes.setLocked(db(), { classId: locked.id, teacherId: teacher.id, locked: true });
		const open = await aClass(db(), teacher.id);
		const taken = await aLearner(db(), open.joinCode, 'Sam');
		const hashOfTaken = (await db()
			.selectFrom('learners')
			.select('sign_in_code_hash')
			.where('id', '=', taken.id)
			.executeTakeFirstOrThrow())!.sign_in_code_hash;
		const attempt = (joinCode: string, displayName = unique('n'), hash = unique('h')) =>
			learners.join(db(), { joinCode, displayName, signInCodeHash: hash, now });
		expect(await attempt(unique('NOPE'))).toEqual({ ok: false, reason: 'no-such-code' });
		expect(await attempt(expired.joinCode)).toEqual({ ok: false, reason: 'code-expired' });
		expect(await attempt(locked.joinCode)).toEqual({ ok: false, reason: 'class-locked' });
		expect(await attempt(open.joinCode, 'Sam')).toEqual({ ok: false, reason: 'name-taken' });
		expect(await attempt(open.joinCode, 'Sam B', hashOfTaken)).toEqual({
			ok: false,
			reason: 'code-taken'
		});
		// The same name is fine in another class, and an expiry still ahead lets learners in.
		const later = await aClass(db(), teacher.id, { joinCodeExpiresAt: new Date('2025-05-02') });
		expect((await attempt(later.joinCode, 'Sam')).ok).toBe(true);
		expect((await learners.listByClass(db(), open.id)).map((l) => l.displayName)).toEqual(['Sam']);
	});

	it('deletes a learner with their attempts and keys, and nobody else’s', async () => {
		const owner = await aTeacher(db());
		const c = await aClass(db(), owner.id);
		const [gone, stays] = [await aLearner(db(), c.joinCode), await aLearner(db(), c.joinCode)];
		const item = { kind: 'quiz', id: 'q-chain', version: 2 } as const;
		for (const learner of [gone, stays]) {
			await attempts.insert(db(), {
				learnerId: learner.id,
				item,
				submission: [1],
				status: 'accepted',
				score: 1
			});
			await idempotency.begin(db(), { learnerId: learner.id, key: 'k1', payloadHash: 'p' });
		}
		const stranger = await aTeacher(db());
		expect(await learners.remove(db(), { learnerId: gone.id, teacherId: stranger.id })).toBe(false);
		expect(await learners.remove(db(), { learnerId: gone.id, teacherId: owner.id })).toBe(true);
		const rows = async (learnerId: number) => [
			(await db().selectFrom('attempts').select('id').where('learner_id', '=', learnerId).execute())
				.length,
			(
				await db()
					.selectFrom('idempotency_keys')
					.select('key')
					.where('learner_id', '=', learnerId)
					.execute()
			).length
		];
		expect(await rows(gone.id)).toEqual([0, 0]);
		expect(await rows(stays.id)).toEqual([1, 1]);
		expect((await learners.listByClass(db(), c.id)).map((l) => l.id)).toEqual([stays.id]);
	});
});
