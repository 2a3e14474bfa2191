// The outbox on fake-indexeddb against a server that keeps the documented Idempotency-Key rules
// (testing/fake-server.ts): oldest first, exactly once through lost answers, never in the wrong
// learner's session, one sync at a time across tabs, refusals kept and shown, not resent.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AttemptPayload } from '../classroom/attempt';
import { flushForSync, flushOutbox, queueAttempts, type FlushOptions } from './core';
import { openOutbox, type OutboxStore } from './store';
import { FakeServer, sharedLocks } from './testing/fake-server';

const quiz = (seed: number): AttemptPayload => ({
	kind: 'quiz',
	item: 'batches.iterations',
	seed,
	answer: String(seed)
});
const seedOf = (payload: unknown) => (payload as { seed: number }).seed;
const quiet = () => {};

async function setUp(session: number | null = 1) {
	const factory = new IDBFactory();
	const store = await openOutbox(factory);
	const server = new FakeServer();
	server.session = session;
	const flush = (options: FlushOptions = {}) =>
		flushOutbox({ store, fetch: server.fetch, locks: null, announce: quiet, ...options });
	const queue = (learnerId: number, seeds: number[]) =>
		queueAttempts(store, learnerId, seeds.map(quiz), { announce: quiet });
	return { factory, store, server, flush, queue };
}

const waitingSeeds = async (store: OutboxStore) =>
	(await store.all()).filter((e) => !e.refused).map((e) => seedOf(e.payload));

describe('the attempt outbox', () => {
	it('keeps attempts on the device first, then sends them oldest first, each once', async () => {
		const { factory, store, server, flush, queue } = await setUp();
		const queued = await queue(1, [1, 2]);
		await queue(1, [3]);
		// Kept before anything is sent, and for a new page too.
		const again = await openOutbox(factory);
		expect((await again.all()).map((e) => [seedOf(e.payload), e.learnerId, e.tries])).toEqual([
			[1, 1, 0],
			[2, 1, 0],
			[3, 1, 0]
		]);
		expect(server.requests).toEqual([]);

		const report = await flush({ learnerId: 1 });
		expect(report).toEqual({ sent: 3, refused: 0, left: 0, stopped: null });
		expect(server.rows.map((r) => seedOf(r.payload))).toEqual([1, 2, 3]);
		expect(server.requests.map((r) => r.learner)).toEqual(['1', '1', '1']);
		expect(new Set(server.requests.map((r) => r.key)).size).toBe(3);
		expect(await store.all()).toEqual([]);
		// What the server stored stays a while, by key, for the page that queued it.
		const receipts = await store.receipts(queued.map((e) => e.key));
		expect(receipts.map((r) => r.attempt.id)).toEqual([1, 2]);
	});

	it('an answer lost after the server stored it: the retry with the same key gets the replay', async () => {
		const { store, server, flush, queue } = await setUp();
		await queue(1, [1, 2, 3]);
		server.faults = ['ok', 'drop'];
		const first = await flush({ learnerId: 1 });
		expect(first).toMatchObject({ sent: 1, left: 2, stopped: 'offline' });
		// The server has the second already; the outbox cannot know, so it keeps it.
		expect(server.rows.map((r) => seedOf(r.payload))).toEqual([1, 2]);
		expect(await waitingSeeds(store)).toEqual([2, 3]);
		const [second] = await store.all();
		expect([second.tries, second.lastError]).toEqual([1, 'offline']);

		server.faults = ['cut'];
		expect(await flush({ learnerId: 1 })).toMatchObject({ sent: 0, left: 2 });
		expect(await flush({ learnerId: 1 })).toEqual({ sent: 2, refused: 0, left: 0, stopped: null });
		// Stored once each, in order; the second was sent three times under one key.
		expect(server.rows.map((r) => seedOf(r.payload))).toEqual([1, 2, 3]);
		const tries = server.requests.filter((r) => seedOf(r.payload) === 2);
		expect(tries).toHaveLength(3);
		expect(new Set(tries.map((r) => r.key)).size).toBe(1);
	});

	it('stops at the first "later" so nothing overtakes an older attempt', async () => {
		const { store, server, flush, queue } = await setUp();
		await queue(1, [1, 2, 3]);
		server.faults = [{ status: 503, body: null }];
		expect(await flush({ learnerId: 1 })).toMatchObject({ sent: 0, left: 3, stopped: 'server' });
		expect(server.requests.map((r) => seedOf(r.payload))).toEqual([1]);
		server.faults = ['down'];
		expect(await flush({ learnerId: 1 })).toMatchObject({ stopped: 'offline' });
		server.faults = [{ status: 429, body: null, headers: { 'retry-after': '7' } }];
		expect(await flush({ learnerId: 1 })).toMatchObject({ stopped: 'busy', retryAfterMs: 7000 });
		server.faults = [{ status: 409, body: { error: { code: 'in-progress', message: '' } } }];
		expect(await flush({ learnerId: 1 })).toMatchObject({ stopped: 'in-progress' });
		expect(server.requests.map((r) => seedOf(r.payload))).toEqual([1, 1, 1, 1]);
		expect(await flush({ learnerId: 1 })).toMatchObject({ sent: 3, left: 0 });
		expect(server.rows.map((r) => seedOf(r.payload))).toEqual([1, 2, 3]);
		expect(await store.all()).toEqual([]);
	});

	it("never sends a learner's attempt in another learner's session", async () => {
		const { store, server, flush, queue } = await setUp(2);
		await queue(1, [11, 12]);
		await queue(2, [21]);
		// The page of learner 2 sends only theirs.
		expect(await flush({ learnerId: 2 })).toEqual({ sent: 1, refused: 0, left: 0, stopped: null });
		expect(server.requests.map((r) => [r.learner, seedOf(r.payload)])).toEqual([['2', 21]]);
		// A page that still thinks learner 1 is signed in (another tab signed in learner 2): the
		// server refuses, nothing is stored, and the entries wait for learner 1.
		expect(await flush({ learnerId: 1 })).toMatchObject({
			sent: 0,
			left: 2,
			stopped: 'wrong-learner'
		});
		expect(server.rows.map((r) => [r.learnerId, seedOf(r.payload)])).toEqual([[2, 21]]);
		expect(await waitingSeeds(store)).toEqual([11, 12]);
		// Signed out: nothing goes, for anyone.
		server.session = null;
		expect(await flush()).toMatchObject({ sent: 0, left: 2, stopped: 'signed-out' });
		// Learner 1 signs in again: theirs go, in order.
		server.session = 1;
		expect(await flush({ learnerId: 1 })).toMatchObject({ sent: 2, left: 0 });
		expect(server.rows.map((r) => [r.learnerId, seedOf(r.payload)])).toEqual([
			[2, 21],
			[1, 11],
			[1, 12]
		]);
	});

	it('from the service worker (no learner given) each learner waits for their own session', async () => {
		const { store, server, flush, queue } = await setUp(2);
		await queue(1, [11]);
		await queue(2, [21, 22]);
		await queue(1, [13]);
		const report = await flush();
		expect(report).toEqual({ sent: 2, refused: 0, left: 2, stopped: 'wrong-learner' });
		// Learner 1's oldest was tried once and refused by the server; the rest of 1 was skipped.
		expect(server.requests.map((r) => [r.learner, seedOf(r.payload)])).toEqual([
			['1', 11],
			['2', 21],
			['2', 22]
		]);
		expect(server.rows.every((r) => r.learnerId === 2)).toBe(true);
		expect(await waitingSeeds(store)).toEqual([11, 13]);
	});

	it('two tabs syncing at once send each entry once (one lock for the site)', async () => {
		const { factory, server, queue } = await setUp();
		server.workMs = 3;
		await queue(1, [1, 2, 3, 4, 5]);
		const locks = sharedLocks();
		const [tabA, tabB] = await Promise.all([openOutbox(factory), openOutbox(factory)]);
		const options = { learnerId: 1, fetch: server.fetch, locks, announce: quiet };
		const [a, b] = await Promise.all([
			flushOutbox({ ...options, store: tabA }),
			flushOutbox({ ...options, store: tabB })
		]);
		expect(a.sent + b.sent).toBe(5);
		expect(server.requests.map((r) => seedOf(r.payload))).toEqual([1, 2, 3, 4, 5]);
		expect(server.mostAtOnce).toBe(1);
		expect(await tabB.all()).toEqual([]);
	});

	it('without a shared lock two tabs may both send, and the key still stores each once', async () => {
		const { factory, server, queue } = await setUp();
		server.workMs = 3;
		await queue(1, [1, 2, 3]);
		const [tabA, tabB] = await Promise.all([openOutbox(factory), openOutbox(factory)]);
		const options = { learnerId: 1, fetch: server.fetch, announce: quiet };
		for (let round = 0; round < 4; round++)
			await Promise.all([
				flushOutbox({ ...options, store: tabA, locks: sharedLocks() }),
				flushOutbox({ ...options, store: tabB, locks: sharedLocks() })
			]);
		expect(server.mostAtOnce).toBe(2);
		expect(server.requests.length).toBeGreaterThan(3);
		expect(server.rows.map((r) => seedOf(r.payload))).toEqual([1, 2, 3]);
		expect(await tabA.all()).toEqual([]);
	});

	it('keeps a refused attempt to show, never sends it again, and carries on with the next', async () => {
		const { store, server, flush, queue } = await setUp();
		await queue(1, [1, 2, 3]);
		const invalid = { error: { code: 'invalid', message: 'x', problems: ['seed: must be…'] } };
		server.faults = [{ status: 400, body: invalid }];
		expect(await flush({ learnerId: 1 })).toEqual({ sent: 2, refused: 1, left: 0, stopped: null });
		const [kept] = await store.all();
		expect(seedOf(kept.payload)).toBe(1);
		expect(kept.refused).toEqual({
			status: 400,
			code: 'invalid',
			detail: 'invalid; seed: must be…'
		});
		await flush({ learnerId: 1 });
		expect(server.requests.filter((r) => seedOf(r.payload) === 1)).toHaveLength(1);
	});

	it('a 200 that is not the server’s answer (a captive portal) delivers nothing', async () => {
		const { store, server, flush, queue } = await setUp();
		await queue(1, [1]);
		server.faults = [{ status: 200, body: '<html>Sign in to the Wi-Fi</html>' }];
		expect(await flush({ learnerId: 1 })).toMatchObject({ sent: 0, left: 1, stopped: 'offline' });
		server.faults = [{ status: 404, body: null }];
		expect(await flush({ learnerId: 1 })).toMatchObject({ sent: 0, left: 1, stopped: 'server' });
		expect(await waitingSeeds(store)).toEqual([1]);
	});

	it('for Background Sync: fails while something is left to retry, so the browser tries again', async () => {
		const { store, server, queue } = await setUp();
		await queue(1, [1]);
		server.faults = ['down'];
		const options = { store, fetch: server.fetch, locks: null, announce: quiet };
		await expect(flushForSync(options)).rejects.toThrow(/1 attempt\(s\) left \(offline\)/);
		await expect(flushForSync(options)).resolves.toMatchObject({ sent: 1, left: 0 });
		// Held for the learner to act (signed out): retrying by itself would not help.
		await queue(1, [2]);
		server.session = null;
		await expect(flushForSync(options)).resolves.toMatchObject({ stopped: 'signed-out' });
	});

	it('works the same in memory when there is no IndexedDB, and tells every tab of each change', async () => {
		const store = await openOutbox(null);
		expect(store.persistent).toBe(false);
		const server = new FakeServer();
		server.session = 1;
		let told = 0;
		const announce = () => told++;
		await queueAttempts(store, 1, [quiz(1), quiz(2)], { announce });
		server.faults = ['drop'];
		await flushOutbox({ store, learnerId: 1, fetch: server.fetch, locks: null, announce });
		await flushOutbox({ store, learnerId: 1, fetch: server.fetch, locks: null, announce });
		expect(server.rows.map((r) => seedOf(r.payload))).toEqual([1, 2]);
		expect(await store.all()).toEqual([]);
		expect(told).toBe(1 + 1 + 2);
	});
});
