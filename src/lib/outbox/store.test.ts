// The outbox's storage, in IndexedDB (fake-indexeddb) and in memory alike: queue order across
// pages, an entry delivered by another tab is never brought back by a late update, and receipts
// are kept a day and then dropped.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Receipt } from './entry';
import { openOutbox, RECEIPT_MS, type NewEntry } from './store';

const entry = (seed: number, learnerId = 1): NewEntry => ({
	key: `key-${seed}-abcdef`,
	learnerId,
	payload: { kind: 'quiz', item: 'a.b', seed, answer: 'x' },
	createdAt: '2025-01-01T00:00:00.000Z',
	tries: 0,
	lastError: null,
	lastTriedAt: null,
	refused: null
});
const receipt = (key: string, at: string): Receipt => ({
	key,
	learnerId: 1,
	at,
	attempt: { id: 1 } as Receipt['attempt']
});

describe.each([
	['IndexedDB', () => new IDBFactory()],
	['memory', () => null]
])('the outbox store in %s', (_name, factory) => {
	it('keeps the queue order and finds the oldest match', async () => {
		const store = await openOutbox(factory());
		const added = await store.add([entry(1), entry(2, 2)]);
		await store.add([entry(3)]);
		expect(added.map((e) => e.seq)).toEqual([1, 2]);
		expect((await store.all()).map((e) => e.payload)).toEqual(
			[1, 2, 3].map((seed) => entry(seed).payload)
		);
		expect((await store.first((e) => e.learnerId === 2))?.seq).toBe(2);
		expect(await store.first((e) => e.learnerId === 3)).toBeUndefined();
	});

	it('never brings back an entry delivered meanwhile', async () => {
		const store = await openOutbox(factory());
		const [one] = await store.add([entry(1)]);
		await store.deliver(one.seq, receipt(one.key, '2025-01-01T00:00:01.000Z'));
		await store.update(one.seq, (e) => ({ ...e, tries: 9 }));
		expect(await store.all()).toEqual([]);
	});

	it('keeps receipts a day, then drops them when a new one comes', async () => {
		const store = await openOutbox(factory());
		const [a, b, c] = await store.add([entry(1), entry(2), entry(3)]);
		const t0 = Date.parse('2025-01-01T00:00:00.000Z');
		const at = (ms: number) => new Date(t0 + ms).toISOString();
		await store.deliver(a.seq, receipt(a.key, at(0)));
		await store.deliver(b.seq, receipt(b.key, at(RECEIPT_MS - 1)));
		expect((await store.receipts([a.key, b.key])).map((r) => r.key)).toEqual([a.key, b.key]);
		await store.deliver(c.seq, receipt(c.key, at(RECEIPT_MS + 1)));
		expect((await store.receipts([a.key, b.key, c.key])).map((r) => r.key)).toEqual([b.key, c.key]);
	});
});
