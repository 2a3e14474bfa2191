// Teacher passwords: argon2id through node-argon2 (a maintained binding of the reference C code),
// with at least OWASP's minimum cost (19 MiB, 2 passes, 1 lane). An unknown login is checked against
// a dummy hash of the same cost, so "no such account" takes as long as "wrong password" and the
// answer time does not tell which logins exist.
import { argon2id, hash, needsRehash as argonNeedsRehash, verify } from 'argon2';

export const HASH_OPTIONS = {
	type: argon2id,
	/** KiB: 19 MiB. */
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1
} as const;

/**
 * An argon2id hash, at HASH_OPTIONS, of 32 random bytes that were thrown away: nothing verifies
 * against it, and verifying costs what a real check costs (password.test.ts checks its parameters).
 */
export const DUMMY_HASH =
	'$argon2id$v=19$m=19456,p=1,t=2$m1wEG/SQVY8n96lQesUHuA$bafFIPTsmvMD7wLMZe8AJp2rTwDJ1144qEEGvxEN/+w';

/**
 * NIST SP 800-63B asks to normalise Unicode passwords: the same passphrase typed on another
 * keyboard (composed or decomposed Hangul, full-width letters) must still match.
 */
const normalise = (password: string): string => password.normalize('NFKC');

export function hashPassword(password: string): Promise<string> {
	return hash(normalise(password), HASH_OPTIONS);
}

/**
 * True when the password matches. With no stored hash (unknown login) it still runs one argon2id
 * verification, against DUMMY_HASH, and answers false. A malformed stored hash counts as no match.
 */
export async function verifyPassword(
	storedHash: string | undefined,
	password: string
): Promise<boolean> {
	try {
		const matches = await verify(storedHash ?? DUMMY_HASH, normalise(password));
		return storedHash !== undefined && matches;
	} catch {
		return false;
	}
}

/** True when a stored hash is not argon2id at (at least) today's cost: re-hash it after a login. */
export function needsRehash(storedHash: string): boolean {
	if (!storedHash.startsWith('$argon2id$')) return true;
	try {
		return argonNeedsRehash(storedHash, HASH_OPTIONS);
	} catch {
		return true;
	}
}
