// One delivery try: what is sent (the entry's own key and learner, the payload as JSON, never a
// score) and what each answer means: only a stored attempt delivers, only the server's refusal of
// the body itself is final, and everything else (offline, 5xx, 409, 429, a stranger's page) waits.
import { describe, expect, it } from 'vitest';
import type { AttemptPayload } from '../classroom/attempt';
import type { OutboxEntry } from './entry';
import { classify, ENDPOINT, postAttempt, retryAfterMs } from './post';

const PAYLOAD: AttemptPayload = {
	kind: 'puzzle',
	item: 'gates.mul',
	version: 1,
	seed: 7,
	answers: { 'v:2': '-4' },
	hints: 0,
	gaveUp: false
};
const ENTRY: OutboxEntry = {
	seq: 3,
	key: '0b7c3c1e-2f7d-4a4e-9c39-1d2f3e4a5b6c',
	learnerId: 42,
	payload: PAYLOAD,
	createdAt: '2025-01-01T00:00:00.000Z',
	tries: 0,
	lastError: null,
	lastTriedAt: null,
	refused: null
};
const STORED = {
	id: 12,
	item: { kind: 'puzzle', id: 'gates.mul', version: 1 },
	createdAt: '2025-01-01T00:00:01.000Z',
	status: 'accepted',
	score: 1,
	stars: 3,
	passed: true,
	summary: { en: 'Solved', ko: '풀었어요' },
	details: { kind: 'puzzle' }
};
const refusal = (code: string, problems?: string[]) => ({
	error: { code, message: 'x', problems }
});

describe('postAttempt', () => {
	it('posts the payload as JSON with the entry’s key and learner, and reads the stored attempt', async () => {
		const calls: [string, RequestInit][] = [];
		const fetch = (async (url: string, init: RequestInit) => {
			calls.push([url, init]);
			return new Response(JSON.stringify({ attempt: STORED }), { status: 201 });
		}) as unknown as typeof globalThis.fetch;
		expect(await postAttempt(ENTRY, { fetch })).toEqual({ kind: 'delivered', attempt: STORED });
		const [url, init] = calls[0];
		expect([url, init.method, init.credentials]).toEqual([ENDPOINT, 'POST', 'same-origin']);
		expect(init.headers).toEqual({
			'content-type': 'application/json',
			'idempotency-key': ENTRY.key,
			'downhill-learner': '42'
		});
		expect(JSON.parse(String(init.body))).toEqual(PAYLOAD);
		expect(init.signal).toBeInstanceOf(AbortSignal);
	});

	it('a network failure or a request that takes too long waits for later', async () => {
		const down = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(await postAttempt(ENTRY, { fetch: down })).toMatchObject({
			kind: 'later',
			reason: 'offline'
		});
		const hangs = ((_url: string, init: RequestInit) =>
			new Promise((_resolve, reject) =>
				init.signal!.addEventListener('abort', () => reject(init.signal!.reason))
			)) as unknown as typeof fetch;
		expect(await postAttempt(ENTRY, { fetch: hangs, timeoutMs: 10 })).toMatchObject({
			kind: 'later',
			reason: 'offline',
			detail: 'TimeoutError'
		});
	});
});

describe('classify', () => {
	it('delivers only a stored attempt', () => {
		expect(classify(201, { attempt: STORED }).kind).toBe('delivered');
		expect(classify(200, { attempt: STORED }).kind).toBe('delivered');
		expect(classify(200, '<html>portal</html>')).toMatchObject({
			kind: 'later',
			reason: 'offline'
		});
		expect(classify(201, null)).toMatchObject({ kind: 'later', reason: 'offline' });
	});

	it('is final only for the server’s refusal of the body itself', () => {
		for (const code of ['invalid', 'bad-json', 'too-large', 'missing-key', 'bad-key'])
			expect(classify(400, refusal(code))).toMatchObject({
				kind: 'refused',
				refusal: { status: 400, code }
			});
		expect(classify(422, refusal('key-reused'))).toEqual({
			kind: 'refused',
			refusal: { status: 422, code: 'key-reused', detail: 'key-reused' }
		});
		expect(classify(400, refusal('invalid', ['seed: must be…']))).toMatchObject({
			refusal: { detail: 'invalid; seed: must be…' }
		});
		// A 400 or 404 that is not the server's own words (a proxy): kept for later.
		expect(classify(400, null)).toMatchObject({ kind: 'later', reason: 'server' });
		expect(classify(404, null)).toMatchObject({ kind: 'later', reason: 'server' });
	});

	it('holds what this session cannot send, and waits out the rest', () => {
		expect(classify(401, refusal('unauthenticated'))).toMatchObject({ reason: 'signed-out' });
		expect(classify(403, refusal('forbidden'))).toMatchObject({
			kind: 'held',
			reason: 'not-approved'
		});
		expect(classify(409, refusal('wrong-learner'))).toMatchObject({
			kind: 'held',
			reason: 'wrong-learner'
		});
		expect(classify(409, refusal('in-progress'))).toMatchObject({
			kind: 'later',
			reason: 'in-progress'
		});
		expect(classify(503, null)).toMatchObject({ kind: 'later', reason: 'server' });
		expect(classify(429, null, '3')).toEqual({
			kind: 'later',
			reason: 'busy',
			detail: '429',
			retryAfterMs: 3000
		});
	});

	it('reads Retry-After in seconds or as a date', () => {
		const now = Date.parse('2025-01-01T00:00:00Z');
		expect(retryAfterMs('120', now)).toBe(120_000);
		expect(retryAfterMs('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
		expect(retryAfterMs('soon', now)).toBeUndefined();
		expect(retryAfterMs(null, now)).toBeUndefined();
	});
});
