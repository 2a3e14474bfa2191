// Offline play and the attempt outbox in Chromium (issue 9), with the service worker installed and
// the network taken away by the browser context's offline emulation:
// 1. a signed-in learner opens a level offline (the service worker's copy) and finishes it: the
//    result shows, one attempt waits on the device and none reached the server; online, it is sent;
// 2. five levels finished offline, the browser closed and opened again online on the same profile:
//    the outbox empties and the server holds exactly those five attempts (five keys), each verified
//    with the stars worked out here by hand;
// 3. the connection drops after the server stored an attempt but before its answer arrived: back
//    online, the same Idempotency-Key gets the stored reply, so every attempt is stored exactly once;
// 4. a browser without Background Sync still sends, when a page starts and on the `online` event;
// 5. a new build deployed while a level is half played: the update bar, no reload until the learner
//    accepts, then the new worker and its cache take over and the old cache is gone.
// The only database access is reading what the server stored (and making the teacher's class).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { getLevel, type Level } from '../../src/lib/levels';
import * as auth from '../../src/lib/server/auth/service';
import * as teachers from '../../src/lib/server/db/repos/teachers';
import { serverDatabase, unique } from './checks';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow', networkFailures: 'allowed' });

// ── Words, from the catalogues the pages are built from ────────────────────────────────────────

const MESSAGES: Record<string, unknown> = Object.assign(
	{},
	...['', '/learner', '/pwa'].map((dir) =>
		JSON.parse(readFileSync(resolve(`messages${dir}/en.json`), 'utf8'))
	)
);

/** An English message with its {placeholders} filled in. */
function say(key: string, values: Record<string, string | number> = {}): string {
	const message = MESSAGES[key];
	if (typeof message !== 'string') throw new Error(`no plain message ${key}`);
	return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

// ── The server's database (test-results/data, as playwright.config.ts serves it) ───────────────

const database = serverDatabase();

/** A teacher's class that approves joins by itself; its join code. */
async function aClass(): Promise<string> {
	const db = await database();
	const teacher = await teachers.create(db, {
		login: `${unique('teacher')}@school.example`,
		passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'
	});
	if (!teacher) throw new Error('teacher not made');
	const made = await auth.createClass({ db, address: '192.0.2.1' }, teacher.id, {
		name: unique('Maple'),
		approveJoins: false
	});
	if (!made.ok) throw new Error('class not made');
	return made.joinCodeShown;
}

interface StoredAttempt {
	id: number;
	item: string;
	lr: number;
	status: string;
	stars: number | null;
}

/** What the server stored for the learner: attempts (oldest first) and Idempotency-Keys. */
async function onServer(learnerId: number) {
	const db = await database();
	const rows = await db
		.selectFrom('attempts')
		.select(['id', 'item_id', 'submission', 'status', 'stars'])
		.where('learner_id', '=', learnerId)
		.orderBy('id')
		.execute();
	const keys = await db
		.selectFrom('idempotency_keys')
		.select(['key', 'status', 'response'])
		.where('learner_id', '=', learnerId)
		.execute();
	const attempts: StoredAttempt[] = rows.map((row) => ({
		id: row.id,
		item: row.item_id,
		lr: (JSON.parse(row.submission) as { run: { settings: { lr: number } } }).run.settings.lr,
		status: row.status,
		stars: row.stars
	}));
	/** Each key with the id of the attempt its stored reply names. */
	const replies = keys.map((k) => ({
		key: k.key,
		status: k.status,
		attempt: (JSON.parse(k.response ?? 'null') as { body: { attempt: { id: number } } } | null)
			?.body.attempt.id
	}));
	return { attempts, replies };
}

const attemptCount = async (learnerId: number) => (await onServer(learnerId)).attempts.length;

// ── Levels and the stars they must earn, worked out by hand ────────────────────────────────────

/**
 * The five levels of world 1, each played with plain gradient descent at a rate that wins it. The
 * steps are counted here with a plain loop on each terrain's derivative (the bowl (w − 2)² + 1 and
 * the double well (w² − 1)² + 0.3w, whose left minimum is at w ≈ −1.035579), from the level's own
 * start, goal radius and step budget; the stars follow from the level's thresholds.
 */
const PLAYS = [
	{ id: 'first-step', lr: 0.4, slope: (w: number) => 2 * (w - 2), bottom: 2 },
	{ id: 'too-timid', lr: 0.4, slope: (w: number) => 2 * (w - 2), bottom: 2 },
	{ id: 'zigzag', lr: 0.5, slope: (w: number) => 2 * (w - 2), bottom: 2 },
	{ id: 'edge-of-stability', lr: 0.95, slope: (w: number) => 2 * (w - 2), bottom: 2 },
	{
		id: 'two-valleys',
		lr: 0.2,
		slope: (w: number) => 4 * w * (w * w - 1) + 0.3,
		bottom: -1.035578714
	}
] as const;

function worked(play: (typeof PLAYS)[number]): { steps: number; stars: number } {
	const level: Level = getLevel(play.id);
	if (level.start.kind !== 'fixed' || level.goal.kind !== 'reach' || level.stars.by !== 'steps')
		throw new Error('worked out for a fixed start, a reach goal and stars by steps only');
	let w = level.start.at.w;
	let steps = 0;
	while (Math.abs(w - play.bottom) > level.goal.radius && steps < level.budget.steps!) {
		w -= play.lr * play.slope(w);
		steps++;
	}
	if (Math.abs(w - play.bottom) > level.goal.radius) throw new Error(`${play.id} is not won`);
	const stars = steps <= level.stars.three ? 3 : steps <= level.stars.two ? 2 : 1;
	return { steps, stars };
}

// ── The page ────────────────────────────────────────────────────────────────────────────────────

const hydrated = (page: Page) => expect(page.locator('html[data-hydrated]')).toHaveCount(1);
const slow = expect.configure({ timeout: 20_000 });

/** A learner joins the class in this page (online); returns their id. */
async function joinClass(page: Page, code: string): Promise<number> {
	const name = unique('Mina');
	await page.goto('/join');
	await hydrated(page);
	await page.getByLabel(say('learner_code_label')).fill(code);
	await page.getByLabel(say('learner_name_label')).fill(name);
	await page.getByRole('button', { name: say('learner_join_button'), exact: true }).click();
	await slow(page.getByRole('heading', { level: 1 })).toHaveText(
		say('learner_joined_heading', { name })
	);
	await page.getByRole('link', { name: say('learner_go_to_class') }).click();
	await slow(page.getByText(say('learner_signed_in_as', { name }))).toBeVisible();
	const db = await database();
	const row = await db
		.selectFrom('learners')
		.select('id')
		.where('display_name', '=', name)
		.executeTakeFirstOrThrow();
	// The page has remembered on this device who is signed in (for its offline copies).
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('downhill-learner')))
		.toBe(String(row.id));
	return row.id;
}

/**
 * Waits until the service worker controls the page and has kept every English page it keeps (the
 * install takes a while: every built file and about fifty pages).
 */
async function installed(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 120_000
	});
	const allKept = () =>
		page.evaluate(async () => {
			const { paths } = (await (await fetch('/offline/pages.json')).json()) as { paths: string[] };
			const name = (await caches.keys()).find((key) => key.startsWith('downhill-app-'));
			if (!name) return false;
			const cache = await caches.open(name);
			for (const path of paths) if (!(await cache.match(path))) return false;
			return true;
		});
	await expect.poll(allKept, { timeout: 60_000 }).toBe(true);
}

/** Opens a level and waits until the mountain is ready to play. */
async function openLevel(page: Page, id: string) {
	await page.goto(`/play/${id}`);
	await hydrated(page);
	await slow(page.locator('.map[data-status="ready"]')).toBeVisible({ timeout: 30_000 });
}

async function setRate(page: Page, lr: number) {
	const box = page.getByRole('textbox', { name: say('setting_lr'), exact: true });
	await box.fill(String(lr));
	await box.press('Enter');
	await expect(box).toHaveValue(String(lr));
}

/** Plays the level at `lr` to the end; the result shows the goal reached in `steps`. */
async function finish(page: Page, lr: number, steps: number) {
	await setRate(page, lr);
	await page.getByRole('button', { name: say('transport_end') }).click();
	const result = page.getByRole('region', { name: say('result_won_heading') });
	await slow(result).toBeVisible();
	await expect(result).toContainText(say('result_goal', { steps }));
}

/** How many of the learner's attempts the page says wait on this device. */
const pending = (page: Page) => page.getByTestId('outbox-pending');
const note = (page: Page) => page.getByTestId('send-note');

/** The attempt was kept on the device and waits for the connection. */
async function savedOffline(page: Page, waiting: number) {
	await slow(note(page)).toHaveAttribute('data-state', 'waiting');
	await expect(note(page)).toContainText(say('learner_saved_waiting'));
	await expect(note(page)).toContainText(say('learner_wait_offline'));
	await expect(pending(page)).toHaveAttribute('data-count', String(waiting));
	await expect(pending(page)).toContainText(say('learner_outbox_waiting', { count: waiting }));
}

interface RawEntry {
	key: string;
	learnerId: number;
	item: string;
}

/** The outbox as stored in IndexedDB, read directly (not through the app): entries and receipts. */
function outboxOnDevice(page: Page) {
	return page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name);
		if (!names.includes('downhill-outbox')) return { entries: [], receipts: [] };
		const db = await new Promise<IDBDatabase>((done, fail) => {
			const request = indexedDB.open('downhill-outbox');
			request.onsuccess = () => done(request.result);
			request.onerror = () => fail(request.error);
		});
		const all = (store: string) =>
			new Promise<unknown[]>((done, fail) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => done(request.result);
				request.onerror = () => fail(request.error);
			});
		type Entry = { key: string; learnerId: number; payload: { item: string } };
		type Receipt = { key: string; attempt: { id: number } };
		const entries = ((await all('entries')) as Entry[]).map((e) => ({
			key: e.key,
			learnerId: e.learnerId,
			item: e.payload.item
		}));
		const receipts = ((await all('receipts')) as Receipt[]).map((r) => ({
			key: r.key,
			attempt: r.attempt.id
		}));
		db.close();
		return { entries, receipts };
	}) as Promise<{ entries: RawEntry[]; receipts: { key: string; attempt: number }[] }>;
}

const entryKeys = async (page: Page) => (await outboxOnDevice(page)).entries.map((e) => e.key);

// ── The tests ───────────────────────────────────────────────────────────────────────────────────

test('a level opened and finished offline waits on the device, then is sent once online', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	const learnerId = await joinClass(page, await aClass());
	await page.goto('/play');
	await hydrated(page);
	await installed(page);

	await context.setOffline(true);
	await openLevel(page, 'first-step');
	// The page is the service worker's kept (anonymous) copy: it says so in Server-Timing.
	const fromCache = await page.evaluate(() =>
		(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).serverTiming.map(
			(t) => t.name
		)
	);
	expect(fromCache).toContain('sw-cache');
	await finish(page, 0.4, worked(PLAYS[0]).steps);
	await savedOffline(page, 1);
	const [entry] = (await outboxOnDevice(page)).entries;
	expect(entry).toMatchObject({ learnerId, item: 'first-step' });
	expect(await attemptCount(learnerId)).toBe(0);

	await context.setOffline(false);
	await slow(note(page)).toContainText(say('learner_sent'));
	await expect(pending(page)).toHaveAttribute('data-count', '0');
	const { attempts, replies } = await onServer(learnerId);
	expect(attempts).toEqual([
		expect.objectContaining({ item: 'first-step', lr: 0.4, status: 'accepted', stars: 3 })
	]);
	expect(replies.map((r) => r.key)).toEqual([entry.key]);
});

test('five levels finished offline reach the server exactly once after the app is reopened online', async ({
	playwright,
	launchOptions,
	baseURL,
	watch
}) => {
	test.setTimeout(420_000);
	const expected = PLAYS.map((play) => ({ ...play, ...worked(play) }));
	// Pinned (the engine's runLevel gives the same), so a change to one of these levels shows here.
	expect(expected.map((e) => [e.steps, e.stars])).toEqual([
		[3, 3],
		[3, 3],
		[1, 3],
		[44, 2],
		[8, 3]
	]);
	const code = await aClass();
	// IndexedDB, the service worker and cookies must outlive the browser: a profile on disk.
	const profile = mkdtempSync(join(tmpdir(), 'downhill-outbox-'));
	let browserContext: BrowserContext | undefined;
	const launch = async () => {
		const context = await playwright.chromium.launchPersistentContext(profile, {
			...launchOptions,
			baseURL,
			serviceWorkers: 'allow'
		});
		browserContext = context;
		const page = context.pages()[0] ?? (await context.newPage());
		watch.add(page);
		return { context, page };
	};
	try {
		let { context, page } = await launch();
		const learnerId = await joinClass(page, code);
		await page.goto('/play');
		await hydrated(page);
		await installed(page);

		await context.setOffline(true);
		for (const [i, play] of expected.entries()) {
			await openLevel(page, play.id);
			await finish(page, play.lr, play.steps);
			await savedOffline(page, i + 1);
		}
		const { entries } = await outboxOnDevice(page);
		expect(entries.map((e) => e.item)).toEqual(PLAYS.map((p) => p.id));
		expect(entries.every((e) => e.learnerId === learnerId)).toBe(true);
		const keys = entries.map((e) => e.key);
		expect(new Set(keys).size).toBe(5);
		expect(await attemptCount(learnerId)).toBe(0);
		await context.close();

		// The app opened again, with the network back.
		({ context, page } = await launch());
		await page.goto('/play');
		await hydrated(page);
		await expect.poll(() => attemptCount(learnerId), { timeout: 60_000 }).toBe(5);
		await expect.poll(() => entryKeys(page), { timeout: 30_000 }).toEqual([]);
		await expect(pending(page)).toHaveAttribute('data-count', '0');
		await expect(pending(page)).toBeHidden();
		const { attempts, replies } = await onServer(learnerId);
		expect(attempts.map((a) => [a.item, a.lr, a.status, a.stars])).toEqual(
			expected.map((e) => [e.id, e.lr, 'accepted', e.stars])
		);
		expect(replies.map((r) => r.key).sort()).toEqual([...keys].sort());
		expect(replies.every((r) => r.status === 'done')).toBe(true);
		const ids = (list: (number | undefined)[]) => [...list].sort((a, b) => a! - b!);
		expect(ids(replies.map((r) => r.attempt))).toEqual(ids(attempts.map((a) => a.id)));
	} finally {
		await browserContext?.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('a connection dropped in the middle of a sync loses nothing and stores nothing twice', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	const learnerId = await joinClass(page, await aClass());
	await openLevel(page, 'first-step');
	await installed(page);
	// Three runs of the level, at three rates (the steps by the bowl's |1 − 2η| rule: 5 · |1 − 2η|ᵏ
	// ≤ 0.05), finished offline.
	const runs = [
		{ lr: 0.4, steps: 3 },
		{ lr: 0.2, steps: 10 },
		{ lr: 0.3, steps: 6 }
	];
	await context.setOffline(true);
	for (const [i, run] of runs.entries()) {
		await finish(page, run.lr, run.steps);
		await savedOffline(page, i + 1);
	}
	const keys = await entryKeys(page);
	expect(keys).toHaveLength(3);

	// The second attempt reaches the server and is stored, but its answer never comes back: the
	// connection goes down while the answer is on its way. Every answer that does arrive is noted.
	const key = (request: Request) => request.headers()['idempotency-key'];
	type Answer = { key: string; status: number; attempt: number };
	let lost = null as Answer | null;
	const answered: Answer[] = [];
	await context.route('**/api/attempts', async (route) => {
		const request = route.request();
		if (key(request) !== keys[1] || lost) return route.continue();
		const response = await route.fetch();
		const body = (await response.json()) as { attempt: { id: number } };
		lost = { key: key(request), status: response.status(), attempt: body.attempt.id };
		await context.setOffline(true);
		await route.abort('connectionreset');
	});
	context.on('response', async (response) => {
		if (!response.url().endsWith('/api/attempts')) return;
		const body = (await response.json()) as { attempt: { id: number } };
		answered.push({
			key: key(response.request()),
			status: response.status(),
			attempt: body.attempt.id
		});
	});
	await context.setOffline(false);
	await expect.poll(() => attemptCount(learnerId), { timeout: 30_000 }).toBe(2);
	await expect.poll(() => entryKeys(page)).toEqual(keys.slice(1));
	await expect(pending(page)).toHaveAttribute('data-count', '2');
	expect(lost).toMatchObject({ key: keys[1], status: 201 });

	await context.setOffline(false);
	await expect.poll(() => attemptCount(learnerId), { timeout: 30_000 }).toBe(3);
	await expect.poll(() => entryKeys(page)).toEqual([]);
	await expect(pending(page)).toHaveAttribute('data-count', '0');
	const { attempts, replies } = await onServer(learnerId);
	expect(attempts.map((a) => [a.lr, a.status])).toEqual(runs.map((r) => [r.lr, 'accepted']));
	expect(replies.map((r) => r.key).sort()).toEqual([...keys].sort());
	const attemptOf = (k: string) => replies.find((r) => r.key === k)!.attempt;
	expect(keys.map(attemptOf)).toEqual(attempts.map((a) => a.id));
	// One answer reached the device per attempt; the dropped one's, sent again with the same key,
	// names the attempt stored the first time.
	expect(lost!.attempt).toBe(attempts[1].id);
	await expect.poll(() => answered.length).toBe(3);
	const byAttempt = (a: { attempt: number }, b: { attempt: number }) => a.attempt - b.attempt;
	expect(answered.sort(byAttempt)).toEqual(
		keys.map((k, i) => ({ key: k, status: 201, attempt: attempts[i].id }))
	);
	const { receipts } = await outboxOnDevice(page);
	expect(receipts.find((r) => r.key === keys[1])?.attempt).toBe(attempts[1].id);
});

test('without Background Sync, attempts are still sent when a page starts and on `online`', async ({
	page,
	context,
	watch
}) => {
	test.setTimeout(240_000);
	// A browser without Background Sync (Firefox, Safari): gone before any page script runs.
	await context.addInitScript(() => {
		delete (window as { SyncManager?: unknown }).SyncManager;
		delete (ServiceWorkerRegistration.prototype as { sync?: unknown }).sync;
	});
	const learnerId = await joinClass(page, await aClass());
	expect(
		await page.evaluate(() => ({
			manager: 'SyncManager' in window,
			sync: 'sync' in ServiceWorkerRegistration.prototype
		}))
	).toEqual({ manager: false, sync: false });
	await openLevel(page, 'first-step');
	await installed(page);

	// Finished offline, and the page closed before the connection is back.
	await context.setOffline(true);
	await finish(page, 0.4, 3);
	await savedOffline(page, 1);
	await page.close();
	await context.setOffline(false);
	expect(await attemptCount(learnerId)).toBe(0);
	// The next page sends it as it starts.
	const next = await context.newPage();
	watch.add(next);
	await openLevel(next, 'too-timid');
	await expect.poll(() => attemptCount(learnerId), { timeout: 30_000 }).toBe(1);
	await expect.poll(() => entryKeys(next)).toEqual([]);

	// Finished offline on this page; the connection comes back without a reload.
	await context.setOffline(true);
	await finish(next, 0.4, 3);
	await savedOffline(next, 1);
	expect(await attemptCount(learnerId)).toBe(1);
	await context.setOffline(false);
	await slow(note(next)).toContainText(say('learner_sent'));
	await expect(pending(next)).toHaveAttribute('data-count', '0');
	const { attempts } = await onServer(learnerId);
	expect(attempts.map((a) => [a.item, a.status, a.stars])).toEqual([
		['first-step', 'accepted', 3],
		['too-timid', 'accepted', 3]
	]);
});

/** The caches of the app's versions (the service worker's settings have a cache of their own). */
const appCaches = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('downhill-app-')));

/**
 * The app behind a small HTTP proxy of the test's own, standing for the deployment: after
 * `deploy(from, to)` it answers /service-worker.js with the built worker whose version `from` is
 * replaced by `to` everywhere, which is what the next build serves. (Playwright's context.route
 * cannot do this: Chromium fetches the worker script for an update check in the browser process,
 * and neither context.route nor a browser-wide DevTools Fetch interception ever sees that request.)
 */
async function deployment(upstream: string) {
	const target = new URL(upstream);
	let swap: { from: string; to: string } | null = null;
	const served: string[] = [];
	const server = createServer((request, reply) => {
		const url = new URL(request.url ?? '/', upstream);
		const swapped = swap !== null && url.pathname === '/service-worker.js' ? swap : null;
		const headers = { ...request.headers, host: target.host };
		// The text is changed here, so it must come unencoded (the server has .br and .gz copies).
		if (swapped) delete headers['accept-encoding'];
		const forward = httpRequest(url, { method: request.method, headers }, (answer) => {
			if (!swapped || answer.statusCode !== 200) {
				reply.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(reply);
				return;
			}
			const chunks: Buffer[] = [];
			answer.on('data', (chunk: Buffer) => chunks.push(chunk));
			answer.on('end', () => {
				const script = Buffer.concat(chunks).toString('utf8');
				const body = Buffer.from(script.replaceAll(swapped.from, swapped.to));
				served.push(url.pathname);
				const { etag: _, 'last-modified': __, ...kept } = answer.headers;
				reply.writeHead(200, { ...kept, 'content-length': body.length });
				reply.end(body);
			});
		});
		forward.on('error', () => reply.destroy());
		request.pipe(forward);
	});
	await new Promise<void>((listening) => server.listen(0, 'localhost', listening));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://localhost:${port}`,
		served,
		deploy: (from: string, to: string) => (swap = { from, to }),
		close: () => {
			server.closeAllConnections();
			return new Promise<void>((closed) => server.close(() => closed()));
		}
	};
}

test('a new build while a level is half played: the update bar, and no reload until accepted', async ({
	browser,
	baseURL,
	watch
}) => {
	test.setTimeout(300_000);
	const site = await deployment(baseURL!);
	const context = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		watch.add(page, site.origin);
		await openLevel(page, 'first-step');
		await installed(page);
		const { version } = (await (await page.request.get('/_app/version.json')).json()) as {
			version: string;
		};
		const next = `${version}-next`;
		expect(await appCaches(page)).toEqual([`downhill-app-${version}`]);

		// Three steps into the level, with the path table open to count them.
		await page.getByText(say('player_table_show')).click();
		const steps = page.getByTestId('path-table').locator('tbody th[scope="row"]');
		for (let i = 0; i < 3; i++)
			await page.getByRole('button', { name: say('transport_step') }).click();
		await expect(steps).toHaveText(['0', '1', '2', '3']);
		await page.evaluate(() => ((window as { marker?: string }).marker = 'before'));

		// The new build is deployed; the page looks for it as it does when it comes back into view
		// (Pwa.svelte: on `visibilitychange` to visible, and every half hour).
		site.deploy(version, next);
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		const bar = page.getByRole('region', { name: say('pwa_update_label') });
		await expect(bar).toContainText(say('pwa_update_ready'), { timeout: 120_000 });
		expect(site.served.length).toBeGreaterThan(0);

		// Nothing reloaded: the marker and the three steps are still there, the new worker waits.
		expect(await page.evaluate(() => (window as { marker?: string }).marker)).toBe('before');
		await expect(steps).toHaveText(['0', '1', '2', '3']);
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return registration?.waiting?.state;
			})
		).toBe('installed');
		expect((await appCaches(page)).sort()).toEqual(
			[`downhill-app-${next}`, `downhill-app-${version}`].sort()
		);

		// Accepted: the page reloads under the new worker, and the old version's cache is gone.
		const reloaded = page.waitForEvent('load');
		await bar.getByRole('button', { name: say('pwa_update_reload') }).click();
		await reloaded;
		await hydrated(page);
		expect(await page.evaluate(() => (window as { marker?: string }).marker)).toBeUndefined();
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return {
					controlled: navigator.serviceWorker.controller !== null,
					waiting: registration?.waiting ?? null
				};
			})
		).toEqual({ controlled: true, waiting: null });
		expect(await appCaches(page)).toEqual([`downhill-app-${next}`]);
		await expect(bar).toHaveCount(0);
	} finally {
		await context.close();
		await site.close();
	}
});
