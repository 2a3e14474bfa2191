// The endpoints as SvelteKit calls them, on a SQLite database of their own (getDatabase reads
// DATA_DIR on first use): status, JSON body and headers, and who may call them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '$lib/server/auth/tokens';
import { closeDatabase, getDatabase } from '$lib/server/db';
import { aClass, aLearner, aTeacher } from '$lib/server/db/testing/fixtures';
import { getLevel } from '$lib/levels';
import { POST } from './+server';
import { GET } from '../progress/+server';

const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
let dir = '';

beforeAll(async () => {
	await closeDatabase();
	dir = mkdtempSync(join(tmpdir(), 'downhill-api-'));
	process.env.DATA_DIR = dir;
	delete process.env.DATABASE_URL;
});

afterAll(async () => {
	await closeDatabase();
	for (const [name, value] of Object.entries(saved))
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	rmSync(dir, { recursive: true, force: true });
});

const event = (principal: Principal | null, request: Request) =>
	({ request, locals: { principal }, url: new URL(request.url) }) as unknown as RequestEvent;

const post = (
	principal: Principal | null,
	body: string,
	key: string | null = 'endpoint-key-1',
	extra: Record<string, string> = {}
) => {
	const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
	if (key) headers['idempotency-key'] = key;
	const request = new Request('http://localhost/api/attempts', { method: 'POST', headers, body });
	return POST(event(principal, request) as Parameters<typeof POST>[0]);
};
const get = (principal: Principal | null) =>
	GET(event(principal, new Request('http://localhost/api/progress')) as Parameters<typeof GET>[0]);

async function aLearnerPrincipal(): Promise<Principal> {
	const { db } = await getDatabase();
	const c = await aClass(db, (await aTeacher(db)).id);
	const l = await aLearner(db, c.joinCode);
	return { kind: 'learner', learnerId: l.id, classId: c.id, displayName: l.displayName };
}

const level = getLevel('first-step');
const body = JSON.stringify({ kind: 'level', item: level.id, version: 1, run: level.reference });

describe('POST /api/attempts', () => {
	it('stores a verified attempt: 201, JSON, not cached, replayed for a retry', async () => {
		const me = await aLearnerPrincipal();
		const first = await post(me, body);
		expect(first.status).toBe(201);
		expect(first.headers.get('cache-control')).toBe('no-store');
		expect(first.headers.get('content-type')).toMatch(/^application\/json/);
		const json = await first.json();
		expect(json.attempt).toMatchObject({ status: 'accepted', stars: 3, score: 1 });
		const again = await post(me, body);
		expect([again.status, await again.json()]).toEqual([201, json]);
		const other = await post(me, body.replace('"seed":0', '"seed":3'));
		expect(other.status).toBe(422);
	});

	it('checks who is asking first, then the key, then the body', async () => {
		expect((await post(null, 'not json')).status).toBe(401);
		const teacher: Principal = { kind: 'teacher', teacherId: 1, login: 't@school.example' };
		expect((await post(teacher, 'not json')).status).toBe(403);
		const me = await aLearnerPrincipal();
		const noKey = await post(me, 'not json', null);
		expect([noKey.status, (await noKey.json()).error.code]).toEqual([400, 'missing-key']);
		const broken = await post(me, 'not json', 'endpoint-key-2');
		expect(broken.status).toBe(400);
		expect((await broken.json()).error.message).toMatch(/^The request body is not valid JSON: /);
		const huge = await post(me, ' '.repeat(70_000) + body, 'endpoint-key-3');
		expect([huge.status, (await huge.json()).error.code]).toEqual([400, 'too-large']);
	});

	it('refuses an attempt the outbox meant for another learner, and stores nothing', async () => {
		const me = await aLearnerPrincipal();
		const id = (me as { learnerId: number }).learnerId;
		const other = await post(me, body, 'endpoint-key-4', { 'downhill-learner': String(id + 1) });
		expect([other.status, (await other.json()).error.code]).toEqual([409, 'wrong-learner']);
		expect((await (await get(me)).json()).items).toEqual([]);
		const mine = await post(me, body, 'endpoint-key-4', { 'downhill-learner': String(id) });
		expect(mine.status).toBe(201);
	});
});

describe('GET /api/progress', () => {
	it('gives the learner their own best per item, and nobody else anything', async () => {
		expect((await get(null)).status).toBe(401);
		const me = await aLearnerPrincipal();
		await post(me, body, 'progress-key-1');
		const reply = await get(me);
		expect(reply.status).toBe(200);
		expect(reply.headers.get('cache-control')).toBe('no-store');
		const { items } = await reply.json();
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ item: { kind: 'level', id: 'first-step' }, stars: 3 });
		const stranger = await aLearnerPrincipal();
		expect((await (await get(stranger)).json()).items).toEqual([]);
	});
});
