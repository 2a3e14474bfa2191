// What every learner page on the server starts with: who is asking (a learner, or off to the
// sign-in page), the account operations' context for this request, and a 429 that says how long
// to wait. Pages import these instead of repeating them.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import type { AuthContext, Failure, Principal } from '../auth/service';
import { getDatabase } from '../db';

export type LearnerPrincipal = Extract<Principal, { kind: 'learner' }>;

/** The signed-in learner; anyone else (nobody, a teacher) is sent to the learners' sign-in page. */
export function requireLearner(locals: App.Locals): LearnerPrincipal {
	const principal = locals.principal;
	if (principal?.kind !== 'learner') redirect(303, localizeHref('/signin'));
	return principal;
}

export async function authContext(event: Pick<RequestEvent, 'getClientAddress'>) {
	const { db } = await getDatabase();
	return { db, address: event.getClientAddress() } satisfies AuthContext;
}

/** A failure's message in the page's language. */
export const say = (failure: Pick<Failure<string>, 'message'>): string =>
	failure.message[getLocale() === 'ko' ? 'ko' : 'en'];

/** What a form shows after a failed action: the message beside its field, and the values typed. */
export interface FormProblem<Field extends string> {
	field: Field;
	message: string;
	values: Partial<Record<Field, string>>;
	/** Set when the failure was the rate limit: how many seconds to wait. */
	retryAfterSeconds?: number;
}

/**
 * The action's answer to a failure: 429 with Retry-After for the rate limit, 400 otherwise.
 * `field` is where the message goes when the failure names none.
 */
export function failWith<Field extends string>(
	event: Pick<RequestEvent, 'setHeaders'>,
	failure: Failure<string>,
	values: Record<Field, string>,
	field: NoInfer<Field>
) {
	const problem: FormProblem<Field> = {
		field: (failure.field as Field | undefined) ?? field,
		message: say(failure),
		values
	};
	if (failure.reason === 'rate-limited') {
		const seconds = failure.retryAfterSeconds ?? 60;
		event.setHeaders({ 'Retry-After': String(seconds) });
		return fail(429, { problem: { ...problem, retryAfterSeconds: seconds } });
	}
	return fail(400, { problem });
}

/** A form value as a string (a missing or file value reads as empty). */
export function textOf(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}
