// Submitting attempts on both back ends: who may, every refusal of the key and the body, the
// server's own numbers stored (a forged claim or score never counts), and idempotent retries,
// including simultaneous ones.
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { getLevel, LevelRun } from '$lib/levels';
import type { ApiErrorBody, StoredAttemptBody } from '$lib/classroom/attempt';
import type { Principal } from '../auth/tokens';
import type { Database } from '../db/schema';
import * as attempts from '../db/repos/attempts';
import * as idempotency from '../db/repos/idempotency';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher, unique } from '../db/testing/fixtures';
import { useDatabase, useTestDatabase } from '../db/testing/use-database';
import { MAX_BODY_BYTES, payloadHash } from './request';
import { submitAttempt } from './submit';
import { submitTogether } from './testing/submit-together';

const level = getLevel('first-step');
/** Gradient descent with η = 0.4 from −3 on (w − 2)² + 1: w_k = 2 − 5·0.2^k, the goal after 3 steps. */
const honest = {
	kind: 'level',
	item: 'first-step',
	version: 1,
	run: level.reference,
	claim: { steps: 3, finalLoss: 1 + 25 * 0.2 ** 6 }
};
const codeOf = (reply: { body: unknown }) => (reply.body as ApiErrorBody).error.code;
const attemptOf = (reply: { body: unknown }) => (reply.body as StoredAttemptBody).attempt;

async function countFor(db: Kysely<Database>, learnerId: number): Promise<number> {
	const rows = await db
		.selectFrom('attempts')
		.select('id')
		.where('learner_id', '=', learnerId)
		.execute();
	return rows.length;
}

describe.each(backends)('submitAttempt on $name', (backend) => {
	const db = useDatabase(backend);
	const aPrincipal = async (approveJoins = false): Promise<Principal & { kind: 'learner' }> => {
		const c = await aClass(db(), (await aTeacher(db())).id, { approveJoins });
		const learner = await aLearner(db(), c.joinCode);
		return {
			kind: 'learner',
			learnerId: learner.id,
			classId: c.id,
			displayName: learner.displayName
		};
	};
	const key = () => unique('key').replace(/[^A-Za-z0-9_-]/g, '_');
	const send = (who: Principal | null, body: unknown, k: string | null = key()) =>
		submitAttempt(db(), who, k, typeof body === 'string' ? body : JSON.stringify(body));

	it('lets only a signed-in, approved learner submit', async () => {
		expect((await send(null, honest)).status).toBe(401);
		const teacher = await aTeacher(db());
		const asTeacher = await send({ kind: 'teacher', teacherId: teacher.id, login: 'x' }, honest);
		expect([asTeacher.status, codeOf(asTeacher)]).toEqual([403, 'forbidden']);
		const pending = await aPrincipal(true);
		expect((await send(pending, honest)).status).toBe(403);
		expect(await countFor(db(), pending.learnerId)).toBe(0);
	});

	it('refuses a missing or malformed key, an oversized, broken or invalid body, storing nothing', async () => {
		const me = await aPrincipal();
		const refusal = async (body: unknown, k?: string | null) => {
			const reply = await send(me, body, k === undefined ? key() : k);
			return [reply.status, codeOf(reply)];
		};
		expect(await refusal(honest, null)).toEqual([400, 'missing-key']);
		expect(await refusal(honest, 'short')).toEqual([400, 'bad-key']);
		expect(await refusal(honest, 'has spaces in it')).toEqual([400, 'bad-key']);
		expect(await refusal(honest, 'k'.repeat(129))).toEqual([400, 'bad-key']);
		// Too large is told before the (broken) JSON is read.
		expect(await refusal('{'.repeat(MAX_BODY_BYTES + 1))).toEqual([400, 'too-large']);
		const broken = await send(me, '{"kind": "level",');
		expect(broken.status).toBe(400);
		expect((broken.body as ApiErrorBody).error.message).toMatch(
			/^The request body is not valid JSON: /
		);
		const notUtf8 = await submitAttempt(db(), me, key(), new Uint8Array([0x7b, 0xff, 0x7d]));
		expect(codeOf(notUtf8)).toBe('bad-json');
		const invalid = await send(me, { ...honest, version: 0, run: { ...honest.run, seed: 'x' } });
		expect(invalid.status).toBe(400);
		const { problems } = (invalid.body as ApiErrorBody).error;
		expect(problems?.map((p) => p.split(':')[0]).sort()).toEqual(['run.seed', 'version']);
		expect(await countFor(db(), me.learnerId)).toBe(0);
	});

	it('stores an honest run with the numbers the server computed', async () => {
		const me = await aPrincipal();
		const reply = await send(me, honest);
		expect(reply.status).toBe(201);
		const made = attemptOf(reply);
		expect(made).toMatchObject({ status: 'accepted', score: 1, stars: 3, passed: true });
		expect(made.item).toEqual({ kind: 'level', id: 'first-step', version: 1 });
		const best = await attempts.best(db(), { learnerId: me.learnerId, item: made.item });
		expect(best).toMatchObject({ id: made.id, score: 1, stars: 3, status: 'accepted' });
		expect(best?.submission).toEqual(honest);
		const { id: _, item: __, createdAt: ___, ...verdict } = made;
		expect(best?.result).toEqual(verdict);
	});

	it('stores a forged claim as rejected with the reason, and refuses a posted score', async () => {
		const me = await aPrincipal();
		const forged = { ...honest, claim: { steps: 1, finalLoss: 1 } };
		const reply = await send(me, forged);
		expect(reply.status).toBe(201);
		expect(attemptOf(reply)).toMatchObject({ status: 'rejected', score: 0, stars: 0 });
		expect(attemptOf(reply).reason).toMatch(
			'claimed path differs from the re-computation at step 1'
		);
		const item = attemptOf(reply).item;
		expect(await attempts.best(db(), { learnerId: me.learnerId, item })).toBeUndefined();
		const posted = await send(me, { ...honest, score: 1, stars: 3 });
		expect([posted.status, codeOf(posted)]).toEqual([400, 'invalid']);
		// A losing run is stored with the server's zero, whatever the page said about it.
		const slow = { ...honest.run, settings: { name: 'gd', lr: 0.01 } };
		const lost = attemptOf(
			await send(me, { kind: 'level', item: 'first-step', version: 1, run: slow })
		);
		expect(lost).toMatchObject({ status: 'accepted', score: 0, stars: 0, passed: false });
		expect(await countFor(db(), me.learnerId)).toBe(2);
	});

	it('replays the same key and payload, refuses it for another payload or while running', async () => {
		const me = await aPrincipal();
		const k = key();
		const first = await send(me, honest, k);
		const reordered = JSON.stringify({
			claim: honest.claim,
			run: honest.run,
			version: 1,
			item: 'first-step',
			kind: 'level'
		});
		const again = await send(me, reordered, k);
		expect(again).toEqual(first);
		const other = await send(me, { ...honest, run: { ...honest.run, seed: 1 } }, k);
		expect([other.status, codeOf(other)]).toEqual([422, 'key-reused']);
		expect(await countFor(db(), me.learnerId)).toBe(1);
		const busy = key();
		await idempotency.begin(db(), {
			learnerId: me.learnerId,
			key: busy,
			payloadHash: payloadHash(honest)
		});
		const running = await send(me, honest, busy);
		expect([running.status, codeOf(running)]).toEqual([409, 'in-progress']);
		// Another learner's keys are their own.
		const other2 = await send(
			await aPrincipal(),
			{ ...honest, run: { ...honest.run, seed: 2 } },
			k
		);
		expect(other2.status).toBe(201);
	});

	it('stores one attempt for twelve simultaneous submissions with one key', async () => {
		const me = await aPrincipal();
		const k = key();
		const replies = await Promise.all(Array.from({ length: 12 }, () => send(me, honest, k)));
		expect(await countFor(db(), me.learnerId)).toBe(1);
		const created = replies.filter((r) => r.status === 201);
		expect(created.length).toBeGreaterThanOrEqual(1);
		for (const r of created) expect(r).toEqual(created[0]);
		expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
		const later = await send(me, honest, k);
		expect(later).toEqual(created[0]);
	});
});

describe('the page’s step-wise run is what the server stores', () => {
	const db = useDatabase(backends[0]);
	it('accepts the claim made by the LevelRun the game draws, on a 2-D level', async () => {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const learner = await aLearner(db(), c.joinCode);
		const ravine = getLevel('ravine-momentum');
		const walk = new LevelRun(ravine, { levelId: ravine.id, version: 1, ...ravine.reference });
		while (walk.step());
		const path = walk.points.map((p) => [p.x, p.y]);
		const claim = { steps: walk.steps.length, finalLoss: walk.losses.at(-1)!, path };
		const body = { kind: 'level', item: ravine.id, version: 1, run: ravine.reference, claim };
		const who: Principal = {
			kind: 'learner',
			learnerId: learner.id,
			classId: c.id,
			displayName: 'a'
		};
		const reply = await submitAttempt(db(), who, 'page-run-1', JSON.stringify(body));
		expect(attemptOf(reply).status).toBe('accepted');
		expect(attemptOf(reply).stars).toBeGreaterThanOrEqual(1);
	});
});

// SQLite's callers above share one connection (its driver queues them); only separate processes,
// like two servers on one file, make them really race.
describe('simultaneous submissions across processes on sqlite', () => {
	const opened = useTestDatabase(backends.find((b) => b.name === 'sqlite')!);

	it('stores exactly one attempt for four processes sending one key', async () => {
		const { db } = opened();
		const c = await aClass(db, (await aTeacher(db)).id);
		const learner = await aLearner(db, c.joinCode);
		const principal: Principal = {
			kind: 'learner',
			learnerId: learner.id,
			classId: c.id,
			displayName: learner.displayName
		};
		const job = { principal, key: 'four-servers', body: JSON.stringify(honest) };
		const replies = await submitTogether(opened().config, [job, job, job, job]);
		expect(await countFor(db, learner.id)).toBe(1);
		const created = replies.filter((r) => r.status === 201);
		expect(created.length).toBeGreaterThanOrEqual(1);
		for (const r of created) expect(r).toEqual(created[0]);
		expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
	}, 30_000);
});
