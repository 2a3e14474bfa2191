import { describe, expect, it } from 'vitest';
import type { AttemptPayload } from '$lib/classroom/attempt';
import { BACKOFF_MS, ENDPOINT, submitAttempt, TRIES } from './submit';

const PAYLOAD: AttemptPayload = {
	kind: 'puzzle',
	item: 'gates.mul',
	version: 1,
	seed: 7,
	answers: { 'v:2': '-4' },
	hints: 0,
	gaveUp: false
};

const STORED = {
	attempt: {
		id: 12,
		item: { kind: 'puzzle', id: 'gates.mul', version: 1 },
		createdAt: '2025-01-01T00:00:00.000Z',
		status: 'accepted',
		score: 1,
		stars: 3,
		passed: true,
		summary: { en: 'Solved', ko: '풀었어요' },
		details: { kind: 'puzzle' }
	}
};

type Step = { throws: true } | { status: number; body: unknown };

/** A fetch that answers from a script and records what it was sent. */
function scripted(steps: Step[]) {
	const calls: { url: string; init: RequestInit }[] = [];
	const fake = (async (url: string, init: RequestInit) => {
		calls.push({ url, init });
		const step = steps[calls.length - 1] ?? steps.at(-1)!;
		if ('throws' in step) throw new TypeError('Failed to fetch');
		return new Response(JSON.stringify(step.body), { status: step.status });
	}) as unknown as typeof fetch;
	return { fake, calls };
}

const keyOf = (init: RequestInit) => (init.headers as Record<string, string>)['idempotency-key'];

describe('submitAttempt', () => {
	it('posts the payload as JSON with a fresh UUID key, and returns what the server stored', async () => {
		const { fake, calls } = scripted([{ status: 201, body: STORED }]);
		const result = await submitAttempt(PAYLOAD, { fetch: fake });
		expect(result).toEqual({ ok: true, attempt: STORED.attempt });
		expect(calls).toHaveLength(1);
		expect(calls[0].url).toBe(ENDPOINT);
		expect(calls[0].init.method).toBe('POST');
		expect(JSON.parse(String(calls[0].init.body))).toEqual(PAYLOAD);
		expect(keyOf(calls[0].init)).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		const again = scripted([{ status: 201, body: STORED }]);
		await submitAttempt(PAYLOAD, { fetch: again.fake });
		expect(keyOf(again.calls[0].init)).not.toBe(keyOf(calls[0].init));
	});

	it('retries a network failure and a server error with the same key, waiting longer each time', async () => {
		const { fake, calls } = scripted([
			{ throws: true },
			{ status: 503, body: { error: { code: 'unavailable', message: 'x' } } },
			{ status: 409, body: { error: { code: 'in-progress', message: 'x' } } },
			{ status: 200, body: STORED }
		]);
		const waits: number[] = [];
		const result = await submitAttempt(PAYLOAD, {
			fetch: fake,
			wait: async (ms) => void waits.push(ms)
		});
		expect(result.ok).toBe(true);
		expect(calls).toHaveLength(4);
		expect(new Set(calls.map((c) => keyOf(c.init))).size).toBe(1);
		expect(waits).toEqual([...BACKOFF_MS]);
	});

	it('gives up after the last try and says the network was the problem', async () => {
		const { fake, calls } = scripted([{ throws: true }]);
		const result = await submitAttempt(PAYLOAD, { fetch: fake, wait: async () => {}, key: 'k-1' });
		expect(result).toEqual({ ok: false, reason: 'offline' });
		expect(calls).toHaveLength(TRIES);
		expect(calls.every((c) => keyOf(c.init) === 'k-1')).toBe(true);
	});

	it('does not retry a refusal, and reports its code and problems', async () => {
		const body = { error: { code: 'invalid', message: 'bad', problems: ['seed: must be…'] } };
		const { fake, calls } = scripted([{ status: 400, body }]);
		const result = await submitAttempt(PAYLOAD, { fetch: fake, wait: async () => {} });
		expect(result).toEqual({
			ok: false,
			reason: 'refused',
			status: 400,
			detail: 'invalid; seed: must be…'
		});
		expect(calls).toHaveLength(1);
		const signedOut = scripted([{ status: 401, body: { error: { code: 'unauthenticated' } } }]);
		expect(await submitAttempt(PAYLOAD, { fetch: signedOut.fake })).toMatchObject({
			ok: false,
			reason: 'signed-out',
			status: 401
		});
		const busy = scripted([{ status: 429, body: null }]);
		expect(await submitAttempt(PAYLOAD, { fetch: busy.fake })).toMatchObject({ reason: 'busy' });
		expect(busy.calls).toHaveLength(1);
	});
});
