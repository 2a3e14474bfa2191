import { describe, expect, it } from 'vitest';
import * as classes from '../db/repos/classes';
import { backends } from '../db/testing/backends';
import { aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import * as auth from './service';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const days = (d: number) => new Date(T0.getTime() + d * 86_400_000);

describe.each(backends)('class access settings on $name', (backend) => {
	const db = useDatabase(backend);
	const ctx = (now = T0) => ({ db: db(), address: '192.0.2.1', now });
	const findClass = async (teacherId: number, classId: number) =>
		(await classes.listByTeacher(db(), teacherId)).find((c) => c.id === classId);

	it('makes a class with a fresh code that expires in 14 days', async () => {
		const teacher = await aTeacher(db());
		const made = await auth.createClass(ctx(), teacher.id, {
			name: ' 6학년  1반 ',
			approveJoins: 'on'
		});
		if (!made.ok) throw new Error('class not made');
		expect(made.class).toMatchObject({
			teacherId: teacher.id,
			name: '6학년 1반',
			approveJoins: true,
			locked: false,
			joinCodeExpiresAt: days(14).toISOString()
		});
		expect(made.joinCodeShown).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		const other = await auth.createClass(ctx(), teacher.id, { name: 'B' });
		expect(other.ok && other.class.joinCode).not.toBe(made.class.joinCode);
		expect(other.ok && other.class.approveJoins).toBe(false);
		for (const name of ['', ' ', 'x'.repeat(61)]) {
			expect(await auth.createClass(ctx(), teacher.id, { name })).toMatchObject({
				reason: 'invalid-name'
			});
		}
	});

	it('renews the code for 14 more days, or replaces it, for the owner only', async () => {
		const teacher = await aTeacher(db());
		const made = await auth.createClass(ctx(), teacher.id, { name: 'A' });
		if (!made.ok) throw new Error('class not made');
		const classId = String(made.class.id);
		const stranger = await aTeacher(db());
		expect(await auth.renewJoinCode(ctx(days(13)), stranger.id, { classId })).toMatchObject({
			reason: 'not-found'
		});
		const renewed = await auth.renewJoinCode(ctx(days(13)), teacher.id, { classId });
		expect(renewed).toEqual({
			ok: true,
			joinCode: made.class.joinCode,
			joinCodeShown: made.joinCodeShown,
			expiresAt: days(27)
		});
		expect((await findClass(teacher.id, made.class.id))?.joinCodeExpiresAt).toBe(
			days(27).toISOString()
		);
		const replaced = await auth.renewJoinCode(ctx(days(20)), teacher.id, {
			classId,
			newCode: 'on'
		});
		if (!replaced.ok) throw new Error('not replaced');
		expect(replaced.joinCode).not.toBe(made.class.joinCode);
		const join = (code: string) => auth.joinClass(ctx(days(20)), { code, displayName: 'Yuna' });
		expect(await join(made.class.joinCode)).toMatchObject({ reason: 'no-such-code' });
		expect((await join(replaced.joinCodeShown)).ok).toBe(true);
	});

	it('locks a class and switches approval, from form values, for the owner only', async () => {
		const teacher = await aTeacher(db());
		const made = await auth.createClass(ctx(), teacher.id, { name: 'A' });
		if (!made.ok) throw new Error('class not made');
		const classId = String(made.class.id);
		const stranger = await aTeacher(db());
		expect(await auth.setClassLocked(ctx(), stranger.id, { classId, locked: 'on' })).toMatchObject({
			reason: 'not-found'
		});
		expect(await auth.setClassLocked(ctx(), teacher.id, { classId, locked: 'on' })).toEqual({
			ok: true
		});
		expect(await auth.setApproveJoins(ctx(), teacher.id, { classId, approveJoins: true })).toEqual({
			ok: true
		});
		expect(await findClass(teacher.id, made.class.id)).toMatchObject({
			locked: true,
			approveJoins: true
		});
		await auth.setClassLocked(ctx(), teacher.id, { classId }); // an unticked box sends nothing
		await auth.setApproveJoins(ctx(), teacher.id, { classId, approveJoins: 'false' });
		expect(await findClass(teacher.id, made.class.id)).toMatchObject({
			locked: false,
			approveJoins: false
		});
		for (const bad of [{}, { classId: 'abc' }, { classId: '-1' }, { classId: 1.5 }, null, '3']) {
			expect(await auth.setClassLocked(ctx(), teacher.id, bad)).toMatchObject({
				reason: 'not-found'
			});
			expect(await auth.renewJoinCode(ctx(), teacher.id, bad)).toMatchObject({
				reason: 'not-found'
			});
			expect(await auth.approveLearner(ctx(), teacher.id, bad)).toMatchObject({
				reason: 'not-found'
			});
		}
	});
});
