// For tests: POST /api/attempts as the server documents it (classroom/attempt.ts, server/attempts),
// in memory: 401 without a session, 409 wrong-learner when the outbox meant another learner, a key
// per learner (same payload: the stored reply again; another payload: 422; still running: 409),
// and faults scripted per request: the connection down before the server, or dropped after the
// server stored the attempt, a cut-off body, or any status. Plus a shared Web Locks stand-in.
import type { LockManagerLike } from '../lock';

export type Fault =
	| 'ok'
	/** No answer; nothing reached the server. */
	| 'down'
	/** The server stored the attempt, then the connection dropped before the answer. */
	| 'drop'
	/** The server stored it and answered 201, but the body was cut off. */
	| 'cut'
	/** This answer instead of the server's (nothing stored). */
	| { status: number; body?: unknown; headers?: Record<string, string> };

export interface Row {
	id: number;
	learnerId: number;
	key: string;
	payload: unknown;
}

export class FakeServer {
	/** Who the session cookie belongs to (null: nobody signed in). */
	session: number | null = null;
	rows: Row[] = [];
	/** Every request that reached the network, in order. */
	requests: { key: string; learner: string | null; payload: unknown }[] = [];
	/** One fault per request, in order; 'ok' after the list ends. */
	faults: Fault[] = [];
	/** No connection at all: every request fails before reaching the server. */
	offline = false;
	/** Milliseconds the server spends on each attempt (lets two senders overlap). */
	workMs = 0;
	/** The most requests the server was working on at once. */
	mostAtOnce = 0;
	private working = 0;
	private keys = new Map<string, { payload: string; reply?: { status: number; body: unknown } }>();

	readonly fetch = (async (url: string, init: RequestInit) => {
		if (url !== '/api/attempts' || init.method !== 'POST') throw new Error(`unexpected ${url}`);
		const headers = init.headers as Record<string, string>;
		const key = headers['idempotency-key'];
		const payload = JSON.parse(String(init.body));
		this.requests.push({ key, learner: headers['downhill-learner'] ?? null, payload });
		const fault = this.offline ? 'down' : (this.faults.shift() ?? 'ok');
		if (fault === 'down') throw new TypeError('Failed to fetch');
		if (typeof fault === 'object') return json(fault.status, fault.body ?? null, fault.headers);
		this.mostAtOnce = Math.max(this.mostAtOnce, ++this.working);
		const reply = await this.handle(key, headers['downhill-learner'] ?? null, payload).finally(
			() => this.working--
		);
		if (fault === 'drop') throw new TypeError('network connection was lost');
		if (fault === 'cut') return new Response('{"attempt":{"id":', { status: reply.status });
		return json(reply.status, reply.body);
	}) as unknown as typeof fetch;

	private async handle(key: string, meant: string | null, payload: unknown) {
		if (this.session === null) return error(401, 'unauthenticated');
		if (meant !== null && meant !== String(this.session)) return error(409, 'wrong-learner');
		const learnerId = this.session;
		const id = `${learnerId}:${key}`;
		const text = JSON.stringify(payload);
		const claim = this.keys.get(id);
		if (claim?.reply) return claim.payload === text ? claim.reply : error(422, 'key-reused');
		if (claim) return error(409, 'in-progress');
		this.keys.set(id, { payload: text });
		if (this.workMs) await new Promise((resolve) => setTimeout(resolve, this.workMs));
		const row = { id: this.rows.length + 1, learnerId, key, payload };
		this.rows.push(row);
		const reply = { status: 201, body: { attempt: stored(row) } };
		this.keys.set(id, { payload: text, reply });
		return reply;
	}
}

function stored(row: Row) {
	return {
		id: row.id,
		item: { kind: 'quiz', id: 'x.y', version: 1 },
		createdAt: '2025-01-01T00:00:00.000Z',
		status: 'accepted',
		score: 1,
		stars: 3,
		passed: true,
		summary: { en: 'Right', ko: '맞았어요' },
		details: { kind: 'quiz' }
	};
}

const error = (status: number, code: string) => ({
	status,
	body: { error: { code, message: code } }
});

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json', ...headers }
	});
}

/** Web Locks as one browser shares them between its tabs (and workers): one holder at a time. */
export function sharedLocks(): LockManagerLike {
	let tail: Promise<unknown> = Promise.resolve();
	return {
		request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
			const run = tail.then(callback);
			tail = run.catch(() => undefined);
			return run;
		}
	};
}
