import * as argon2 from 'argon2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './password';

// The real argon2, with its verify wrapped so a test can count the calls.
vi.mock('argon2', async (importOriginal) => {
	const real = await importOriginal<typeof import('argon2')>();
	return { ...real, verify: vi.fn(real.verify) };
});

/** Reads a PHC string the way the argon2 reference does: $id$v=..$m=..,t=..,p=..$salt$hash. */
function phc(encoded: string) {
	const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$([^$]+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
		encoded
	);
	if (!match) throw new Error(`not a PHC string: ${encoded}`);
	const params = new Map(
		match[3].split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])
	);
	const param = (name: string) => params.get(name) ?? NaN;
	return {
		id: match[1],
		version: Number(match[2]),
		m: param('m'),
		t: param('t'),
		p: param('p'),
		salt: match[4],
		hash: match[5]
	};
}

describe('teacher passwords', () => {
	afterEach(() => {
		vi.mocked(argon2.verify).mockClear();
	});

	it('hashes with argon2id at OWASP’s minimum cost or more, and verifies only the right password', async () => {
		const stored = await hashPassword('꽃이 피는 봄날 교실에서');
		const read = phc(stored);
		expect(read).toMatchObject({ id: 'argon2id', version: 19, p: 1 });
		expect(read.m).toBeGreaterThanOrEqual(19 * 1024);
		expect(read.t).toBeGreaterThanOrEqual(2);
		expect(Buffer.from(read.salt, 'base64').length).toBeGreaterThanOrEqual(16);
		expect(await verifyPassword(stored, '꽃이 피는 봄날 교실에서')).toBe(true);
		expect(await verifyPassword(stored, '꽃이 피는 봄날 교실에서!')).toBe(false);
		// The same words typed as decomposed jamo (another keyboard) still match (NFKC).
		expect(await verifyPassword(stored, '꽃이 피는 봄날 교실에서'.normalize('NFD'))).toBe(true);
		expect(needsRehash(stored)).toBe(false);
	});

	it('checks an unknown login against a dummy hash of the same cost, and says no', async () => {
		const cost = ({ id, version, m, t, p }: ReturnType<typeof phc>) => ({ id, version, m, t, p });
		expect(cost(phc(DUMMY_HASH))).toEqual(cost(phc(await hashPassword('a real password'))));
		vi.mocked(argon2.verify).mockClear();
		expect(await verifyPassword(undefined, 'anything at all')).toBe(false);
		expect(argon2.verify).toHaveBeenCalledTimes(1);
		expect(vi.mocked(argon2.verify).mock.calls[0][0]).toBe(DUMMY_HASH);
	});

	it('asks for a re-hash of weaker, older or broken hashes', async () => {
		const weak = await argon2.hash('pw', { type: argon2.argon2id, memoryCost: 4096, timeCost: 1 });
		const argon2i = await argon2.hash('pw', {
			type: argon2.argon2i,
			memoryCost: 19456,
			timeCost: 2,
			parallelism: 1
		});
		expect(needsRehash(weak)).toBe(true);
		expect(needsRehash(argon2i)).toBe(true);
		expect(needsRehash('$2b$12$abcdefghijklmnopqrstuv')).toBe(true);
		expect(await verifyPassword('not a hash', 'pw')).toBe(false);
	});
});
