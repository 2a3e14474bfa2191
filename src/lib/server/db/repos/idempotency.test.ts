import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { runTogether } from '../testing/children';
import { aClass, aLearner, aTeacher } from '../testing/fixtures';
import { useTestDatabase } from '../testing/use-database';
import * as idempotency from './idempotency';

describe.each(backends)('idempotency keys on $name', (backend) => {
	const opened = useTestDatabase(backend);
	const db = () => opened().db;
	const learner = async () =>
		aLearner(db(), (await aClass(db(), (await aTeacher(db())).id)).joinCode);

	it('starts, refuses while in progress, replays once done, and rejects another payload', async () => {
		const { id: learnerId } = await learner();
		const key = { learnerId, key: 'submit-1' };
		const response = { status: 201, body: { attempt: 7, stars: 3, note: '정답' } };
		expect(await idempotency.begin(db(), { ...key, payloadHash: 'A' })).toEqual({
			state: 'started'
		});
		expect(await idempotency.begin(db(), { ...key, payloadHash: 'A' })).toEqual({
			state: 'in-progress'
		});
		expect(await idempotency.finish(db(), { ...key, response })).toBe(true);
		expect(await idempotency.finish(db(), { ...key, response: 'again' })).toBe(false);
		expect(await idempotency.begin(db(), { ...key, payloadHash: 'A' })).toEqual({
			state: 'replay',
			response
		});
		expect(await idempotency.begin(db(), { ...key, payloadHash: 'B' })).toEqual({
			state: 'conflict-payload'
		});
	});

	it('keeps keys apart per learner, and lets an abandoned key start again', async () => {
		const [a, b] = [await learner(), await learner()];
		const begin = (learnerId: number) =>
			idempotency.begin(db(), { learnerId, key: 'same', payloadHash: 'P' });
		expect(await begin(a.id)).toEqual({ state: 'started' });
		expect(await begin(b.id)).toEqual({ state: 'started' });
		expect(await idempotency.abandon(db(), { learnerId: a.id, key: 'same' })).toBe(true);
		expect(await begin(a.id)).toEqual({ state: 'started' });
		expect(await idempotency.finish(db(), { learnerId: 999_999, key: 'same', response: 1 })).toBe(
			false
		);
	});

	it('takes over a claim left in progress longer than the stale limit', async () => {
		const { id: learnerId } = await learner();
		const t0 = new Date('2025-04-01T10:00:00.000Z');
		const later = (ms: number) => new Date(t0.getTime() + ms);
		const begin = (now: Date, payloadHash = 'P') =>
			idempotency.begin(db(), {
				learnerId,
				key: 'crashed',
				payloadHash,
				now,
				staleAfterMs: 60_000
			});
		expect(await begin(t0)).toEqual({ state: 'started' });
		expect(await begin(later(59_999))).toEqual({ state: 'in-progress' });
		expect(await begin(later(61_000), 'Q')).toEqual({ state: 'conflict-payload' });
		expect(await begin(later(61_000))).toEqual({ state: 'started' });
		expect(await begin(later(62_000))).toEqual({ state: 'in-progress' });
	});

	it('lets exactly one of 24 simultaneous callers start, whatever their payload', async () => {
		const { id: learnerId } = await learner();
		const started = performance.now();
		const outcomes = await Promise.all(
			Array.from({ length: 24 }, (_, i) =>
				idempotency.begin(db(), { learnerId, key: 'race', payloadHash: i % 3 === 0 ? 'X' : 'Y' })
			)
		);
		const ms = performance.now() - started;
		const states = outcomes.map((o) => o.state);
		expect(states.filter((s) => s === 'started')).toHaveLength(1);
		// The winner's payload decides what the others hear.
		const winner = states.indexOf('started') % 3 === 0 ? 'X' : 'Y';
		outcomes.forEach((o, i) => {
			if (o.state === 'started') return;
			const same = (i % 3 === 0 ? 'X' : 'Y') === winner;
			expect(o.state).toBe(same ? 'in-progress' : 'conflict-payload');
		});
		console.info(`[${backend.name}] 24 concurrent begin() calls: ${ms.toFixed(0)} ms`);
	});

	it('purges keys older than a cutoff', async () => {
		const { id: learnerId } = await learner();
		const old = new Date('2020-01-01T00:00:00Z');
		await idempotency.begin(db(), { learnerId, key: 'old', payloadHash: 'P', now: old });
		await idempotency.begin(db(), { learnerId, key: 'new', payloadHash: 'P' });
		expect(await idempotency.purgeOlderThan(db(), new Date('2021-01-01T00:00:00Z'))).toBe(1);
		expect(await idempotency.begin(db(), { learnerId, key: 'new', payloadHash: 'P' })).toEqual({
			state: 'in-progress'
		});
	});
});

// PostgreSQL's callers above already race on separate connections; SQLite's share one connection per
// process (its driver queues them), so only separate processes make them race.
describe('idempotency keys across processes on sqlite', () => {
	const opened = useTestDatabase(backends.find((b) => b.name === 'sqlite')!);

	it('lets exactly one of two processes start the same key at once', async () => {
		const { db } = opened();
		const c = await aClass(db, (await aTeacher(db)).id);
		const { id: learnerId } = await aLearner(db, c.joinCode);
		const job = { mode: 'begin', learnerId, key: 'two-servers', payloadHash: 'P' } as const;
		const results = await runTogether(opened().config, [job, job]);
		const states = results.map((r) => (r.output as idempotency.BeginOutcome).state).sort();
		expect(states).toEqual(['in-progress', 'started']);
	});
});
