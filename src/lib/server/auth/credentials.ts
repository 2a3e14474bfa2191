// What a teacher may sign up with. Logins are e-mail-like (trimmed, lower-cased; nothing is ever
// sent to them). Passwords follow NIST SP 800-63B rather than composition rules: long enough
// (10 characters; a passphrase of a few words is welcome, in any script), at most 256 so hashing
// cost stays bounded, and not one of the passwords every attacker tries first.
import * as v from 'valibot';
import { normaliseLogin } from '../db/repos/teachers';
import { MESSAGES, type Text } from './messages';

export const LOGIN_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const LoginSchema = v.pipe(
	v.string(),
	v.transform(normaliseLogin),
	v.maxLength(LOGIN_MAX_LENGTH),
	v.email()
);

/** The normalised login, or undefined when it is not e-mail-like. */
export function parseLogin(input: unknown): string | undefined {
	const parsed = v.safeParse(LoginSchema, input);
	return parsed.success ? parsed.output : undefined;
}

/** Long enough, but among the first guesses of every password list. */
const COMMON = new Set([
	'1234567890',
	'12345678910',
	'0123456789',
	'1111111111',
	'0987654321',
	'qwertyuiop',
	'1q2w3e4r5t',
	'1qaz2wsx3edc',
	'qwerty123456',
	'asdfghjkl;',
	'password12',
	'password123',
	'password1234',
	'passw0rd123',
	'iloveyou123',
	'abcdefghij',
	'abcd123456',
	'a1b2c3d4e5',
	'letmein123',
	'welcome123',
	'teacher123',
	'school1234',
	'qwer1234!@#$'
]);

/** Distinct characters a password needs at least (rules out `aaaaaaaaaa` and `ababababab`). */
const MIN_DISTINCT = 5;

export type PasswordCheck = { ok: true; password: string } | { ok: false; problem: Text };

/** Checks a new password (length in characters, not bytes, so Hangul counts as it reads). */
export function checkNewPassword(input: unknown, login: string): PasswordCheck {
	if (typeof input !== 'string') return { ok: false, problem: MESSAGES.passwordTooShort };
	const password = input.normalize('NFKC');
	const chars = [...password];
	if (chars.length < PASSWORD_MIN_LENGTH) return { ok: false, problem: MESSAGES.passwordTooShort };
	if (chars.length > PASSWORD_MAX_LENGTH) return { ok: false, problem: MESSAGES.passwordTooLong };
	const folded = password.toLowerCase().replace(/\s+/g, '');
	const localPart = normaliseLogin(login).split('@')[0];
	const tooSimple =
		new Set(chars).size < MIN_DISTINCT ||
		COMMON.has(folded) ||
		folded === normaliseLogin(login) ||
		(localPart.length >= 4 && folded.includes(localPart));
	return tooSimple ? { ok: false, problem: MESSAGES.passwordTooSimple } : { ok: true, password };
}
