// The outbox against the real server code (the endpoint's checks, submitAttempt's Idempotency-Key
// rules and storage) on SQLite and PostgreSQL, with a network that fails: attempts made offline
// arrive once each when the connection returns, also when it drops in the middle of a sync and
// when two tabs sync at once; on a shared device nobody's work lands in someone else's name.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LEARNER_HEADER, type AttemptPayload } from '$lib/classroom/attempt';
import * as attempts from '$lib/server/attempts';
import type { Principal } from '$lib/server/auth/tokens';
import { backends } from '$lib/server/db/testing/backends';
import { aClass, aLearner, aTeacher } from '$lib/server/db/testing/fixtures';
import { useDatabase } from '$lib/server/db/testing/use-database';
import { flushOutbox, queueAttempts } from './core';
import { openOutbox } from './store';
import { sharedLocks } from './testing/fake-server';

type Fault = 'ok' | 'down' | 'drop';

const quiz = (seed: number): AttemptPayload => ({
	kind: 'quiz',
	item: 'batches.iterations',
	seed,
	answer: '1'
});
const quiet = () => {};

describe.each(backends)('the outbox against the server on $name', (backend) => {
	const db = useDatabase(backend);

	async function aLearnerPrincipal(): Promise<Principal & { kind: 'learner' }> {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const l = await aLearner(db(), c.joinCode);
		return { kind: 'learner', learnerId: l.id, classId: c.id, displayName: l.displayName };
	}

	/** POST /api/attempts as the endpoint runs it, for whoever `session` says is signed in. */
	function network(session: { principal: Principal | null }, faults: Fault[] = []) {
		return (async (_url: string, init: RequestInit) => {
			const fault = faults.shift() ?? 'ok';
			if (fault === 'down') throw new TypeError('Failed to fetch');
			const headers = new Headers(init.headers);
			const key = headers.get('idempotency-key');
			const { principal } = session;
			const refused = attempts.refuseEarly(principal, key, headers.get(LEARNER_HEADER));
			const reply =
				refused ?? (await attempts.submitAttempt(db(), principal, key, String(init.body)));
			if (fault === 'drop') throw new TypeError('The network connection was lost.');
			return attempts.respond(reply);
		}) as unknown as typeof fetch;
	}

	async function storedSeeds(learnerId: number): Promise<number[]> {
		const rows = await db()
			.selectFrom('attempts')
			.select('submission')
			.where('learner_id', '=', learnerId)
			.orderBy('id')
			.execute();
		return rows.map((r) => JSON.parse(r.submission).seed);
	}

	it('five attempts made offline arrive once each, in order, through a dropped connection', async () => {
		const me = await aLearnerPrincipal();
		const store = await openOutbox(new IDBFactory());
		const session = { principal: me as Principal };
		const flush = (faults: Fault[]) =>
			flushOutbox({
				store,
				learnerId: me.learnerId,
				fetch: network(session, faults),
				locks: null,
				announce: quiet
			});
		for (const seed of [1, 2, 3, 4, 5]) {
			await queueAttempts(store, me.learnerId, [quiz(seed)], { announce: quiet });
			expect(await flush(['down'])).toMatchObject({ sent: 0, stopped: 'offline' });
		}
		expect(await storedSeeds(me.learnerId)).toEqual([]);
		// Back online; the connection drops after the server stored the third.
		expect(await flush(['ok', 'ok', 'drop'])).toMatchObject({ sent: 2, left: 3 });
		expect(await storedSeeds(me.learnerId)).toEqual([1, 2, 3]);
		expect(await flush([])).toEqual({ sent: 3, refused: 0, left: 0, stopped: null });
		expect(await storedSeeds(me.learnerId)).toEqual([1, 2, 3, 4, 5]);
		expect(await store.all()).toEqual([]);
	});

	it('two tabs syncing at once store each attempt once, with or without a shared lock', async () => {
		for (const shared of [true, false]) {
			const me = await aLearnerPrincipal();
			const factory = new IDBFactory();
			const [a, b] = await Promise.all([openOutbox(factory), openOutbox(factory)]);
			await queueAttempts(a, me.learnerId, [1, 2, 3, 4].map(quiz), { announce: quiet });
			const locks = sharedLocks();
			const fetch = network({ principal: me });
			const sync = (store: typeof a) =>
				flushOutbox({
					store,
					learnerId: me.learnerId,
					fetch,
					locks: shared ? locks : sharedLocks(),
					announce: quiet
				});
			// A 409 "in progress" for one tab leaves the entry for its next sync.
			for (let round = 0; round < 3 && (await a.all()).length > 0; round++)
				await Promise.all([sync(a), sync(b)]);
			expect(await storedSeeds(me.learnerId)).toEqual([1, 2, 3, 4]);
			expect(await b.all()).toEqual([]);
		}
	});

	it("on a shared device nobody's attempts are stored under someone else's name", async () => {
		const [mina, sol] = [await aLearnerPrincipal(), await aLearnerPrincipal()];
		const store = await openOutbox(new IDBFactory());
		await queueAttempts(store, mina.learnerId, [quiz(1), quiz(2)], { announce: quiet });
		await queueAttempts(store, sol.learnerId, [quiz(3)], { announce: quiet });
		const session = { principal: sol as Principal };
		const fetch = network(session);
		// A tab still showing Mina after Sol signed in elsewhere, then the service worker.
		const stale = await flushOutbox({ store, learnerId: mina.learnerId, fetch, locks: null });
		expect(stale).toMatchObject({ sent: 0, left: 2, stopped: 'wrong-learner' });
		expect(await flushOutbox({ store, fetch, locks: null, announce: quiet })).toMatchObject({
			sent: 1,
			left: 2
		});
		expect(await storedSeeds(sol.learnerId)).toEqual([3]);
		expect(await storedSeeds(mina.learnerId)).toEqual([]);
		session.principal = mina;
		await flushOutbox({ store, fetch, locks: null, announce: quiet });
		expect(await storedSeeds(mina.learnerId)).toEqual([1, 2]);
		expect(await storedSeeds(sol.learnerId)).toEqual([3]);
	});
});
