// The learner's side of a classroom in a real browser: joining with a class code and a name only,
// the four sign-in words shown once, playing the first level and seeing the server's verdict on
// "my class", signing out and in again with the words, a name that looks like HTML shown as text,
// guessing codes held back with 429, waiting for approval, forms without JavaScript, Korean,
// 360 px and axe-core. Teachers, classes and assignments are made with the app's own server modules
// on the database the e2e server uses (playwright.config.ts: DATA_DIR=test-results/data).
import type { Page } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { getLevel, runLevel } from '../../src/lib/levels';
import { chain } from '../../src/lib/puzzles';
import * as auth from '../../src/lib/server/auth/service';
import * as assignments from '../../src/lib/server/db/repos/assignments';
import * as teachers from '../../src/lib/server/db/repos/teachers';
import { axe, serverDatabase, unique } from './checks';
import { expect, test } from './fixtures';

const FIRST = getLevel('first-step');
const SECOND = getLevel('too-timid');
const DAY = 86_400_000;

const database = serverDatabase();

/** A teacher with a class (first level due tomorrow, second due yesterday); its join code. */
async function aClassroom(options: { approveJoins?: boolean } = {}) {
	const db = await database();
	const teacher = await teachers.create(db, {
		login: `${unique('teacher')}@school.example`,
		passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'
	});
	if (!teacher) throw new Error('teacher not made');
	const name = `Maple ${unique('5B')}`;
	const ctx = { db, address: '192.0.2.1' };
	const made = await auth.createClass(ctx, teacher.id, {
		name,
		approveJoins: options.approveJoins ?? false
	});
	if (!made.ok) throw new Error('class not made');
	const due = (days: number) => new Date(Date.now() + days * DAY);
	for (const [level, days] of [
		[FIRST, 1],
		[SECOND, -1]
	] as const) {
		const item = { kind: 'level' as const, id: level.id, version: level.version };
		await assignments.create(db, { classId: made.class.id, item, dueAt: due(days) });
	}
	return { teacherId: teacher.id, classId: made.class.id, name, code: made.joinCodeShown };
}

const hydrated = (page: Page) => expect(page.locator('html[data-hydrated]')).toHaveCount(1);

async function join(page: Page, code: string, name: string, prefix = '') {
	await page.goto(`${prefix}/join`);
	await hydrated(page);
	const labels = prefix === '/ko' ? ['반 코드', '반에서 쓸 이름', '들어가기'] : [];
	await page.getByLabel(labels[0] ?? 'Class code').fill(code);
	await page.getByLabel(labels[1] ?? 'Your name in the class').fill(name);
	await page.getByRole('button', { name: labels[2] ?? 'Join', exact: true }).click();
}

/** The four words the page shows after joining. */
async function signInWords(page: Page): Promise<string> {
	const shown = page.getByTestId('sign-in-code');
	await expect(shown).toBeVisible();
	const code = (await shown.getAttribute('data-code'))!;
	expect(code).toMatch(/^[a-z]+-[a-z]+-[a-z]+-[a-z]+$/);
	await expect(shown.getByRole('listitem')).toHaveText(code.split('-'));
	return code;
}

const assignment = (page: Page, id: string) => page.locator(`li[data-item="${id}"]`);

test('a learner joins, plays the first level, sees the server’s stars, and signs in again with the words', async ({
	page
}) => {
	test.setTimeout(90_000);
	const room = await aClassroom();
	const name = unique('Mina');
	await join(page, room.code.toLowerCase().replace('-', ' '), name);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`You are in, ${name}!`);
	const words = await signInWords(page);
	await expect(page.getByText('Write these words down now.')).toBeVisible();
	await expect(page.getByText('Your teacher can print them for you too.')).toBeVisible();
	await axe(page, 'joined');

	await page.getByRole('link', { name: 'Go to my class' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(room.name);
	await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
	await expect(assignment(page, FIRST.id)).toContainText('Not started');
	await expect(assignment(page, FIRST.id)).toContainText('Due ');
	await expect(assignment(page, SECOND.id)).toContainText('Overdue: it was due');
	await expect(page.getByText('0 of 2 done')).toBeVisible();
	await axe(page, 'my class before');

	await assignment(page, FIRST.id).getByRole('link', { name: FIRST.title.en }).click();
	await expect(page.locator('.map[data-status="ready"]')).toBeVisible({ timeout: 20_000 });
	const rate = page.getByRole('textbox', { name: 'Learning rate η', exact: true });
	await rate.fill('0.4');
	await rate.press('Enter');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const result = page.getByRole('region', { name: 'You reached the goal!' });
	await expect(result).toBeVisible({ timeout: 15_000 });
	await expect(page.getByTestId('send-note')).toContainText('Sent to your class ✓');

	// The server's own stars for this run, re-computed here from the same settings, start and seed.
	const db = await database();
	const stored = await db
		.selectFrom('attempts')
		.innerJoin('learners', 'learners.id', 'attempts.learner_id')
		.select(['attempts.submission', 'attempts.stars', 'attempts.status'])
		.where('learners.display_name', '=', name)
		.execute();
	expect(stored).toHaveLength(1);
	const submission = JSON.parse(stored[0].submission);
	expect(Object.keys(submission).sort()).toEqual(['item', 'kind', 'run', 'version']);
	expect(submission.run.seed).toBe(0);
	const replay = runLevel(FIRST, { levelId: FIRST.id, version: FIRST.version, ...submission.run });
	expect(stored[0]).toMatchObject({ status: 'accepted', stars: replay.stars });
	expect(replay.stars).toBe(3);

	await page.goto('/class');
	await expect(assignment(page, FIRST.id)).toContainText('Done ✓');
	await expect(assignment(page, FIRST.id).getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
	await expect(page.getByText('1 of 2 done')).toBeVisible();

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/signin\?signed-out$/);
	await expect(page.getByText('You are signed out.')).toBeVisible();
	await page.goto('/class');
	await expect(page).toHaveURL(/\/signin$/);
	await hydrated(page);
	// Lenient: capitals and spaces instead of dashes.
	await page.getByLabel('Your four words').fill(`  ${words.toUpperCase().replaceAll('-', '  ')} `);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page).toHaveURL(/\/class$/);
	await expect(assignment(page, FIRST.id)).toContainText('Done ✓');
});

/** What the server stored for this learner, oldest first. */
async function storedAttempts(name: string) {
	const db = await database();
	const rows = await db
		.selectFrom('attempts')
		.innerJoin('learners', 'learners.id', 'attempts.learner_id')
		.select(['attempts.item_kind', 'attempts.item_id', 'attempts.submission', 'attempts.status'])
		.where('learners.display_name', '=', name)
		.orderBy('attempts.id')
		.execute();
	return rows.map((r) => ({
		...r,
		submission: JSON.parse(r.submission) as Record<string, unknown>
	}));
}

test('a given-up puzzle and a checked quiz answer are sent to the class, with no score in them', async ({
	page
}) => {
	test.setTimeout(60_000);
	const room = await aClassroom();
	const name = unique('Sol');
	await join(page, room.code, name);
	await signInWords(page);

	const puzzle = chain.TIERS[0].puzzles[0];
	await page.goto(`/puzzles/${puzzle.id}`);
	await hydrated(page);
	// Nothing is sent while the puzzle is still going.
	await expect(page.getByTestId('send-note')).toHaveAttribute('data-state', 'idle');
	await expect(page.getByTestId('send-note')).toHaveText('');
	await page.getByRole('button', { name: 'Give up' }).click();
	await page.getByRole('button', { name: 'Yes, show the solution' }).click();
	await expect(page.getByTestId('send-note')).toContainText('Sent to your class ✓');
	await axe(page, 'puzzle sent');

	await page.goto('/quiz/round?seed=7');
	const card = page.locator('article[data-question]');
	await expect(card).toBeVisible({ timeout: 20_000 });
	const kind = await card.getAttribute('data-kind');
	if (kind === 'choice') await card.getByRole('radio').first().check();
	if (kind === 'numeric') await card.getByRole('textbox').fill('0');
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(card.getByTestId('send-note')).toContainText('Sent to your class ✓');

	const stored = await storedAttempts(name);
	expect(stored.map((a) => [a.item_kind, a.item_id, a.status])).toEqual([
		['puzzle', puzzle.id, 'accepted'],
		['quiz', await card.getAttribute('data-question'), 'accepted']
	]);
	expect(stored[0].submission).toMatchObject({ seed: 0, hints: 0, gaveUp: true });
	expect(stored[1].submission.seed).toBe(Number(await card.getAttribute('data-seed')));
	for (const { submission } of stored) {
		expect(Object.keys(submission).join(' ')).not.toMatch(/score|stars|loss|correct/);
	}
});

test('people who are not signed in as learners send nothing and see no note', async ({ page }) => {
	const posts: string[] = [];
	page.on('request', (r) => r.url().includes('/api/attempts') && posts.push(r.url()));
	await page.goto(`/puzzles/${chain.TIERS[0].puzzles[0].id}`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Give up' }).click();
	await page.getByRole('button', { name: 'Yes, show the solution' }).click();
	await expect(page.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
	await expect(page.getByTestId('send-note')).toHaveCount(0);
	expect(posts).toEqual([]);
});

test('a name that looks like a script is shown as text, and no script runs', async ({ page }) => {
	const room = await aClassroom();
	const name = `<script>alert(1)</script>${Math.random().toString(36).slice(2, 5)}`;
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await join(page, room.code, name);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`You are in, ${name}!`);
	await page.goto('/class');
	await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
	await page.reload();
	await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
	expect(await page.locator('main script').count()).toBe(0);
	expect(dialogs).toBe(0);
	// A second learner may not take the same name: the message sits beside the name field.
	await page.context().clearCookies();
	await join(page, room.code, name);
	const field = page.getByLabel('Your name in the class');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#displayName-problem')).toHaveText(
		'Someone in this class already uses this name. Add a letter or pick another.'
	);
	await expect(field).toHaveAccessibleDescription(/already uses this name/);
	await axe(page, 'name taken');
});

/** A loopback address of its own (127.x.y.z), so the lock-out hits no other test. */
const freshAddress = () =>
	`127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** One request to the e2e server from `address`. */
function fromAddress(
	baseURL: string,
	address: string,
	init: { method: string; path: string; headers: Record<string, string>; body?: Buffer }
): Promise<RawResponse> {
	const url = new URL(init.path, baseURL);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port: url.port,
				path: url.pathname + url.search,
				method: init.method,
				headers: init.headers,
				localAddress: address
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					const headers: Record<string, string> = {};
					for (const [key, value] of Object.entries(res.headers)) {
						if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
					}
					resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
				});
			}
		);
		req.on('error', reject);
		req.end(init.body);
	});
}

test('guessing class codes is held back: the 11th wrong code gets 429 and a friendly wait', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	const address = freshAddress();
	// The browser's form posts travel from their own address (the server sees nothing else changed).
	await page.route(
		(url) => url.pathname === '/join',
		async (route) => {
			const request = route.request();
			if (request.method() !== 'POST') return route.continue();
			const answer = await fromAddress(baseURL!, address, {
				method: 'POST',
				path: request.url(),
				headers: await request.allHeaders(),
				body: request.postDataBuffer() ?? undefined
			});
			await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
		}
	);
	await page.goto('/join');
	await hydrated(page);
	const code = page.getByLabel('Class code');
	const problem = page.locator('#code-problem');
	/** Clicks Join and waits for this post's answer (the message alone may be the last one's). */
	const submit = () =>
		Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/join')),
			page.getByRole('button', { name: 'Join', exact: true }).click()
		]);
	for (let i = 1; i <= 10; i++) {
		await code.fill(`ZZZZ-${String(i).padStart(4, '0')}`);
		await page.getByLabel('Your name in the class').fill('Tim');
		await submit();
		await expect(problem).toHaveText(
			'There is no class with this code. Check it with your teacher.'
		);
		await expect(code).toHaveValue(`ZZZZ-${String(i).padStart(4, '0')}`);
	}
	await submit();
	await expect(problem).toContainText('Too many tries from here.');
	await expect(problem).toContainText(/Please wait \d+ seconds before you try again\./);
	await axe(page, 'rate limited');

	// Without JavaScript the same post is a 429 page with Retry-After, and signing in is held too.
	const form = (fields: Record<string, string>) =>
		Buffer.from(new URLSearchParams(fields).toString());
	const headers = {
		accept: 'text/html',
		origin: new URL(baseURL!).origin,
		'content-type': 'application/x-www-form-urlencoded'
	};
	for (const [path, body] of [
		['/join?/join', form({ code: 'ZZZZ-9999', displayName: 'Tim' })],
		['/signin?/signin', form({ code: 'river candle tiger plum' })]
	] as const) {
		const answer = await fromAddress(baseURL!, address, { method: 'POST', path, headers, body });
		expect(answer.status, path).toBe(429);
		expect(Number(answer.headers['retry-after']), path).toBeGreaterThan(0);
		expect(answer.body.toString()).toContain('Too many tries from here.');
	}
});

test('a class that approves joins makes the learner wait, and says so', async ({ page }) => {
	const room = await aClassroom({ approveJoins: true });
	const name = unique('Jun');
	await join(page, room.code, name);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Almost there, ${name}!`);
	await expect(page.getByText('Your teacher still has to let you into the class.')).toBeVisible();
	const words = await signInWords(page);
	await page.goto('/class');
	await expect(page).toHaveURL(/\/signin$/);
	await hydrated(page);
	await page.getByLabel('Your four words').fill(words);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.locator('#code-problem')).toHaveText(
		'You are in! Your teacher still has to let you into the class.'
	);
	// Once approved (the teacher's own operation), the same words work.
	const db = await database();
	const learner = await db
		.selectFrom('learners')
		.select('id')
		.where('display_name', '=', name)
		.executeTakeFirstOrThrow();
	const approved = await auth.approveLearner({ db, address: '192.0.2.1' }, room.teacherId, {
		learnerId: learner.id
	});
	expect(approved.ok).toBe(true);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page).toHaveURL(/\/class$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(room.name);
});

test('joining, signing out and signing in work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const room = await aClassroom();
	const name = unique('Ana');
	await page.goto('/join?code=' + encodeURIComponent(room.code));
	await expect(page.getByLabel('Class code')).toHaveValue(room.code);
	await page.getByLabel('Your name in the class').fill(name);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`You are in, ${name}!`);
	const words = (await page.getByTestId('sign-in-code').getAttribute('data-code'))!;
	await page.getByRole('link', { name: 'Go to my class' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(room.name);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByText('You are signed out.')).toBeVisible();
	await page.getByLabel('Your four words').fill('river candle');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.locator('#code-problem')).toContainText('Type the four words from your card');
	await page.getByLabel('Your four words').fill(words);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page).toHaveURL(/\/class$/);
	await context.close();
});

test('in Korean on a 360 px touch screen: join, my class, sign-in; 44 px targets and axe', async ({
	browser
}) => {
	// A join, three pages and three axe scans: 16–23 s with two workers, and over the default 30 s
	// when the machine was busier (three workers on two CPUs).
	test.slow();
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	const room = await aClassroom();
	const name = `하늘-${Math.random().toString(36).slice(2, 6)}`;
	await join(page, room.code, name, '/ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name}, 반에 들어왔어요!`);
	await expect(page.getByText('이 단어들을 지금 종이에 적어 두세요.')).toBeVisible();
	await axe(page, 'ko joined 360');
	await page.getByRole('link', { name: '우리 반으로 가기' }).tap();
	await expect(page).toHaveURL(/\/ko\/class$/);
	await expect(page.getByText(`${name}(으)로 로그인했어요`)).toBeVisible();
	await expect(assignment(page, SECOND.id)).toContainText('마감이 지났어요');
	await expect(page.getByText('2개 중 0개 끝냈어요')).toBeVisible();
	await axe(page, 'ko class 360');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	for (const target of await page.locator('main a, main button').all()) {
		const box = (await target.boundingBox())!;
		expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
	}
	await page.getByRole('button', { name: '로그아웃' }).tap();
	await expect(page).toHaveURL(/\/ko\/signin\?signed-out$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('우리 반에 로그인하기');
	await axe(page, 'ko signin 360');
	await context.close();
});

test('the join and sign-in forms pass axe in both colour schemes, with errors showing', async ({
	page
}) => {
	// Four pages and four axe scans: more than the default 30 s on a busy CI machine.
	test.slow();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/signin');
		await hydrated(page);
		await page.getByRole('button', { name: 'Sign in', exact: true }).click();
		await expect(page.locator('#code-problem')).toBeVisible();
		await axe(page, `signin error ${scheme}`);
		await page.goto('/join');
		await hydrated(page);
		await axe(page, `join ${scheme}`);
		await page.keyboard.press('Tab'); // skip link
		await page.getByLabel('Class code').focus();
		await page.keyboard.type('not a code');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Kim');
		await page.keyboard.press('Enter');
		await expect(page.locator('#code-problem')).toHaveText(
			'There is no class with this code. Check it with your teacher.'
		);
		await axe(page, `join error ${scheme}`);
	}
});
