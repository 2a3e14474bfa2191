// The teacher pages in a real browser: sign up, make a class, read its join code, set assignments,
// log out and in again; the generic login failure and the 429 that follows too many; another
// teacher gets 404 for everything of the first one's; sign-in cards, exports and deletion; forms
// without JavaScript; axe-core (light and dark, English and Korean) at 360 px. Learners are made
// through the server modules on the test server's own SQLite file (joining is the learner pages').
import type { Browser, Page } from '@playwright/test';
import { LEVELS } from '../../src/lib/levels';
import { MESSAGES } from '../../src/lib/server/auth/messages';
import { hashSignInCode } from '../../src/lib/server/auth/codes';
import { joinClass } from '../../src/lib/server/auth/learner-access';
import { axe, overflow, serverDatabase } from './checks';
import { expect, test } from './fixtures';
import { forgetThisMachine } from './throttles';

const PASSWORD = 'granite meadow lantern 42';
const SESSION = '__Host-downhill_session';
const database = serverDatabase();

// Several teachers sign up from this machine in every run (throttles.ts).
test.beforeAll(async () => forgetThisMachine(await database(), ['sign-up', 'login']));

const uniqueLogin = () => `t${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.example`;

const isoDay = (daysFromNow: number) =>
	new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** Pages of a context without JavaScript, where nothing ever hydrates. */
const noScript = new WeakSet<Page>();

/** Typing before hydration can be wiped by it (seen in CI): wait for it where there is script. */
async function ready(page: Page) {
	if (!noScript.has(page)) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

async function signUp(page: Page, login = uniqueLogin(), prefix = '') {
	await page.goto(`${prefix}/teacher/signup`);
	await ready(page);
	await page.getByRole('textbox', { name: prefix ? '아이디' : 'Login' }).fill(login);
	await page.getByLabel(prefix ? '비밀번호' : 'Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: prefix ? '계정 만들기' : 'Create my account' }).click();
	await expect(page).toHaveURL(new RegExp(`${prefix}/teacher$`));
	return login;
}

/** Makes a class from /teacher and returns its id (the page moves on to the class). */
async function createClass(page: Page, name: string, prefix = '') {
	await page.getByRole('textbox', { name: prefix ? '반 이름' : 'Class name' }).fill(name);
	await page.getByRole('button', { name: prefix ? '반 만들기' : 'Create class' }).click();
	await expect(page).toHaveURL(/\/teacher\/classes\/\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	return Number(/classes\/(\d+)/.exec(page.url())![1]);
}

async function logIn(page: Page, login: string, password = PASSWORD) {
	await page.goto('/teacher/login');
	await ready(page);
	await page.getByRole('textbox', { name: 'Login' }).fill(login);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Log in' }).last().click();
}

const sessionCookie = async (page: Page) =>
	(await page.context().cookies()).find((c) => c.name === SESSION);

/** Learners joined through the auth module, as the join page would (from a test address). */
async function addLearners(classId: number, names: string[]) {
	const db = await database();
	const row = await db
		.selectFrom('classes')
		.select('join_code')
		.where('id', '=', classId)
		.executeTakeFirstOrThrow();
	const codes: string[] = [];
	for (const displayName of names) {
		const ctx = { db, address: `198.51.100.${Math.floor(Math.random() * 250)}` };
		const joined = await joinClass(ctx, { code: row.join_code, displayName });
		if (!joined.ok) throw new Error(`not joined: ${joined.reason}`);
		codes.push(joined.signInCode);
	}
	return codes;
}

test('sign up, make a class, see its code, set two levels, log out and log in again', async ({
	page
}) => {
	test.setTimeout(60_000);
	page.on('dialog', (dialog) => {
		throw new Error(`a script ran: ${dialog.message()}`);
	});
	const login = await signUp(page);
	const first = await sessionCookie(page);
	expect(first).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My classes');
	const name = '<script>alert(1)</script> 5-2';
	const classId = await createClass(page, name);

	const code = page.locator('[data-join-code] [aria-hidden="true"]');
	await expect(code).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	await expect(page.getByText('Works until')).toBeVisible();
	// Rendered in UTC (saying so) on the server; in the reader's own zone once the page runs.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('.expiry time')).not.toContainText('UTC');
	const expiry = await page.locator('.expiry time').getAttribute('datetime');
	const days = (Date.parse(expiry!) - Date.now()) / 86_400_000;
	expect(days).toBeGreaterThan(13.9);
	expect(days).toBeLessThanOrEqual(14);

	// A past date is refused beside the field; then two levels, listed soonest due first.
	const [later, sooner] = [LEVELS[0], LEVELS[1]];
	const item = page.getByRole('combobox', { name: 'Level, puzzle tier or quiz concept' });
	const due = page.getByLabel('Due date');
	await item.selectOption({ label: later.title.en });
	await due.fill(isoDay(-3));
	await page.getByRole('button', { name: 'Add assignment' }).click();
	await expect(page.locator('#due-error')).toHaveText(/This date has passed/);
	await expect(due).toHaveAttribute('aria-invalid', 'true');
	await expect(due).toHaveAttribute('aria-describedby', /due-error/);
	await item.selectOption({ label: later.title.en });
	await due.fill(isoDay(10));
	await page.getByRole('button', { name: 'Add assignment' }).click();
	await expect(page.getByRole('status')).toHaveText('Assignment added.');
	await item.selectOption({ label: sooner.title.en });
	await due.fill(isoDay(3));
	await page.getByRole('button', { name: 'Add assignment' }).click();
	const listed = page.locator('li[data-assignment] .title');
	await expect(listed).toHaveText([sooner.title.en, later.title.en]);

	await page.getByRole('button', { name: 'Log out' }).click();
	await expect(page).toHaveURL(/\/teacher\/login\?out$/);
	await expect(page.getByRole('status')).toHaveText('You are logged out.');
	expect(await sessionCookie(page)).toBeUndefined();
	// The old cookie, put back, no longer works: the session ended on the server.
	await page.context().addCookies([{ ...first!, sameSite: 'Lax' }]);
	await page.goto(`/teacher/classes/${classId}`);
	await expect(page).toHaveURL(/\/teacher\/login$/);

	await logIn(page, login.toUpperCase());
	await expect(page).toHaveURL(/\/teacher$/);
	const again = await sessionCookie(page);
	expect(again?.value).not.toBe(first!.value);
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(listed).toHaveText([sooner.title.en, later.title.en]);
});

test('a wrong password gets the one generic message; too many tries get 429 and Retry-After', async ({
	page,
	baseURL
}) => {
	const login = await signUp(page);
	await page.getByRole('button', { name: 'Log out' }).click();
	await logIn(page, login, 'not the password at all');
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(MESSAGES.loginFailed.en);
	await expect(page.getByRole('textbox', { name: 'Login' })).toHaveValue(login);
	await logIn(page, `nobody-${login}`, PASSWORD);
	await expect(alert).toHaveText(MESSAGES.loginFailed.en);

	// Four more wrong passwords (five in all) lock the account; the next try, even the right
	// password, is a 429 with the same words and a wait.
	const post = (password: string) =>
		page.request.post('/teacher/login', {
			form: { login, password },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
	for (let i = 0; i < 4; i++) expect((await post(`wrong ${i} password`)).status()).toBe(400);
	const held = await post(PASSWORD);
	expect(held.status()).toBe(429);
	expect(Number(held.headers()['retry-after'])).toBeGreaterThan(0);
	expect(await held.text()).toContain(MESSAGES.loginFailed.en.split("'")[0]);
});

test('another teacher gets 404 for the first one’s class, learner, exports and actions', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	await signUp(page);
	const classId = await createClass(page, 'Mine');
	await addLearners(classId, ['Ada']);
	await page.reload();
	const learnerId = await page.locator('li[data-learner]').first().getAttribute('data-learner');
	const other = await browser.newContext();
	const stranger = await other.newPage();
	await signUp(stranger);
	const base = `/teacher/classes/${classId}`;
	for (const path of [
		base,
		`${base}/cards`,
		`${base}/delete`,
		`${base}/learners/${learnerId}`,
		`${base}/learners/${learnerId}/export.json`,
		`${base}/learners/${learnerId}/export.csv`
	]) {
		const response = await stranger.goto(path);
		expect(response?.status(), path).toBe(404);
	}
	for (const [action, form] of [
		['lock', { locked: 'on' }],
		['approveJoins', { approveJoins: 'on' }],
		['renew', { newCode: 'on' }],
		['delete', {}]
	] as const) {
		const target = action === 'delete' ? `${base}/delete?/delete` : `${base}?/${action}`;
		const response = await stranger.request.post(target, {
			form,
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), action).toBe(404);
	}
	await other.close();
	// Nothing changed for the owner.
	await page.reload();
	await expect(page.getByText('The class is open to new learners.')).toBeVisible();
	await expect(page.locator('li[data-learner]')).toHaveCount(1);
	// Signed out, the same address leads to the login page.
	const anonymous = await browser.newContext();
	const nobody = await anonymous.newPage();
	await nobody.goto(base);
	await expect(nobody).toHaveURL(/\/teacher\/login$/);
	await anonymous.close();
});

test('sign-in cards, a learner’s export, removing a learner and deleting the class', async ({
	page
}) => {
	test.setTimeout(60_000);
	await signUp(page);
	const classId = await createClass(page, '6-1 과학');
	const names = ['<script>alert(2)</script>', '민준'];
	const oldCodes = await addLearners(classId, names);
	await page.reload();
	await expect(page.locator('li[data-learner] .name')).toHaveText([...names].sort());

	await page.getByRole('link', { name: 'Print sign-in cards' }).click();
	await expect(page.getByRole('heading', { name: 'Printing makes new codes' })).toBeVisible();
	await page.getByRole('button', { name: 'Make new cards' }).click();
	await expect(page.locator('#confirm-error')).toHaveText(/Tick this box/);
	await page.getByRole('checkbox', { name: /I understand/ }).check();
	await page.getByRole('button', { name: 'Make new cards' }).click();
	const cards = page.locator('article[data-card]');
	await expect(cards).toHaveCount(2);
	await expect(cards.first()).toContainText('6-1 과학');
	await expect(cards.first()).toContainText('/signin');
	const db = await database();
	for (const card of await cards.all()) {
		const code = (await card.getAttribute('data-card'))!;
		expect(code).toMatch(/^[a-z]+(-[a-z]+){3}$/);
		const name = await card.getByRole('heading').textContent();
		const row = await db
			.selectFrom('learners')
			.select('sign_in_code_hash')
			.where('class_id', '=', classId)
			.where('display_name', '=', name!)
			.executeTakeFirstOrThrow();
		expect(row.sign_in_code_hash).toBe(hashSignInCode(code));
		expect(oldCodes.map(hashSignInCode)).not.toContain(row.sign_in_code_hash);
	}
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(cards.first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	await page.goto(`/teacher/classes/${classId}`);
	await page.getByRole('link', { name: 'Data or remove: 민준' }).click();
	await expect(page).toHaveURL(/learners\/\d+$/);
	const learnerId = Number(/learners\/(\d+)/.exec(page.url())![1]);
	const json = await page.request.get(`${page.url()}/export.json`);
	expect(json.headers()['content-disposition']).toContain('attachment');
	expect(await json.json()).toMatchObject({
		learner: { id: learnerId, displayName: '민준', status: 'approved' },
		attempts: []
	});
	const csv = await (await page.request.get(`${page.url()}/export.csv`)).text();
	expect(csv.split('\r\n')[1]).toContain(`${learnerId},민준,approved`);

	await page.getByRole('button', { name: 'Yes, remove 민준 and their data' }).click();
	await expect(page.getByRole('status')).toHaveText('The learner and their data were removed.');
	await expect(page.locator('li[data-learner] .name')).toHaveText([names[0]]);
	const gone = await db.selectFrom('learners').select('id').where('id', '=', learnerId).execute();
	expect(gone).toEqual([]);

	await page.getByRole('link', { name: 'Delete the class…' }).click();
	await page.getByRole('button', { name: /Yes, delete 6-1 과학/ }).click();
	await expect(page).toHaveURL(/\/teacher\?deleted$/);
	await expect(page.getByRole('status')).toHaveText('The class and everything in it was deleted.');
	const left = await db
		.selectFrom('learners')
		.select('id')
		.where('class_id', '=', classId)
		.execute();
	expect(left).toEqual([]);
	expect((await page.goto(`/teacher/classes/${classId}`))?.status()).toBe(404);
});

test('forms work without JavaScript: sign up, make a class, a refused assignment', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	noScript.add(page);
	await signUp(page);
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.locator('#class-name-error')).toHaveText(/1 to 60 characters/);
	const classId = await createClass(page, 'No script class');
	expect(classId).toBeGreaterThan(0);
	await expect(page.locator('[data-join-code]')).toHaveAttribute(
		'data-join-code',
		/^[0-9A-Z]{4}-[0-9A-Z]{4}$/
	);
	await page.getByRole('button', { name: 'Add assignment' }).click();
	await expect(page.locator('#item-error')).toHaveText(/Choose a level/);
	await expect(page.locator('#due-error')).toHaveText('Choose a due date.');
	await page.getByRole('button', { name: 'Lock the class' }).click();
	await expect(page.getByRole('status')).toHaveText('The class is locked.');
	await context.close();
});

/** Every teacher page, in one language and scheme, checked by axe with no sideways scroll. */
async function checkPages(page: Page, prefix: '' | '/ko', classId: number, learnerId: number) {
	const base = `${prefix}/teacher/classes/${classId}`;
	for (const path of [
		`${base}`,
		`${base}/cards`,
		`${base}/delete`,
		`${base}/learners/${learnerId}`,
		`${prefix}/teacher`,
		`${prefix}/teacher/logout`
	]) {
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(await overflow(page), path).toBeLessThanOrEqual(0);
		await axe(page, path);
	}
	// Error states: a refused assignment, and the card form refused then the sheet.
	await page.goto(base);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form.add button[type="submit"]').click();
	await expect(page.locator('#due-error')).toBeVisible();
	await axe(page, `${base} with errors`);
	await page.goto(`${base}/cards`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('form[action="?/issue"] button[type="submit"]').click();
	await expect(page.locator('#confirm-error')).toBeVisible();
	await axe(page, `${base}/cards refused`);
}

async function signedOutPages(browser: Browser, prefix: '' | '/ko', scheme: 'light' | 'dark') {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.emulateMedia({ colorScheme: scheme });
	for (const path of ['/teacher/signup', '/teacher/login']) {
		await page.goto(`${prefix}${path}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await axe(page, `${prefix}${path} ${scheme}`);
		await page.locator('main form button[type="submit"]').click();
		await expect(page.getByRole('alert').or(page.locator('.error')).first()).toBeVisible();
		await axe(page, `${prefix}${path} ${scheme} refused`);
	}
	await context.close();
}

/** A teacher with a class of two learners, on a 360 px screen; the class and a learner's ids. */
async function busyClass(page: Page): Promise<{ classId: number; learnerId: number }> {
	await page.setViewportSize({ width: 360, height: 740 });
	// Five of these tests sign a teacher up, on top of the file's others.
	await forgetThisMachine(await database());
	await signUp(page, uniqueLogin(), '/ko');
	const classId = await createClass(page, '3학년 2반 — a long class name to wrap', '/ko');
	await addLearners(classId, ['<b>하늘</b>', 'Zoë Ångström-Lee the second']);
	await page.reload();
	const learnerId = Number(
		await page.locator('li[data-learner]').first().getAttribute('data-learner')
	);
	return { classId, learnerId };
}

// One test per language and colour scheme, so the four run side by side.
for (const prefix of ['', '/ko'] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`every teacher page is axe-clean at 360 px: ${prefix === '' ? 'English' : 'Korean'}, ${scheme}`, async ({
			page,
			browser
		}) => {
			test.setTimeout(120_000);
			const { classId, learnerId } = await busyClass(page);
			await page.emulateMedia({ colorScheme: scheme });
			await checkPages(page, prefix, classId, learnerId);
			await signedOutPages(browser, prefix, scheme);
		});
	}
}

test('the busiest teacher page has 44 px targets at 360 px, and a Korean class page is in Korean', async ({
	page
}) => {
	const { classId } = await busyClass(page);
	for (const target of await page
		.locator('main button, main a.control, main select, main input')
		.all()) {
		if (!(await target.isVisible())) continue;
		const box = (await target.boundingBox())!;
		const what = await target.evaluate((el) => el.outerHTML.slice(0, 80));
		expect(box.height, what).toBeGreaterThanOrEqual(44);
	}
	await page.goto(`/ko/teacher/classes/${classId}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { name: '반 코드' })).toBeVisible();
});
