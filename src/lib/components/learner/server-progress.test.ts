// Signing in on another device: what the server verified (GET /api/progress from the real server
// code, on SQLite and PostgreSQL) comes into this device's stores (fake-indexeddb), raising what is
// lower and adding what is missing, never lowering or dropping what only this device has.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyProgress, getLevel, runLevel, type RunSpec } from '$lib/levels';
import { chain } from '$lib/puzzles';
import * as attempts from '$lib/server/attempts';
import type { Principal } from '$lib/server/auth/tokens';
import { backends } from '$lib/server/db/testing/backends';
import { aClass, aLearner, aTeacher } from '$lib/server/db/testing/fixtures';
import { useDatabase } from '$lib/server/db/testing/use-database';
import { openProgressStore } from '$lib/components/play/progress-store';
import { openStarStore } from '$lib/components/puzzles/star-store';
import { mergeServerProgress, PROGRESS_ENDPOINT } from './server-progress';

const NOW = new Date('2025-03-04T05:06:07.000Z');
const now = () => NOW;
const first = getLevel('first-step');
// Hand-computed (levels/progress.test.ts): η = 0.4 takes 3 steps (3 stars), 0.1 takes 21 (1 star).
const run = (lr: number) => ({ settings: { name: 'gd' as const, lr }, start: { w: -3 }, seed: 0 });
const spec = (lr: number): RunSpec => ({ levelId: first.id, version: first.version, ...run(lr) });
const [pA, pB, pC] = chain.TIERS[0].puzzles;

/** A puzzle solved with every field right (the engine's own numbers) and `hints` hints. */
function solved(id: string, seed: number, hints: number) {
	const puzzle = chain.makePuzzle(id, seed);
	const answers = Object.fromEntries(puzzle.fields.map((f) => [f.key, String(f.expected)]));
	return { kind: 'puzzle', item: id, version: puzzle.version, seed, answers, hints, gaveUp: false };
}

describe.each(backends)('the server’s progress on this device ($name)', (backend) => {
	const db = useDatabase(backend);
	let n = 0;

	async function aLearnerPrincipal(): Promise<Principal> {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const l = await aLearner(db(), c.joinCode);
		return { kind: 'learner', learnerId: l.id, classId: c.id, displayName: l.displayName };
	}
	const submit = (who: Principal, body: unknown) =>
		attempts.submitAttempt(db(), who, `merge-${++n}-key`, JSON.stringify(body));
	/** GET /api/progress as the endpoint answers it, for `who`. */
	const serverFor = (who: Principal | null) =>
		(async (url: string) => {
			expect(url).toBe(PROGRESS_ENDPOINT);
			return attempts.respond(await attempts.learnerProgress(db(), who));
		}) as unknown as typeof fetch;

	it('raises what is lower, adds what is missing, keeps what only this device has', async () => {
		const me = await aLearnerPrincipal();
		await submit(me, { kind: 'level', item: first.id, version: 1, run: run(0.4) });
		await submit(me, solved(pA.id, 5, 1));
		await submit(me, solved(pB.id, 2, 2));
		// This device: first-step won with 1 star, B with 3 stars, C only here.
		const factory = new IDBFactory();
		const progress = await openProgressStore({ indexedDB: factory, now });
		await progress.save(runLevel(first, spec(0.1)));
		const stars = await openStarStore(factory);
		await stars.record(pB.id, { stars: 3, version: 1, seed: 0, at: NOW.toISOString() });
		await stars.record(pC.id, { stars: 1, version: 1, seed: 0, at: NOW.toISOString() });

		const merged = await mergeServerProgress({ fetch: serverFor(me), indexedDB: factory, now });
		expect(merged).toEqual({ levels: [first.id], puzzles: [pA.id] });
		const levels = (await (await openProgressStore({ indexedDB: factory, now })).load()).levels;
		expect(levels[first.id]).toEqual({
			stars: 3,
			steps: 3,
			evaluations: 3,
			best: spec(0.4),
			at: NOW.toISOString()
		});
		// One hint costs a star (3 → 2), two cost two (→ 1): the server's verdicts, merged by the max.
		expect(await (await openStarStore(factory)).load()).toEqual({
			[pA.id]: 2,
			[pB.id]: 3,
			[pC.id]: 1
		});
	});

	it('changes nothing when the server cannot be asked (signed out, offline)', async () => {
		const factory = new IDBFactory();
		const progress = await openProgressStore({ indexedDB: factory, now });
		const before = await progress.save(runLevel(first, spec(0.1)));
		expect(await mergeServerProgress({ fetch: serverFor(null), indexedDB: factory })).toBe(
			'signed-out'
		);
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect(await mergeServerProgress({ fetch: offline, indexedDB: factory })).toBeNull();
		expect(await progress.load()).toEqual(before);
		expect(before).not.toEqual(emptyProgress(NOW));
	});
});
