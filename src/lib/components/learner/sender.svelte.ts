// The sending of a page's finished attempts, as rune state for the note beside the result. Each
// attempt keeps its key, so "Try again" after a failure sends the same attempts, never new ones;
// a newer run (reset) drops the old answers before they can overwrite the note.
import type { AttemptPayload } from '$lib/classroom/attempt';
import { newKey, submitAttempt, type SendResult, type Stored } from './submit';

export type SendState = 'idle' | 'sending' | 'sent' | 'failed';

export class AttemptSender {
	state: SendState = $state('idle');
	failure: Exclude<SendResult, { ok: true }> | null = $state(null);
	stored: Stored[] = $state([]);
	private queue: { payload: AttemptPayload; key: string }[] = [];
	private generation = 0;

	constructor(private readonly submit = submitAttempt) {}

	/** Sends these attempts (one after the other), each with a fresh key. */
	send(payloads: readonly AttemptPayload[]): Promise<void> {
		this.reset();
		this.queue = payloads.map((payload) => ({ payload, key: newKey() }));
		return this.flush();
	}

	/** Sends what is still unsent, with the keys it had. */
	retry(): Promise<void> {
		return this.flush();
	}

	reset(): void {
		this.generation++;
		this.queue = [];
		this.state = 'idle';
		this.failure = null;
		this.stored = [];
	}

	private async flush(): Promise<void> {
		const generation = this.generation;
		if (this.queue.length === 0) return;
		this.state = 'sending';
		this.failure = null;
		while (this.queue.length > 0) {
			const { payload, key } = this.queue[0];
			const result = await this.submit(payload, { key });
			if (generation !== this.generation) return;
			if (!result.ok) {
				this.failure = result;
				this.state = 'failed';
				return;
			}
			this.stored.push(result.attempt);
			this.queue.shift();
		}
		this.state = 'sent';
	}
}
