// Glue between a SvelteKit request and the auth and classroom modules: the context they need (the
// shared database, the client's address for throttling), the server's bilingual messages in the
// page's language, and a refusal that carries Retry-After.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { getDatabase } from '../db';
import type { AuthContext } from '../auth/service';
import type { Text } from '../auth/messages';

export async function contextOf(
	event: Pick<RequestEvent, 'getClientAddress'>
): Promise<AuthContext> {
	const { db } = await getDatabase();
	return { db, address: event.getClientAddress() };
}

/** A bilingual server message in the language of this request. */
export const say = (text: Text): string => (getLocale() === 'ko' ? text.ko : text.en);

/** 429 Too Many Requests with Retry-After (seconds), for a form action to return. */
export function tooMany<T extends Record<string, unknown>>(
	event: Pick<RequestEvent, 'setHeaders'>,
	retryAfterSeconds: number,
	data: T
) {
	event.setHeaders({ 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
	return fail(429, data);
}
