// The two codes of the classroom.
//
// Class join codes: 8 characters of Crockford's base 32 (digits and capitals without I, L, O, U),
// 40 bits, shown as ABCD-EFGH. A typed code is read leniently: any case, spaces or dashes, and the
// look-alikes O→0, I/L→1, U→V. It expires (14 days unless renewed) and is stored as is: the teacher
// shows it to the class.
//
// Learner sign-in codes: four different words from WORDS (about 43 bits, so guessing from many
// addresses at once stays hopeless and 20,000 codes never collide), shown as river-candle-tiger-plum, printed on a card by the teacher. Only SHA-256 of the code is stored. Argon2
// is not used because a learner signs in with the code alone, so the server must find the row from
// the code: a per-row salt (what makes a slow hash worth it) would mean hashing against every
// learner on every sign-in. Guessing online is held back by the rate limit, not by the hash; and a
// stolen database already holds all the code protects (a display name and scores), while the
// teacher can issue new codes at any time.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { WORDS } from './words';

export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 8;
export const JOIN_CODE_TTL_MS = 14 * 24 * 60 * 60 * 1000;
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', U: 'V' };

/** A new join code (canonical form, no dash). 256 is a multiple of 32, so each byte maps evenly. */
export function newJoinCode(): string {
	return [...randomBytes(JOIN_CODE_LENGTH)]
		.map((byte) => JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length])
		.join('');
}

/** The canonical code a person meant, or undefined when it cannot be one. */
export function normaliseJoinCode(input: unknown): string | undefined {
	if (typeof input !== 'string' || input.length > 64) return undefined;
	const code = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-‐‑‒–—_.]/g, '')
		.replace(/[OILU]/g, (c) => LOOK_ALIKES[c]);
	const valid =
		code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
	return valid ? code : undefined;
}

/** ABCDEFGH → ABCD-EFGH, for people to read. */
export const formatJoinCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export const joinCodeExpiry = (now: Date): Date => new Date(now.getTime() + JOIN_CODE_TTL_MS);

export const WORDS_PER_CODE = 4;
const WORD_SET = new Set(WORDS);

/** Four different words, chosen uniformly (randomInt has no modulo bias). */
export function newSignInCode(): string {
	const picked: string[] = [];
	while (picked.length < WORDS_PER_CODE) {
		const word = WORDS[randomInt(WORDS.length)];
		if (!picked.includes(word)) picked.push(word);
	}
	return picked.join('-');
}

/** `River Candle  tiger plum` → `river-candle-tiger-plum`; undefined unless it is four known words. */
export function normaliseSignInCode(input: unknown): string | undefined {
	if (typeof input !== 'string' || input.length > 100) return undefined;
	const words = input
		.normalize('NFKC')
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter((w) => w !== '');
	const valid = words.length === WORDS_PER_CODE && words.every((w) => WORD_SET.has(w));
	return valid ? words.join('-') : undefined;
}

/** What is stored for a (normalised) sign-in code. */
export const hashSignInCode = (code: string): string =>
	createHash('sha256').update(`downhill sign-in code:${code}`).digest('hex');
