// Teachers sign up, log in and log out. A login checks the throttle first, then the password
// (against a dummy hash when the login is unknown), and answers every failure with one message.
import * as access from '../db/repos/access';
import * as teachers from '../db/repos/teachers';
import { clock, fail, type AuthContext, type Failure } from './context';
import { checkNewPassword, parseLogin, PASSWORD_MAX_LENGTH } from './credentials';
import { Credentials, parse } from './inputs';
import { MESSAGES } from './messages';
import { hashPassword, needsRehash, verifyPassword } from './password';
import * as throttle from './throttle';
import * as tokens from './tokens';

export interface SignedInTeacher {
	ok: true;
	teacher: { id: number; login: string };
	session: tokens.IssuedSession;
}

export type SignUpResult =
	SignedInTeacher | Failure<'invalid-login' | 'weak-password' | 'login-taken' | 'rate-limited'>;

export async function signUpTeacher(
	ctx: AuthContext,
	input: unknown,
	previousToken?: string
): Promise<SignUpResult> {
	const now = clock(ctx);
	const form = parse(Credentials, input);
	const login = parseLogin(form?.login);
	if (!form || !login) return fail('invalid-login', MESSAGES.loginInvalid, { field: 'login' });
	const password = checkNewPassword(form.password, login);
	if (!password.ok) return fail('weak-password', password.problem, { field: 'password' });
	const gate = await throttle.beginSignUp(ctx.db, ctx.address, now);
	if (!gate.allowed) {
		const { retryAfterSeconds } = gate;
		return fail('rate-limited', MESSAGES.tooManyTries, { retryAfterSeconds });
	}
	const passwordHash = await hashPassword(password.password);
	const teacher = await teachers.create(ctx.db, { login, passwordHash, now });
	if (!teacher) return fail('login-taken', MESSAGES.loginTaken, { field: 'login' });
	const session = await tokens.rotate(ctx.db, previousToken, { teacherId: teacher.id }, now);
	return { ok: true, teacher: { id: teacher.id, login: teacher.login }, session };
}

/** Refused: one message for every reason; 'rate-limited' adds the wait for a 429's Retry-After. */
export type LogInResult = SignedInTeacher | Failure<'denied' | 'rate-limited'>;

const denied = () => fail('denied', MESSAGES.loginFailed);

export async function logInTeacher(
	ctx: AuthContext,
	input: unknown,
	previousToken?: string
): Promise<LogInResult> {
	const now = clock(ctx);
	const form = parse(Credentials, input);
	const login = parseLogin(form?.login);
	// Nothing to look up, or a password too long to be anyone's: no hashing, no counting.
	if (!form || !login || form.password === '' || [...form.password].length > PASSWORD_MAX_LENGTH) {
		return denied();
	}
	const gate = await throttle.beginLogin(ctx.db, login, ctx.address, now);
	if (!gate.allowed) {
		const { retryAfterSeconds } = gate;
		return fail('rate-limited', MESSAGES.loginFailed, { retryAfterSeconds });
	}
	const teacher = await teachers.findByLogin(ctx.db, login);
	if (!(await verifyPassword(teacher?.passwordHash, form.password)) || !teacher) return denied();
	await throttle.succeeded(ctx.db, gate.taken);
	if (needsRehash(teacher.passwordHash)) {
		const passwordHash = await hashPassword(form.password);
		await access.setPasswordHash(ctx.db, { teacherId: teacher.id, passwordHash });
	}
	const session = await tokens.rotate(ctx.db, previousToken, { teacherId: teacher.id }, now);
	return { ok: true, teacher: { id: teacher.id, login: teacher.login }, session };
}

/** Ends this browser's session (teacher or learner); the token is useless from now on. */
export async function logOut(ctx: AuthContext, token: string | undefined): Promise<{ ok: true }> {
	await tokens.revoke(ctx.db, token);
	return { ok: true };
}
