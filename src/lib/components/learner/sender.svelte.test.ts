import { describe, expect, it } from 'vitest';
import type { AttemptPayload } from '$lib/classroom/attempt';
import { AttemptSender } from './sender.svelte';
import type { SendOptions, SendResult, Stored } from './submit';

const quiz = (seed: number): AttemptPayload => ({ kind: 'quiz', item: 'a.b', seed, answer: 'x' });
const stored = (id: number) => ({ id }) as unknown as Stored;

/** A submit that answers from a list and records each (payload seed, key) it was given. */
function fakeSubmit(answers: (SendResult | Promise<SendResult>)[]) {
	const calls: { seed: number; key: string }[] = [];
	const submit = async (payload: AttemptPayload, options: SendOptions = {}) => {
		calls.push({ seed: (payload as { seed: number }).seed, key: options.key! });
		return answers[calls.length - 1];
	};
	return { submit, calls };
}

describe('AttemptSender', () => {
	it('sends each attempt once, in order, and says sent', async () => {
		const { submit, calls } = fakeSubmit([
			{ ok: true, attempt: stored(1) },
			{ ok: true, attempt: stored(2) }
		]);
		const sender = new AttemptSender(submit);
		await sender.send([quiz(1), quiz(2)]);
		expect(sender.state).toBe('sent');
		expect(sender.stored.map((s) => s.id)).toEqual([1, 2]);
		expect(calls.map((c) => c.seed)).toEqual([1, 2]);
		expect(calls[0].key).not.toBe(calls[1].key);
	});

	it('after a failure, "try again" sends only what is unsent, with the same key', async () => {
		const { submit, calls } = fakeSubmit([
			{ ok: true, attempt: stored(1) },
			{ ok: false, reason: 'offline' },
			{ ok: true, attempt: stored(2) }
		]);
		const sender = new AttemptSender(submit);
		await sender.send([quiz(1), quiz(2)]);
		expect(sender.state).toBe('failed');
		expect(sender.failure).toEqual({ ok: false, reason: 'offline' });
		await sender.retry();
		expect(sender.state).toBe('sent');
		expect(calls.map((c) => c.seed)).toEqual([1, 2, 2]);
		expect(calls[2].key).toBe(calls[1].key);
	});

	it('a reset while sending drops the late answer', async () => {
		let release: (r: SendResult) => void = () => {};
		const late = new Promise<SendResult>((resolve) => (release = resolve));
		const { submit } = fakeSubmit([late]);
		const sender = new AttemptSender(submit);
		const sending = sender.send([quiz(1)]);
		expect(sender.state).toBe('sending');
		sender.reset();
		release({ ok: true, attempt: stored(9) });
		await sending;
		expect(sender.state).toBe('idle');
		expect(sender.stored).toEqual([]);
	});
});
