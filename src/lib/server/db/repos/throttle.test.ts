import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { unique } from '../testing/fixtures';
import { useDatabase } from '../testing/use-database';
import * as throttle from './throttle';

const MIN = 60_000;
const POLICY = { limit: 3, windowMs: 10 * MIN, lockMs: MIN, maxLockMs: 5 * MIN };
const T0 = new Date('2025-03-01T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

describe('throttle back-off (advance)', () => {
	it('locks at the limit for lockMs, doubling per further attempt up to maxLockMs', () => {
		let state: throttle.ThrottleState = { failures: 0, windowStartedAt: T0, lockedUntil: null };
		const locks: (number | null)[] = [];
		let t = 0;
		for (let i = 0; i < 7; i++) {
			state = throttle.advance(state, POLICY, at(t));
			const lock = state.lockedUntil && (state.lockedUntil.getTime() - at(t).getTime()) / MIN;
			locks.push(lock);
			t += lock ?? 0; // try again the moment the lock lifts
		}
		expect(locks).toEqual([null, null, 1, 2, 4, 5, 5]);
	});

	it('forgets after a quiet window, counted from the end of the last lock', () => {
		const locked = { failures: 3, windowStartedAt: T0, lockedUntil: at(1) };
		expect(throttle.advance(locked, POLICY, at(10.5)).failures).toBe(4); // 9.5 min after the lock
		expect(throttle.advance(locked, POLICY, at(11))).toEqual({
			failures: 1,
			windowStartedAt: at(11),
			lockedUntil: null
		});
	});
});

describe.each(backends)('throttle counters on $name', (backend) => {
	const db = useDatabase(backend);
	const keyOf = (scope: 'account' | 'address') => ({ scope, subject: unique('s') });

	it('counts, refuses while locked (writing nothing), and lets go when the lock lifts', async () => {
		const key = keyOf('account');
		const take = (minutes: number) => throttle.take(db(), [{ key, policy: POLICY }], at(minutes));
		for (let i = 0; i < 3; i++) expect((await take(0)).allowed).toBe(true);
		expect(await take(0.5)).toEqual({ allowed: false, retryAfterMs: 0.5 * MIN });
		expect(await throttle.read(db(), key)).toEqual({
			failures: 3,
			windowStartedAt: T0,
			lockedUntil: at(1)
		});
		expect((await take(1)).allowed).toBe(true);
		expect((await throttle.read(db(), key))?.lockedUntil).toEqual(at(3));
	});

	it('takes from every key or from none', async () => {
		const account = keyOf('account');
		const address = keyOf('address');
		const both = [
			{ key: account, policy: POLICY },
			{ key: address, policy: { ...POLICY, limit: 10 } }
		];
		for (let i = 0; i < 3; i++) await throttle.take(db(), both, at(0));
		expect((await throttle.take(db(), both, at(0))).allowed).toBe(false);
		expect((await throttle.read(db(), address))?.failures).toBe(3);
	});

	it('hands back a successful attempt, lifting only the lock it set', async () => {
		const key = keyOf('address');
		const entries = [{ key, policy: POLICY }];
		await throttle.take(db(), entries, at(0));
		await throttle.take(db(), entries, at(0));
		const third = await throttle.take(db(), entries, at(0));
		if (!third.allowed) throw new Error('third attempt refused');
		expect(third.taken[0].lockedUntil).toEqual(at(1));
		await throttle.release(db(), third.taken[0]);
		expect(await throttle.read(db(), key)).toMatchObject({ failures: 2, lockedUntil: null });
		await throttle.reset(db(), key);
		expect(await throttle.read(db(), key)).toBeUndefined();
	});

	it('lets exactly `limit` of many simultaneous attempts through', async () => {
		const key = keyOf('account');
		const results = await Promise.all(
			Array.from({ length: 12 }, () => throttle.take(db(), [{ key, policy: POLICY }], at(0)))
		);
		expect(results.filter((r) => r.allowed)).toHaveLength(POLICY.limit);
		expect((await throttle.read(db(), key))?.failures).toBe(POLICY.limit);
	});

	it('purges keys with no attempt and no lock since the cutoff', async () => {
		const old = keyOf('address');
		const lockedLong = keyOf('account');
		const fresh = keyOf('address');
		const lockedBriefly = keyOf('account');
		await throttle.take(
			db(),
			[{ key: lockedBriefly, policy: { ...POLICY, limit: 1 } }],
			at(-3 * 24 * 60)
		);
		const long = { ...POLICY, limit: 1, lockMs: 24 * 60 * MIN, maxLockMs: 24 * 60 * MIN };
		await throttle.take(db(), [{ key: old, policy: POLICY }], at(-3 * 24 * 60));
		await throttle.take(db(), [{ key: lockedLong, policy: long }], at(-2 * 24 * 60 + 1));
		await throttle.take(db(), [{ key: fresh, policy: POLICY }], at(0));
		await throttle.purgeOlderThan(db(), at(-24 * 60));
		expect(await throttle.read(db(), old)).toBeUndefined();
		expect(await throttle.read(db(), lockedBriefly)).toBeUndefined();
		expect(await throttle.read(db(), lockedLong)).toBeDefined(); // locked until after the cutoff
		expect(await throttle.read(db(), fresh)).toBeDefined();
	});
});
