import { describe, expect, it } from 'vitest';
import * as classes from '../db/repos/classes';
import { backends } from '../db/testing/backends';
import { aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import { formatJoinCode, hashSignInCode } from './codes';
import { MESSAGES } from './messages';
import * as auth from './service';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const days = (d: number) => new Date(T0.getTime() + d * 86_400_000);
let n = 0;

describe.each(backends)('learners joining and signing in on $name', (backend) => {
	const db = useDatabase(backend);
	const ctx = (now = T0, address = `198.51.100.${++n}`) => ({ db: db(), address, now });
	/** A class made through the service, as a teacher would. */
	async function aClassOf(teacherId: number, approveJoins = false) {
		const made = await auth.createClass(ctx(), teacherId, { name: '5-2', approveJoins });
		if (!made.ok) throw new Error('class not made');
		return made;
	}

	it('joins with the code and a name only, keeping nothing else', async () => {
		const teacher = await aTeacher(db());
		const made = await aClassOf(teacher.id);
		const typed = made.joinCodeShown.toLowerCase().replace('-', ' ');
		const joined = await auth.joinClass(ctx(), { code: typed, displayName: '  <b>하늘</b>  ' });
		if (!joined.ok) throw new Error(`join refused: ${joined.reason}`);
		expect(joined.learner).toMatchObject({ displayName: '<b>하늘</b>', status: 'approved' });
		expect(joined.signInCode).toMatch(/^[a-z]+-[a-z]+-[a-z]+-[a-z]+$/);
		const row = await db()
			.selectFrom('learners')
			.selectAll()
			.where('id', '=', joined.learner.id)
			.executeTakeFirstOrThrow();
		expect(Object.keys(row).sort()).toEqual(
			['class_id', 'created_at', 'display_name', 'id', 'sign_in_code_hash', 'status'].sort()
		);
		expect(row.sign_in_code_hash).toBe(hashSignInCode(joined.signInCode));
		// The code itself is kept in no form (its words alone can be anything, "code" included).
		const values = JSON.stringify(Object.values(row));
		const words = joined.signInCode.split('-');
		for (const form of [words.join('-'), words.join(' '), words.join('')]) {
			expect(values).not.toContain(form);
		}
		const live = await auth.validateSession(db(), joined.session?.token, T0);
		expect(live?.principal).toMatchObject({ kind: 'learner', learnerId: joined.learner.id });
	});

	it('takes a display name of 1–30 characters in any script, tidied, and unique in the class', async () => {
		const made = await aClassOf((await aTeacher(db())).id);
		const join = (displayName: unknown) =>
			auth.joinClass(ctx(), { code: made.class.joinCode, displayName });
		expect((await join('가'.repeat(30))).ok).toBe(true);
		expect((await join('  Ana   María  ')).ok && (await join('Zoë')).ok).toBe(true);
		for (const bad of ['', '   ', '가'.repeat(31), 'a\u0000b', 'evil\u202Etxt', 7]) {
			expect(await join(bad)).toMatchObject({ reason: 'invalid-name', field: 'displayName' });
		}
		expect(await join('Ana María')).toMatchObject({
			reason: 'name-taken',
			message: MESSAGES.displayNameTaken
		});
	});

	it('refuses an unknown, expired or locked class', async () => {
		const teacher = await aTeacher(db());
		const made = await aClassOf(teacher.id);
		const code = made.class.joinCode;
		const unknown = code.startsWith('Z') ? `Y${code.slice(1)}` : `Z${code.slice(1)}`;
		expect(await auth.joinClass(ctx(), { code: unknown, displayName: 'a' })).toMatchObject({
			reason: 'no-such-code'
		});
		expect(await auth.joinClass(ctx(days(14)), { code, displayName: 'b' })).toMatchObject({
			reason: 'code-expired',
			message: MESSAGES.joinCodeExpired
		});
		expect((await auth.joinClass(ctx(days(13.9)), { code, displayName: 'b' })).ok).toBe(true);
		await classes.setLocked(db(), { classId: made.class.id, teacherId: teacher.id, locked: true });
		expect(await auth.joinClass(ctx(), { code, displayName: 'c' })).toMatchObject({
			reason: 'class-locked'
		});
	});

	it('waits for the teacher’s approval, then signs in with the four words', async () => {
		const teacher = await aTeacher(db());
		const made = await aClassOf(teacher.id, true);
		const joined = await auth.joinClass(ctx(), { code: made.joinCodeShown, displayName: 'Mina' });
		if (!joined.ok) throw new Error('join refused');
		expect(joined.learner.status).toBe('pending');
		expect(joined.session).toBeNull();
		const words = joined.signInCode.replaceAll('-', ' ').toUpperCase();
		expect(await auth.signInLearner(ctx(), { code: words })).toMatchObject({ reason: 'pending' });
		const stranger = await aTeacher(db());
		const approve = { learnerId: String(joined.learner.id) };
		expect(await auth.approveLearner(ctx(), stranger.id, approve)).toMatchObject({
			reason: 'not-found'
		});
		expect(await auth.approveLearner(ctx(), teacher.id, approve)).toEqual({ ok: true });
		const signedIn = await auth.signInLearner(ctx(), { code: words });
		if (!signedIn.ok) throw new Error('sign-in refused');
		expect(signedIn.learner).toMatchObject({ id: joined.learner.id, status: 'approved' });
		const live = await auth.validateSession(db(), signedIn.session.token, T0);
		expect(live?.principal).toEqual({
			kind: 'learner',
			learnerId: joined.learner.id,
			classId: made.class.id,
			displayName: 'Mina'
		});
	});

	it('gives a new card: the old words and sessions stop working', async () => {
		const teacher = await aTeacher(db());
		const made = await aClassOf(teacher.id);
		const joined = await auth.joinClass(ctx(), { code: made.class.joinCode, displayName: 'Jun' });
		if (!joined.ok) throw new Error('join refused');
		const ref = { learnerId: joined.learner.id };
		expect(await auth.regenerateSignInCode(ctx(), (await aTeacher(db())).id, ref)).toMatchObject({
			reason: 'not-found'
		});
		const card = await auth.regenerateSignInCode(ctx(), teacher.id, ref);
		if (!card.ok) throw new Error('no new card');
		expect(card.signInCode).not.toBe(joined.signInCode);
		expect(await auth.validateSession(db(), joined.session?.token, T0)).toBeNull();
		expect(await auth.signInLearner(ctx(), { code: joined.signInCode })).toMatchObject({
			reason: 'no-such-code'
		});
		expect((await auth.signInLearner(ctx(), { code: card.signInCode })).ok).toBe(true);
	});

	it('holds back guessing: 10 wrong codes a minute, then 429 with a wait, even for a right one', async () => {
		const made = await aClassOf((await aTeacher(db())).id);
		const joined = await auth.joinClass(ctx(), { code: made.class.joinCode, displayName: 'Bo' });
		if (!joined.ok) throw new Error('join refused');
		const address = '192.0.2.200';
		const at = (seconds: number) => ctx(new Date(T0.getTime() + seconds * 1000), address);
		expect(await auth.signInLearner(at(0), { code: 'not my words' })).toMatchObject({
			reason: 'invalid-code'
		}); // not four listed words: a typo, not counted
		const wrong = joined.signInCode.split('-').reverse().join('-');
		for (let i = 0; i < 5; i++) {
			expect(await auth.signInLearner(at(1), { code: wrong })).toMatchObject({
				reason: 'no-such-code'
			});
			expect(await auth.joinClass(at(1), { code: 'ZZZZ-ZZZZ', displayName: 'x' })).toMatchObject({
				reason: 'no-such-code'
			});
		}
		const held = await auth.signInLearner(at(2), { code: joined.signInCode });
		expect(held).toEqual({
			ok: false,
			reason: 'rate-limited',
			message: MESSAGES.tooManyTries,
			retryAfterSeconds: 59
		});
		expect((await auth.signInLearner(at(61), { code: joined.signInCode })).ok).toBe(true);
		expect(formatJoinCode(made.class.joinCode)).toBe(made.joinCodeShown);
	});
});
