import * as argon2 from 'argon2';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as teachers from '../db/repos/teachers';
import { backends } from '../db/testing/backends';
import { unique } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import { MESSAGES } from './messages';
import * as auth from './service';
import * as throttle from './throttle';

vi.mock('argon2', async (importOriginal) => {
	const real = await importOriginal<typeof import('argon2')>();
	return { ...real, verify: vi.fn(real.verify) };
});

const T0 = new Date('2025-03-01T08:00:00.000Z');
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
const PASSWORD = 'maple leaves in october';
let n = 0;

describe.each(backends)('teacher accounts on $name', (backend) => {
	const db = useDatabase(backend);
	const ctx = (now = T0) => ({ db: db(), address: `203.0.113.${++n}`, now });
	const signUp = async (login = `${unique('kim')}@School.example`) => {
		const made = await auth.signUpTeacher(ctx(), { login: ` ${login} `, password: PASSWORD });
		if (!made.ok) throw new Error(`sign-up failed: ${made.reason}`);
		return made;
	};
	beforeEach(() => {
		vi.mocked(argon2.verify).mockClear();
	});

	it('signs a teacher up with an argon2id hash and a session', async () => {
		const made = await signUp();
		expect(made.teacher.login).toMatch(/^kim-.*@school\.example$/);
		const row = await teachers.findByLogin(db(), made.teacher.login);
		expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=(\d+),p=1,t=(\d+)\$/);
		expect(row?.passwordHash).not.toContain(PASSWORD);
		const live = await auth.validateSession(db(), made.session.token, T0);
		expect(live?.principal).toEqual({
			kind: 'teacher',
			teacherId: made.teacher.id,
			login: made.teacher.login
		});
	});

	it('says why a sign-up is refused', async () => {
		const taken = (await signUp()).teacher.login;
		const refused = async (login: string, password: string) =>
			auth.signUpTeacher(ctx(), { login, password });
		expect(await refused('kim', PASSWORD)).toMatchObject({
			reason: 'invalid-login',
			field: 'login'
		});
		expect(await refused('a@b.kr', 'too short')).toMatchObject({
			reason: 'weak-password',
			message: MESSAGES.passwordTooShort
		});
		expect(await auth.signUpTeacher(ctx(), null)).toMatchObject({
			ok: false,
			reason: 'invalid-login'
		});
		expect(await refused(taken.toUpperCase(), PASSWORD)).toMatchObject({ reason: 'login-taken' });
		const address = '192.0.2.77';
		for (let i = 0; i < 10; i++) await throttle.beginSignUp(db(), address, T0);
		const held = await auth.signUpTeacher(
			{ db: db(), address, now: T0 },
			{ login: `${unique('x')}@school.example`, password: PASSWORD }
		);
		expect(held).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterSeconds: 3600 });
	});

	it('logs in with a new session, ending the one the browser had', async () => {
		const made = await signUp();
		const logIn = await auth.logInTeacher(
			ctx(minutes(5)),
			{ login: made.teacher.login.toUpperCase(), password: PASSWORD },
			made.session.token
		);
		if (!logIn.ok) throw new Error('login refused');
		expect(logIn.session.token).not.toBe(made.session.token);
		expect(await auth.validateSession(db(), made.session.token, minutes(5))).toBeNull();
		expect(
			(await auth.validateSession(db(), logIn.session.token, minutes(5)))?.principal.kind
		).toBe('teacher');
		await auth.logOut(ctx(), logIn.session.token);
		expect(await auth.validateSession(db(), logIn.session.token, minutes(6))).toBeNull();
	});

	it('answers a wrong password and an unknown login alike, each after one argon2 check', async () => {
		const made = await signUp();
		const wrong = await auth.logInTeacher(ctx(), {
			login: made.teacher.login,
			password: 'maple leaves'
		});
		expect(argon2.verify).toHaveBeenCalledTimes(1);
		const unknown = await auth.logInTeacher(ctx(), {
			login: 'nobody@school.example',
			password: PASSWORD
		});
		expect(argon2.verify).toHaveBeenCalledTimes(2);
		expect(wrong).toEqual({ ok: false, reason: 'denied', message: MESSAGES.loginFailed });
		expect(unknown).toEqual(wrong);
	});

	it('locks an account after 5 failures, even for the right password, until the lock lifts', async () => {
		const made = await signUp();
		const login = made.teacher.login;
		for (let i = 0; i < 5; i++) await throttle.beginLogin(db(), login, `192.0.2.${i}`, T0);
		const held = await auth.logInTeacher(ctx(minutes(0.5)), { login, password: PASSWORD });
		// The same words as any failure; the route adds 429 and Retry-After (half the lock is left).
		expect(held).toEqual({
			ok: false,
			reason: 'rate-limited',
			message: MESSAGES.loginFailed,
			retryAfterSeconds: throttle.POLICIES.loginAccount.lockMs / 2000
		});
		expect(argon2.verify).not.toHaveBeenCalled();
		expect((await auth.logInTeacher(ctx(minutes(1)), { login, password: PASSWORD })).ok).toBe(true);
		expect(await throttle.beginLogin(db(), login, '192.0.2.9', minutes(1))).toMatchObject({
			allowed: true
		});
	});

	it('re-hashes a weaker stored hash at today’s cost after a login', async () => {
		const login = `${unique('old')}@school.example`;
		const weak = await argon2.hash(PASSWORD, {
			type: argon2.argon2id,
			memoryCost: 4096,
			timeCost: 1
		});
		await teachers.create(db(), { login, passwordHash: weak });
		expect((await auth.logInTeacher(ctx(), { login, password: PASSWORD })).ok).toBe(true);
		const stored = (await teachers.findByLogin(db(), login))?.passwordHash ?? '';
		const [, m, t] = /m=(\d+),p=\d+,t=(\d+)/.exec(stored) ?? [];
		expect(Number(m)).toBeGreaterThanOrEqual(19456);
		expect(Number(t)).toBeGreaterThanOrEqual(2);
		expect(await argon2.verify(stored, PASSWORD)).toBe(true);
	});

	it('refuses malformed or absurd input without hashing', async () => {
		for (const input of [undefined, 'x', { login: 'a@b.kr' }, { login: 'a@b.kr', password: '' }]) {
			expect(await auth.logInTeacher(ctx(), input)).toMatchObject({ ok: false, reason: 'denied' });
		}
		const huge = { login: 'a@b.kr', password: 'p'.repeat(100_000) };
		expect(await auth.logInTeacher(ctx(), huge)).toMatchObject({ reason: 'denied' });
		expect(argon2.verify).not.toHaveBeenCalled();
	});
});
