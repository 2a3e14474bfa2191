// One try at delivering one outbox entry: POST /api/attempts with the entry's own Idempotency-Key
// and the learner it belongs to, and what the answer means for the entry. Only a stored attempt in
// the body counts as delivered (a captive portal's page with status 200 does not); only the
// server's own refusal of the body itself removes an entry from the queue for good; everything
// else leaves it waiting, because a resend with the same key can never store it twice.
import type { ApiErrorBody } from '../classroom/attempt';
import { LEARNER_HEADER } from '../classroom/learner-header';
import type { HeldReason, LaterReason, OutboxEntry, Refusal, Stored } from './entry';

export const ENDPOINT = '/api/attempts';
/** A request that takes longer is given up (and tried again later with the same key). */
export const TIMEOUT_MS = 30_000;

export type Outcome =
	| { kind: 'delivered'; attempt: Stored }
	| { kind: 'refused'; refusal: Refusal }
	| { kind: 'held'; reason: HeldReason; detail: string }
	| { kind: 'later'; reason: LaterReason; detail: string; retryAfterMs?: number };

/** Refusals of the request itself: sending the same bytes again would be refused again. */
const PERMANENT = new Set([
	'invalid',
	'bad-json',
	'too-large',
	'key-reused',
	'missing-key',
	'bad-key'
]);

function errorOf(body: unknown): { code: string; problems: string[] } | null {
	const error = (body as Partial<ApiErrorBody> | null)?.error;
	if (!error || typeof error.code !== 'string') return null;
	return { code: error.code, problems: Array.isArray(error.problems) ? error.problems : [] };
}

function isStored(body: unknown): body is { attempt: Stored } {
	const attempt = (body as { attempt?: Partial<Stored> } | null)?.attempt;
	return !!attempt && typeof attempt.id === 'number' && typeof attempt.status === 'string';
}

/** Retry-After in milliseconds (seconds or an HTTP date), when the server gave one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
	if (!header) return undefined;
	const seconds = Number(header);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(header);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What an answer means for the entry that was sent. */
export function classify(status: number, body: unknown, retryAfter: string | null = null): Outcome {
	if (status >= 200 && status < 300)
		return isStored(body)
			? { kind: 'delivered', attempt: body.attempt }
			: { kind: 'later', reason: 'offline', detail: `unexpected answer ${status}` };
	const error = errorOf(body);
	const detail = [error?.code ?? String(status), ...(error?.problems ?? [])].join('; ');
	if (status === 401) return { kind: 'held', reason: 'signed-out', detail };
	// A teacher's session, or a learner whose place is not (or no longer) approved: kept for later.
	if (status === 403) return { kind: 'held', reason: 'not-approved', detail };
	if (status === 409 && error?.code === 'wrong-learner')
		return { kind: 'held', reason: 'wrong-learner', detail };
	if (status === 409) return { kind: 'later', reason: 'in-progress', detail };
	if (status === 429)
		return { kind: 'later', reason: 'busy', detail, retryAfterMs: retryAfterMs(retryAfter) };
	if ((status === 400 || status === 422) && error && PERMANENT.has(error.code))
		return { kind: 'refused', refusal: { status, code: error.code, detail } };
	// 5xx, or an answer that is not the server's own (a proxy's 404): nothing is lost by waiting.
	return { kind: 'later', reason: 'server', detail: `${status} ${detail}` };
}

async function readJson(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		return null;
	}
}

export interface PostOptions {
	fetch?: typeof fetch;
	timeoutMs?: number;
}

export async function postAttempt(entry: OutboxEntry, options: PostOptions = {}): Promise<Outcome> {
	const send = options.fetch ?? globalThis.fetch;
	let response: Response;
	try {
		response = await send(ENDPOINT, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'idempotency-key': entry.key,
				[LEARNER_HEADER]: String(entry.learnerId)
			},
			body: JSON.stringify(entry.payload),
			credentials: 'same-origin',
			signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS)
		});
	} catch (error) {
		// Maybe the server stored it and only the answer was lost: the same key will get the replay.
		return { kind: 'later', reason: 'offline', detail: String((error as Error)?.name ?? error) };
	}
	// A body cut off on the way reads as null: not delivered, so it is sent (and replayed) again.
	const body = await readJson(response);
	return classify(response.status, body, response.headers.get('retry-after'));
}
