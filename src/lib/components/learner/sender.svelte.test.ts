// The note's sender over a real outbox (fake-indexeddb) and a server that keeps the Idempotency-Key
// rules: saved first, then sent; "waiting" with the reason while the connection is away; "sent"
// once the server stored it (also when another tab sent it); "refused" with the server's reason.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { AttemptPayload } from '$lib/classroom/attempt';
import { flushOutbox } from '$lib/outbox/core';
import { openOutbox } from '$lib/outbox/store';
import { FakeServer } from '$lib/outbox/testing/fake-server';
import { Outbox, type OutboxDeps } from './outbox.svelte';
import { AttemptSender } from './sender.svelte';

const quiz = (seed: number): AttemptPayload => ({ kind: 'quiz', item: 'a.b', seed, answer: 'x' });
const seeds = (server: FakeServer) => server.rows.map((r) => (r.payload as { seed: number }).seed);

function setUp(deps: Partial<OutboxDeps> = {}) {
	const server = new FakeServer();
	server.session = 1;
	const factory = new IDBFactory();
	const scheduled: number[] = [];
	const box = new Outbox({
		indexedDB: factory,
		fetch: server.fetch,
		locks: null,
		schedule: (_task, ms) => {
			scheduled.push(ms);
			return () => {};
		},
		persist: async () => true,
		registerSync: () => {},
		online: () => true,
		...deps
	});
	return { server, factory, box, scheduled, sender: new AttemptSender(box) };
}

/** Waits for the outbox's own sync (started by queue) and the sender's reads to get there. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 });
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('AttemptSender', () => {
	it('saves, sends each attempt once, in order, and says sent with what the server stored', async () => {
		const { server, box, sender } = setUp();
		const sending = sender.send(1, [quiz(1), quiz(2)]);
		expect(sender.state).toBe('saving');
		await sending;
		await until(() => expect(sender.state).toBe('sent'));
		expect(sender.stored.map((s) => s.id)).toEqual([1, 2]);
		expect(seeds(server)).toEqual([1, 2]);
		expect(box.waiting).toBe(0);
	});

	it('offline: saved and waiting with the reason; "send now" later sends it with the same key', async () => {
		const { server, box, sender, scheduled } = setUp();
		server.offline = true;
		await sender.send(1, [quiz(1)]);
		await until(() => expect([sender.state, sender.why]).toEqual(['waiting', 'offline']));
		expect(box.waiting).toBe(1);
		expect(scheduled).toHaveLength(1);
		expect(scheduled[0]).toBeGreaterThanOrEqual(4000);
		server.offline = false;
		await sender.retry();
		await until(() => expect(sender.state).toBe('sent'));
		expect(seeds(server)).toEqual([1]);
		expect(new Set(server.requests.map((r) => r.key)).size).toBe(1);
	});

	it('follows its attempts when another tab (or the service worker) sends them', async () => {
		const { server, factory, box, sender } = setUp();
		server.session = null;
		await sender.send(1, [quiz(1)]);
		await until(() => expect([sender.state, sender.why]).toEqual(['waiting', 'signed-out']));
		server.session = 1;
		const other = await openOutbox(factory);
		await flushOutbox({ store: other, fetch: server.fetch, locks: null, announce: () => {} });
		// The other tab's message about the change makes this page read again.
		await box.refresh();
		await until(() => expect(sender.state).toBe('sent'));
		expect(sender.stored.map((s) => s.id)).toEqual([1]);
	});

	it('shows a refusal with its reason, and the outbox keeps it out of the count', async () => {
		const { server, box, sender } = setUp();
		server.faults = [{ status: 422, body: { error: { code: 'key-reused', message: 'x' } } }];
		await sender.send(1, [quiz(1)]);
		await until(() => expect(sender.state).toBe('refused'));
		expect(sender.refusal).toMatchObject({ status: 422, code: 'key-reused' });
		expect([box.waiting, box.refused.length]).toEqual([0, 1]);
		await box.dismiss(box.refused[0].seq);
		expect(box.refused).toEqual([]);
	});

	it('a reset stops following the old attempts, which are still sent', async () => {
		const { server, sender } = setUp();
		server.workMs = 5;
		const sending = sender.send(1, [quiz(1)]);
		sender.reset();
		await sending;
		await until(() => expect(seeds(server)).toEqual([1]));
		await pause();
		expect(sender.state).toBe('idle');
		expect(sender.stored).toEqual([]);
	});

	it('counts only the page’s own learner, and asks once for persistent storage', async () => {
		let asked = 0;
		const { server, box, sender } = setUp({ persist: async () => (asked++, true) });
		server.offline = true;
		await sender.send(2, [quiz(1)]);
		await until(() => expect(sender.why).toBe('offline'));
		box.use(1);
		await box.refresh();
		expect(box.waiting).toBe(0);
		box.use(2);
		await box.refresh();
		expect(box.waiting).toBe(1);
		await new AttemptSender(box).send(2, [quiz(2)]);
		expect(asked).toBe(1);
	});
});
