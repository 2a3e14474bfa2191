import { describe, expect, it } from 'vitest';
import { checkNewPassword, parseLogin } from './credentials';
import { MESSAGES } from './messages';

describe('teacher logins', () => {
	it('trims and lower-cases an e-mail-like login', () => {
		expect(parseLogin('  Kim.Minji@School.Example ')).toBe('kim.minji@school.example');
	});

	it('refuses what is not e-mail-like, too long, or not text', () => {
		for (const bad of ['', 'kim', 'kim@', '@school.example', 'kim school@x.kr', 42, undefined]) {
			expect(parseLogin(bad)).toBeUndefined();
		}
		expect(parseLogin(`${'a'.repeat(64)}@${'b'.repeat(187)}.kr`)).toBeUndefined(); // 255 chars
		expect(parseLogin(`${'a'.repeat(64)}@${'b'.repeat(186)}.kr`)).toBeDefined(); // 254
	});
});

describe('new teacher passwords', () => {
	const login = 'minji.kim@school.example';
	const problem = (password: unknown) => {
		const checked = checkNewPassword(password, login);
		return checked.ok ? undefined : checked.problem;
	};

	it('takes 10 or more characters in any script, spaces welcome, up to 256', () => {
		expect(problem('violet-kite')).toBeUndefined();
		expect(problem('산 넘어 바다 건너')).toBeUndefined(); // 10 characters of Hangul and spaces
		expect(problem('x7'.repeat(5) + 'abc')).toBeUndefined();
		expect(problem('abcdefg-'.repeat(32))).toBeUndefined(); // exactly 256
	});

	it('says what is wrong with a short, long or easily guessed one', () => {
		expect(problem('short one')).toBe(MESSAGES.passwordTooShort); // 9
		expect(problem('산 넘어 바다 건')).toBe(MESSAGES.passwordTooShort); // 9 characters, 21 bytes
		expect(problem(undefined)).toBe(MESSAGES.passwordTooShort);
		expect(problem('abcdefg-'.repeat(32) + 'x')).toBe(MESSAGES.passwordTooLong);
		for (const guessable of ['aaaaaaaaaaaa', 'abababababab', 'Password123', '1234 5678 90']) {
			expect(problem(guessable)).toBe(MESSAGES.passwordTooSimple);
		}
		expect(problem('MINJI.KIM@school.example')).toBe(MESSAGES.passwordTooSimple);
		expect(problem('minji.kim2025!')).toBe(MESSAGES.passwordTooSimple);
	});
});
