import { describe, expect, it } from 'vitest';
import * as counters from '../db/repos/throttle';
import { backends } from '../db/testing/backends';
import { unique } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import * as throttle from './throttle';

const MIN = 60_000;
const T0 = new Date('2025-03-01T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);
let n = 0;
const anAddress = () => `198.51.100.${++n}`;
const aLogin = () => `${unique('t')}@school.example`;

describe.each(backends)('login and code throttling on $name', (backend) => {
	const db = useDatabase(backend);

	it('allows 5 failed logins per account, then 1 minute, then 2: from any address', async () => {
		const login = aLogin();
		const tryFrom = (minutes: number) => throttle.beginLogin(db(), login, anAddress(), at(minutes));
		for (let i = 0; i < 5; i++) expect((await tryFrom(0)).allowed).toBe(true);
		expect(await tryFrom(0.25)).toEqual({ allowed: false, retryAfterSeconds: 45 });
		expect((await tryFrom(1)).allowed).toBe(true);
		expect(await tryFrom(2)).toEqual({ allowed: false, retryAfterSeconds: 60 });
		expect((await tryFrom(3)).allowed).toBe(true);
		// After 15 quiet minutes following the last lock, the account starts afresh.
		expect((await tryFrom(7 + 15)).allowed).toBe(true);
		for (let i = 0; i < 4; i++) expect((await tryFrom(22)).allowed).toBe(true);
		expect((await tryFrom(22)).allowed).toBe(false);
	});

	it('allows 20 failed logins per address across accounts, and forgets an account on success', async () => {
		const address = anAddress();
		for (let i = 0; i < 20; i++) {
			expect((await throttle.beginLogin(db(), aLogin(), address, at(0))).allowed).toBe(true);
		}
		expect((await throttle.beginLogin(db(), aLogin(), address, at(0))).allowed).toBe(false);
		expect((await throttle.beginLogin(db(), aLogin(), anAddress(), at(0))).allowed).toBe(true);

		const login = aLogin();
		const from = anAddress();
		for (let i = 0; i < 4; i++) await throttle.beginLogin(db(), login, from, at(0));
		const fifth = await throttle.beginLogin(db(), login, from, at(0));
		if (!fifth.allowed) throw new Error('fifth login refused');
		await throttle.succeeded(db(), fifth.taken);
		expect(await counters.read(db(), throttle.accountKey(login))).toBeUndefined();
		expect((await counters.read(db(), throttle.addressThrottleKey('login', from)))?.failures).toBe(
			4
		);
	});

	it('holds 10 wrong code guesses a minute per address (IPv6: per /64), not right ones', async () => {
		const guess = (address: string, minutes = 0) =>
			throttle.beginCodeGuess(db(), address, at(minutes));
		for (let i = 0; i < 10; i++) expect((await guess(`2001:db8:7::${i}`)).allowed).toBe(true);
		expect(await guess('2001:db8:7::ff', 0.5)).toEqual({
			allowed: false,
			retryAfterSeconds: 30
		});
		expect((await guess('2001:db8:7::ff', 1)).allowed).toBe(true);
		// A class of 30 behind one school address, all typing the right code.
		const school = anAddress();
		for (let i = 0; i < 30; i++) {
			const gate = await guess(school);
			if (!gate.allowed) throw new Error(`learner ${i} refused`);
			await throttle.succeeded(db(), gate.taken);
		}
	});

	it('keeps no plain login or address, and purges rows after two quiet days', async () => {
		const login = aLogin();
		const address = anAddress();
		await throttle.beginLogin(db(), login, address, at(0));
		const rows = await db().selectFrom('login_throttle').selectAll().execute();
		expect(JSON.stringify(rows)).not.toContain(login);
		expect(JSON.stringify(rows)).not.toContain(address);
		await throttle.purge(db(), at(2 * 24 * 60 - 1));
		expect(await counters.read(db(), throttle.accountKey(login))).toBeDefined();
		await throttle.purge(db(), at(2 * 24 * 60 + 1));
		expect(await counters.read(db(), throttle.accountKey(login))).toBeUndefined();
	});
});
