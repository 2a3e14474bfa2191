// What the learner's forms (join, sign in) share: one post at a time, and a refusal's words, with
// the wait when the server rate-limited the guess.
import type { SubmitFunction } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

export class OnePostAtATime {
	busy = $state(false);

	/** For use:enhance: a second submit while the first is on its way is dropped; typed values stay. */
	readonly submit: SubmitFunction = ({ cancel }) => {
		if (this.busy) return cancel();
		this.busy = true;
		return async ({ update }) => {
			await update({ reset: false });
			this.busy = false;
		};
	};
}

/** A refusal's message; a rate-limited one also says how long to wait. */
export const said = (p: { message: string; retryAfterSeconds?: number }): string =>
	p.retryAfterSeconds
		? `${p.message} ${m.learner_wait_seconds({ seconds: p.retryAfterSeconds })}`
		: p.message;
