import { describe, expect, it } from 'vitest';
import { clearSessionCookie, readSessionCookie, SESSION_COOKIE, setSessionCookie } from './cookies';
import { newToken } from './tokens';

/** A cookie jar that records what SvelteKit would be asked to send. */
function jar(sent: Record<string, string> = {}) {
	const calls: { op: 'set' | 'delete'; name: string; value?: string; options: object }[] = [];
	return {
		calls,
		get: (name: string) => sent[name],
		set: (name: string, value: string, options: object) =>
			void calls.push({ op: 'set', name, value, options }),
		delete: (name: string, options: object) => void calls.push({ op: 'delete', name, options })
	};
}

describe('the session cookie', () => {
	it('is a __Host- cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain, lasting as the session', () => {
		const cookies = jar();
		const now = new Date('2025-04-01T08:00:00Z');
		const token = newToken();
		setSessionCookie(cookies, { token, expiresAt: new Date('2025-04-08T08:00:00Z') }, now);
		expect(SESSION_COOKIE.startsWith('__Host-')).toBe(true);
		expect(cookies.calls).toEqual([
			{
				op: 'set',
				name: SESSION_COOKIE,
				value: token,
				options: { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 7 * 86400 }
			}
		]);
	});

	it('is cleared with the same attributes', () => {
		const cookies = jar();
		clearSessionCookie(cookies);
		expect(cookies.calls).toEqual([
			{
				op: 'delete',
				name: SESSION_COOKIE,
				options: { path: '/', httpOnly: true, secure: true, sameSite: 'lax' }
			}
		]);
	});

	it('is read only when it looks like one of our tokens', () => {
		const token = newToken();
		expect(readSessionCookie(jar({ [SESSION_COOKIE]: token }))).toBe(token);
		expect(readSessionCookie(jar({ [SESSION_COOKIE]: 'x'.repeat(42) }))).toBeUndefined();
		expect(readSessionCookie(jar({ [SESSION_COOKIE]: `${token.slice(1)}=` }))).toBeUndefined();
		expect(readSessionCookie(jar())).toBeUndefined();
	});
});
