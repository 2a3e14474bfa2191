// The checks a submission passes before any work: who is asking, the Idempotency-Key, the size and
// the JSON of the body. Each failure is a plain {status, body} with a stable code and a message
// that says what to fix; nothing here touches the database.
import { createHash } from 'node:crypto';
import type { ApiErrorBody, ApiErrorCode } from '../../classroom/attempt';
import type { Principal } from '../auth/tokens';

/** Bodies above this are refused unread: the largest honest attempt (800-step path) is ~35 KiB. */
export const MAX_BODY_BYTES = 64 * 1024;
export const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

export interface Reply {
	status: number;
	body: unknown;
}

export function failure(
	status: number,
	code: ApiErrorCode,
	message: string,
	problems?: string[]
): Reply {
	const body: ApiErrorBody = { error: { code, message, ...(problems ? { problems } : {}) } };
	return { status, body };
}

/** The learner asking, or the reply that refuses everyone else (nobody 401, a teacher 403). */
export function learnerOnly(
	principal: Principal | null
): { ok: true; learnerId: number } | { ok: false; reply: Reply } {
	if (!principal)
		return { ok: false, reply: failure(401, 'unauthenticated', 'Sign in as a learner first.') };
	if (principal.kind !== 'learner')
		return {
			ok: false,
			reply: failure(403, 'forbidden', 'Only a learner in a class can do this.')
		};
	return { ok: true, learnerId: principal.learnerId };
}

export function checkKey(key: string | null | undefined): Reply | undefined {
	if (key === null || key === undefined || key === '')
		return failure(
			400,
			'missing-key',
			'An Idempotency-Key header is required (8 to 128 characters: letters, digits, _ and -).'
		);
	if (!KEY_PATTERN.test(key))
		return failure(
			400,
			'bad-key',
			'The Idempotency-Key must be 8 to 128 characters: letters, digits, _ and -.'
		);
	return undefined;
}

/**
 * The refusals an endpoint can give before reading anything: who is asking, the learner the
 * browser meant (LEARNER_HEADER, when it says), then (when a key is expected, i.e. `key` is not
 * undefined) the Idempotency-Key.
 */
export function refuseEarly(
	principal: Principal | null,
	key?: string | null,
	meant?: string | null
): Reply | undefined {
	const who = learnerOnly(principal);
	if (!who.ok) return who.reply;
	if (meant !== undefined && meant !== null && meant !== String(who.learnerId))
		return failure(
			409,
			'wrong-learner',
			'This attempt is for another learner than the one signed in on this device.'
		);
	return key === undefined ? undefined : checkKey(key);
}

const tooLarge = () =>
	failure(400, 'too-large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);

/** The body as text, or the reply for one that is too large or not UTF-8. */
export function decodeBody(raw: string | Uint8Array): { ok: true; text: string } | Reply {
	const bytes = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
	if (bytes > MAX_BODY_BYTES) return tooLarge();
	if (typeof raw === 'string') return { ok: true, text: raw };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
	} catch {
		return failure(400, 'bad-json', 'The request body is not valid JSON: it is not UTF-8 text.');
	}
}

export function parseJson(text: string): { ok: true; value: unknown } | Reply {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return failure(400, 'bad-json', `The request body is not valid JSON: ${why}`);
	}
}

/**
 * Reads a request body, refusing it as soon as it passes the limit (a declared Content-Length is
 * believed only when it is already too large), so a huge body is never held in memory.
 */
export async function readBody(request: Request): Promise<Uint8Array | Reply> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return tooLarge();
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_BODY_BYTES) {
			await reader.cancel();
			return tooLarge();
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

/** JSON with object keys sorted, so the same payload hashes the same whatever its key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

export const payloadHash = (payload: unknown): string =>
	createHash('sha256').update(canonical(payload)).digest('hex');
