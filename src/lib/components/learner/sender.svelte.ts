// A page's finished attempts on their way to the class, as rune state for the note beside the
// result. They go through the outbox: kept on this device first (each with its own key, made
// once), then sent, by this page or by any other tab or the service worker. The note follows them
// by key: saved and waiting (and why), being sent, sent and checked by the server, or refused. A
// newer run (reset) stops following the old ones; they are still sent.
import type { AttemptPayload } from '$lib/classroom/attempt';
import type { Refusal, StopReason, Stored } from '$lib/outbox/entry';
import { outbox, type Outbox } from './outbox.svelte';

export type SendState = 'idle' | 'saving' | 'sending' | 'waiting' | 'sent' | 'refused' | 'failed';

/** What the sender needs of the outbox. */
export type OutboxPort = Pick<
	Outbox,
	'queue' | 'look' | 'subscribe' | 'flush' | 'sending' | 'stopped'
>;

export class AttemptSender {
	state: SendState = $state('idle');
	/** What the server stored for the attempts sent so far, in order. */
	stored: Stored[] = $state([]);
	/** The first refusal among them. */
	refusal: Refusal | null = $state(null);
	private keys: string[] = [];
	private last: { learnerId: number; payloads: readonly AttemptPayload[] } | null = null;
	private generation = 0;
	private reads = 0;
	private unsubscribe: (() => void) | null = null;

	constructor(private readonly box: OutboxPort = outbox) {}

	/** Why the attempts are still waiting (from the outbox's last sync). */
	get why(): StopReason | null {
		return this.box.stopped;
	}

	/** Keeps these attempts on the device for the learner, then sends them, each with a new key. */
	async send(learnerId: number, payloads: readonly AttemptPayload[]): Promise<void> {
		this.reset();
		if (payloads.length === 0) return;
		const generation = this.generation;
		this.last = { learnerId, payloads };
		this.state = 'saving';
		this.unsubscribe = this.box.subscribe(() => void this.follow(generation));
		try {
			this.keys = await this.box.queue(learnerId, payloads);
		} catch {
			if (generation === this.generation) this.state = 'failed';
			return;
		}
		await this.follow(generation);
	}

	/** Waiting: send now. Not even saved: save and send again. */
	retry(): Promise<void> {
		if (this.state === 'failed' && this.last)
			return this.send(this.last.learnerId, this.last.payloads);
		return this.box.flush();
	}

	reset(): void {
		this.generation++;
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.keys = [];
		this.last = null;
		this.state = 'idle';
		this.stored = [];
		this.refusal = null;
	}

	/** Reads where its attempts are; only the latest read counts (reads may finish out of order). */
	private async follow(generation: number): Promise<void> {
		const keys = this.keys;
		if (generation !== this.generation || keys.length === 0) return;
		const read = ++this.reads;
		const states = await this.box.look(keys);
		if (generation !== this.generation || read !== this.reads) return;
		this.stored = states.flatMap((s) => (s.state === 'sent' ? [s.attempt] : []));
		const refused = states.find((s) => s.state === 'refused');
		this.refusal = refused?.state === 'refused' ? refused.refusal : null;
		if (states.some((s) => s.state === 'waiting')) {
			const sending = this.box.sending;
			this.state = sending !== null && keys.includes(sending) ? 'sending' : 'waiting';
			return;
		}
		this.state = this.refusal ? 'refused' : 'sent';
		this.unsubscribe?.();
		this.unsubscribe = null;
	}
}
