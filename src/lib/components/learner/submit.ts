// Sends one finished attempt (a level run's settings, start and seed; a puzzle's answers; a quiz
// answer — never a loss or a score) to the class: POST /api/attempts, where the server re-runs it
// and keeps the result it computed. Every attempt gets one Idempotency-Key, and a retry after a
// network failure, a server error or "still in progress" reuses it, so the server stores the
// attempt once however often it is sent.
import type { ApiErrorBody, AttemptPayload, StoredAttemptBody } from '$lib/classroom/attempt';

export const ENDPOINT = '/api/attempts';
export const TRIES = 4;
/** Waits before the 2nd, 3rd and 4th try. */
export const BACKOFF_MS = [500, 1500, 4000] as const;

export type Stored = StoredAttemptBody['attempt'];

export type SendResult =
	| { ok: true; attempt: Stored }
	| {
			ok: false;
			/** offline: no answer at all; signed-out: 401; busy: 429; refused: any other 4xx; server: 5xx. */
			reason: 'offline' | 'signed-out' | 'busy' | 'refused' | 'server';
			status?: number;
			/** The server's error code and problems, for the record (not shown to children as is). */
			detail?: string;
	  };

export interface SendOptions {
	/** The attempt's key; a fresh one when left out. Keep it to send the same attempt again. */
	key?: string;
	fetch?: typeof fetch;
	wait?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const newKey = (): string => crypto.randomUUID();

async function readJson(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		return null;
	}
}

function detailOf(body: unknown): string | undefined {
	const error = (body as Partial<ApiErrorBody> | null)?.error;
	if (!error || typeof error.code !== 'string') return undefined;
	return [error.code, ...(error.problems ?? [])].join('; ');
}

/** Worth sending again with the same key: the server failed, or is still on the first send. */
const retriable = (status: number, body: unknown) =>
	status >= 500 || (status === 409 && detailOf(body)?.startsWith('in-progress') === true);

export async function submitAttempt(
	payload: AttemptPayload,
	options: SendOptions = {}
): Promise<SendResult> {
	const key = options.key ?? newKey();
	const send = options.fetch ?? fetch;
	const wait = options.wait ?? pause;
	let last: SendResult = { ok: false, reason: 'offline' };
	for (let attempt = 0; attempt < TRIES; attempt++) {
		if (attempt > 0) await wait(BACKOFF_MS[attempt - 1]);
		let response: Response;
		try {
			response = await send(ENDPOINT, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'idempotency-key': key },
				body: JSON.stringify(payload),
				credentials: 'same-origin'
			});
		} catch {
			last = { ok: false, reason: 'offline' };
			continue;
		}
		const body = await readJson(response);
		if (response.ok && body && typeof body === 'object' && 'attempt' in body) {
			return { ok: true, attempt: (body as StoredAttemptBody).attempt };
		}
		const status = response.status;
		last = { ok: false, reason: reasonOf(status), status, detail: detailOf(body) };
		if (!retriable(status, body)) return last;
	}
	return last;
}

function reasonOf(status: number): Exclude<SendResult, { ok: true }>['reason'] {
	if (status === 401) return 'signed-out';
	if (status === 429) return 'busy';
	if (status >= 500) return 'server';
	return 'refused';
}
