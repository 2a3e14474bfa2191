// The whole classroom in a real browser, through its pages only: a teacher signs up, makes a class
// and sets two levels; a learner joins with the class code and plays one of them; a second learner
// joins and plays nothing; the teacher's progress dashboard then shows the score the server
// verified (worked out here independently), the class's distribution, sorting by a column heading
// (mouse and keyboard), the "not started anything" filter and the CSV of what is shown. The same
// flow runs in English and in Korean; the dashboard passes axe-core in light and dark, at full width
// and at 360 px (where only the grid scrolls sideways), and its filters and sort links work without
// JavaScript. The only database access is forgetting this machine's sign-up throttle.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { getLevel, runLevel, type Level } from '../../src/lib/levels';
import { axe, overflow, serverDatabase } from './checks';
import { expect, test } from './fixtures';
import { forgetThisMachine } from './throttles';

type Locale = 'en' | 'ko';
const PREFIX: Record<Locale, '' | '/ko'> = { en: '', ko: '/ko' };
const PASSWORD = 'granite meadow lantern 42';

/**
 * A message with variants, as the catalogues write one (inlang message format): plural selectors
 * declared as `local xPlural = x: plural`, and a `match` keyed like "xPlural=one, yPlural=other".
 */
type Variants = [{ declarations: string[]; match: Record<string, string> }];
type Message = string | Variants;

/** Every message of the app in one language, read from the catalogues the pages are built from. */
function catalogue(locale: Locale): Record<string, Message> {
	const files = ['messages', 'messages/teacher', 'messages/learner'].map((dir) =>
		resolve(dir, `${locale}.json`)
	);
	return Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
}
const MESSAGES = { en: catalogue('en'), ko: catalogue('ko') };

/** The variant of a plural message that Intl.PluralRules chooses for these values. */
function pick(locale: Locale, [message]: Variants, values: Record<string, string | number>) {
	const rules = new Intl.PluralRules(locale);
	const category: Record<string, string> = {};
	for (const declaration of message.declarations) {
		const local = /^local (\w+) = (\w+): plural$/.exec(declaration);
		if (local) category[local[1]] = rules.select(Number(values[local[2]]));
	}
	const chosen = Object.entries(message.match).find(([key]) =>
		key.split(', ').every((part) => {
			const [selector, value] = part.split('=');
			return value === '*' || category[selector] === value;
		})
	);
	if (!chosen) throw new Error(`no variant for ${JSON.stringify(values)}`);
	return chosen[1];
}

/** A message with its {placeholders} filled in. */
function say(locale: Locale, key: string, values: Record<string, string | number> = {}) {
	const message = MESSAGES[locale][key];
	if (message === undefined) throw new Error(`no message ${key}`);
	const text = typeof message === 'string' ? message : pick(locale, message, values);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

const PLAYED = getLevel('first-step');
const OTHER = getLevel('too-timid');

/**
 * How many steps gradient descent takes on "Down the bowl" with rate η, and the stars that earns,
 * worked out from the level's definition rather than by the engine: its terrain is (w − 2)² + 1
 * (curvature 2, bottom at w = 2), so each step multiplies the distance to the bottom by |1 − 2η|;
 * the run starts that far away and is done once the distance is within the goal's radius.
 */
function expectedStars(level: Level, lr: number) {
	if (level.start.kind !== 'fixed' || level.goal.kind !== 'reach' || level.stars.by !== 'steps')
		throw new Error('worked out for a fixed start, a reach goal and stars by steps only');
	let distance = Math.abs(level.start.at.w - 2);
	let steps = 0;
	while (distance > level.goal.radius) {
		distance *= Math.abs(1 - 2 * lr);
		steps += 1;
	}
	const stars = steps <= level.stars.three ? 3 : steps <= level.stars.two ? 2 : 1;
	return { steps, stars };
}

/**
 * Per language: the rate the learner plays and what the dashboard must then show. By hand: the run
 * starts at w = −3, 5 from the bottom, and the goal radius is 0.05, so it needs |1 − 2η|^k ≤ 0.01.
 * η = 0.2: 0.6^9 ≈ 0.0101 > 0.01, 0.6^10 ≈ 0.006, so 10 steps, two stars (≤ 10), score 2/3 = 67 %,
 * and the learner's average over the two assignments (the other counts 0) is 1/3 = 33 %.
 * η = 0.4: 0.2^3 = 0.008, so 3 steps, three stars (≤ 4), score 100 %, average 50 %.
 * The server scores a level as stars / 3 (verify-level.ts); the CSV rounds to three decimals.
 */
const PLAY = {
	en: { lr: '0.2', steps: 10, stars: 2, score: '67%', average: '33%', csvScore: '0.667' },
	ko: { lr: '0.4', steps: 3, stars: 3, score: '100%', average: '50%', csvScore: '1' }
} as const;

/** Learner names: the one who plays, and one who does not and whose name looks like HTML. */
const NAMES = {
	en: { player: 'Yuna Park', idle: '<script>alert(1)</script> Ari' },
	ko: { player: '하늘 김', idle: '<img src=x onerror=alert(1)>보라' }
} as const;

const CSV_HEADER =
	'learner_id,display_name,assignment_id,item_kind,item_id,item_title,due_date,status,overdue,' +
	'best_score,stars,attempts,rejected,last_activity';

// Many teachers sign up from this machine in every run (throttles.ts).
const database = serverDatabase();
test.beforeAll(async () => forgetThisMachine(await database()));

const isoDay = (daysFromNow: number) =>
	new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

/** Any dialog means a name was run as script: fail the page's test. */
function noDialogs(page: Page, seen: string[]) {
	page.on('dialog', (dialog) => {
		seen.push(dialog.message());
		void dialog.dismiss();
	});
}

/**
 * The learners' pages get more time than the default 5 s: a browser's first visit also installs the
 * service worker, which fetches the app's pages and chunks at the same time, and on a loaded machine
 * a navigation behind those can take several seconds (seen here, never a wrong result).
 */
const slow = expect.configure({ timeout: 15_000 });

/** A learner joins in a browser of their own; returns their page on "my class". */
async function joinAs(
	context: BrowserContext,
	locale: Locale,
	code: string,
	name: string,
	dialogs: string[]
) {
	const page = await context.newPage();
	noDialogs(page, dialogs);
	await page.goto(`${PREFIX[locale]}/join`);
	await hydrated(page);
	await page.getByLabel(say(locale, 'learner_code_label')).fill(code);
	await page.getByLabel(say(locale, 'learner_name_label')).fill(name);
	await page.getByRole('button', { name: say(locale, 'learner_join_button'), exact: true }).click();
	await slow(page.getByRole('heading', { level: 1 })).toHaveText(
		say(locale, 'learner_joined_heading', { name })
	);
	const words = page.getByTestId('sign-in-code');
	await slow(words).toHaveAttribute('data-code', /^[a-z]+-[a-z]+-[a-z]+-[a-z]+$/);
	await page.getByRole('link', { name: say(locale, 'learner_go_to_class') }).click();
	await slow(page).toHaveURL(new RegExp(`${PREFIX[locale]}/class$`));
	await slow(page.getByText(say(locale, 'learner_signed_in_as', { name }))).toBeVisible();
	return page;
}

/** The body rows' learner names, top to bottom. */
const rowNames = (page: Page) => page.locator('table.grid tbody th[scope="row"]');

const row = (page: Page, name: string) =>
	page
		.locator('table.grid tbody tr')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) });

const cell = (page: Page, name: string, assignmentId: string) =>
	row(page, name).locator(`td[data-assignment="${assignmentId}"]`);

/** The column heading of an assignment (its sort link is inside). */
const heading = (page: Page, title: string) =>
	page.locator('table.grid thead th').filter({ hasText: title });

/** A CSV file as rows of fields (RFC 4180 quoting), after the byte-order mark. */
function parseCsv(text: string): string[][] {
	expect(text.charCodeAt(0), 'a BOM for spreadsheets').toBe(0xfeff);
	const rows: string[][] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 1; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			fields.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			fields.push(field);
			rows.push(fields);
			fields = [];
			field = '';
			i++;
		} else field += c;
	}
	expect(field, 'the file ends with a line break').toBe('');
	return rows;
}

async function downloadCsv(page: Page, locale: Locale) {
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: say(locale, 'teacher_progress_csv') }).click();
	const file = await (await download).path();
	const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
	expect(header.join(',')).toBe(CSV_HEADER);
	return rows.map((fields) => Object.fromEntries(header.map((h, i) => [h, fields[i]])));
}

interface Classroom {
	teacher: Page;
	classId: number;
	progress: string;
	/** Assignment ids by level id. */
	ids: Record<string, string>;
}

/**
 * The whole flow in one language, through the pages only; ends with the teacher on the dashboard
 * having checked the grid, the item summaries, sorting, the filter and the CSV.
 */
async function classroomFlow(page: Page, browser: Browser, locale: Locale): Promise<Classroom> {
	const prefix = PREFIX[locale];
	const play = PLAY[locale];
	const names = NAMES[locale];
	const dialogs: string[] = [];
	noDialogs(page, dialogs);

	// The expected result, two ways: the closed form above and the engine the server re-plays with.
	const worked = expectedStars(PLAYED, Number(play.lr));
	expect(worked).toEqual({ steps: play.steps, stars: play.stars });
	const engine = runLevel(PLAYED, {
		levelId: PLAYED.id,
		version: PLAYED.version,
		settings: { name: 'gd', lr: Number(play.lr) },
		start: { w: -3 },
		seed: 0
	});
	expect({ steps: engine.stepsUsed, stars: engine.stars }).toEqual(worked);

	// The teacher signs up, makes a class and sets two levels.
	await page.goto(`${prefix}/teacher/signup`);
	await hydrated(page);
	const login = `t${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.example`;
	await page.getByRole('textbox', { name: say(locale, 'teacher_login_label') }).fill(login);
	await page.getByLabel(say(locale, 'teacher_password_label'), { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: say(locale, 'teacher_sign_up_submit') }).click();
	await expect(page).toHaveURL(new RegExp(`${prefix}/teacher$`));
	const className = locale === 'en' ? 'Maple 5B' : '5학년 2반';
	await page
		.getByRole('textbox', { name: say(locale, 'teacher_class_name_label') })
		.fill(className);
	await page.getByRole('button', { name: say(locale, 'teacher_create_class') }).click();
	await expect(page).toHaveURL(new RegExp(`${prefix}/teacher/classes/\\d+$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(className);
	const classId = Number(/classes\/(\d+)/.exec(page.url())![1]);

	const code = (await page.locator('[data-join-code]').getAttribute('data-join-code'))!;
	expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	// A second learner joins (in a browser of their own) while the teacher sets the work; they will
	// play nothing.
	const idleJoined = (async () => {
		const context = await browser.newContext();
		await joinAs(context, locale, code, names.idle, dialogs);
		await context.close();
	})();
	idleJoined.catch(() => {}); // a failure is reported where it is awaited, below

	// The form asks for a due date with every assignment: the played level is due in 10 days, the
	// other in 3 (listed soonest first).
	const item = page.getByRole('combobox', { name: say(locale, 'teacher_item_label') });
	const due = page.getByLabel(say(locale, 'teacher_due_label'));
	for (const [level, days] of [
		[PLAYED, 10],
		[OTHER, 3]
	] as const) {
		await item.selectOption({ label: level.title[locale] });
		await due.fill(isoDay(days));
		await page.getByRole('button', { name: say(locale, 'teacher_add_assignment') }).click();
		await expect(page.getByRole('status').first()).toHaveText(say(locale, 'teacher_done_add'));
	}
	await expect(page.locator('li[data-assignment] .title')).toHaveText([
		OTHER.title[locale],
		PLAYED.title[locale]
	]);

	// The first learner joins in a browser of their own and plays the level from "my class".
	const playing = async () => {
		const context = await browser.newContext();
		const player = await joinAs(context, locale, code, names.player, dialogs);
		await slow(
			player.getByText(say(locale, 'learner_done_count', { done: 0, total: 2 }))
		).toBeVisible();
		await player
			.locator(`li[data-item="${PLAYED.id}"]`)
			.getByRole('link', { name: PLAYED.title[locale] })
			.click();
		await slow(player).toHaveURL(new RegExp(`${prefix}/play/${PLAYED.id}`));
		await slow(player.locator('.map[data-status="ready"]')).toBeVisible({ timeout: 20_000 });
		const rate = player.getByRole('textbox', { name: say(locale, 'setting_lr'), exact: true });
		await rate.fill(play.lr);
		await rate.press('Enter');
		await slow(rate).toHaveValue(play.lr);
		await player.getByRole('button', { name: say(locale, 'transport_end') }).click();
		const result = player.getByRole('region', { name: say(locale, 'result_won_heading') });
		await slow(result).toBeVisible();
		await slow(result).toContainText(say(locale, 'result_goal', { steps: play.steps }));
		// Waits until the server has verified and stored the attempt.
		await slow(player.getByTestId('send-note')).toContainText(say(locale, 'learner_sent'));
		await context.close();
	};
	await Promise.all([playing(), idleJoined]);

	// The class page leads to the dashboard.
	await page.getByRole('link', { name: say(locale, 'teacher_progress_link'), exact: true }).click();
	const progress = `${prefix}/teacher/classes/${classId}/progress`;
	await expect(page).toHaveURL(new RegExp(`${progress}$`));
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		say(locale, 'teacher_progress_heading')
	);
	await expect(
		page.getByText(say(locale, 'teacher_progress_counts', { learners: 2, assignments: 2 }))
	).toBeVisible();

	const ids: Record<string, string> = {};
	for (const level of [PLAYED, OTHER]) {
		const article = page.locator('article[data-assignment]').filter({
			has: page.getByRole('heading', { level: 3, name: level.title[locale] })
		});
		ids[level.id] = (await article.getAttribute('data-assignment'))!;
	}

	// The grid, by name (A → Z: "<" comes before letters and Hangul, so the idle learner is first).
	await expect(rowNames(page)).toHaveText([names.idle, names.player]);
	const played = cell(page, names.player, ids[PLAYED.id]);
	await expect(played).toHaveClass(/\bdone\b/);
	await expect(played.locator('.status')).toHaveText(
		`✓ ${say(locale, 'teacher_progress_status_done')}`
	);
	await expect(played.locator('.stars')).toHaveText(
		'★'.repeat(play.stars) + '☆'.repeat(3 - play.stars)
	);
	await expect(played.locator('.visually-hidden')).toHaveText(
		say(locale, 'teacher_progress_stars', { stars: play.stars })
	);
	await expect(played.locator('.score')).toHaveText(play.score);
	await expect(played).toContainText(say(locale, 'teacher_progress_attempts', { count: 1 }));
	const notStarted = `– ${say(locale, 'teacher_progress_status_not_started')}`;
	for (const [who, level] of [
		[names.player, OTHER],
		[names.idle, PLAYED],
		[names.idle, OTHER]
	] as const) {
		const empty = cell(page, who, ids[level.id]);
		await expect(empty).toHaveClass(/\bnot-started\b/);
		await expect(empty.locator('.status')).toHaveText(notStarted);
		await expect(empty.locator('.score')).toHaveCount(0);
	}
	const totals = row(page, names.player).locator('td.number');
	await expect(totals.nth(0)).toHaveText(
		say(locale, 'teacher_progress_done_of', { done: 1, total: 2 })
	);
	await expect(totals.nth(1)).toHaveText(play.average);
	await expect(row(page, names.idle).locator('td.activity')).toHaveText(
		say(locale, 'teacher_progress_never')
	);

	// The played level's summary counts one learner with that many stars, one with no result.
	const summary = page.locator(`article[data-assignment="${ids[PLAYED.id]}"]`);
	await expect(summary.getByTestId('item-status')).toHaveText(
		say(locale, 'teacher_progress_item_status', { done: 1, started: 0, notStarted: 1 })
	);
	const bar = (label: string) => summary.locator('.bar-row').filter({ hasText: label });
	for (const stars of [0, 1, 2, 3]) {
		const count = stars === play.stars ? 1 : 0;
		await expect(
			bar(say(locale, 'teacher_progress_distribution_stars', { stars })).locator('.count')
		).toHaveText(say(locale, 'teacher_progress_learners_count', { count }));
	}
	await expect(bar(say(locale, 'teacher_progress_distribution_none')).locator('.count')).toHaveText(
		say(locale, 'teacher_progress_learners_count', { count: 1 })
	);
	await expect(summary).toContainText(
		say(locale, 'teacher_progress_median', { median: play.score, mean: play.score })
	);
	const untouched = page.locator(`article[data-assignment="${ids[OTHER.id]}"]`);
	await expect(untouched.getByTestId('item-status')).toHaveText(
		say(locale, 'teacher_progress_item_status', { done: 0, started: 0, notStarted: 2 })
	);
	await expect(untouched).toContainText(say(locale, 'teacher_progress_no_scores'));

	// Sorting by the played level's column: best first, then the other way round.
	const learnerHead = page.locator('table.grid thead th.who');
	const column = heading(page, PLAYED.title[locale]);
	await expect(learnerHead).toHaveAttribute('aria-sort', 'ascending');
	await expect(column).not.toHaveAttribute('aria-sort');
	await column.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`sort=item-${ids[PLAYED.id]}`));
	await expect(column).toHaveAttribute('aria-sort', 'descending');
	await expect(learnerHead).not.toHaveAttribute('aria-sort');
	await expect(rowNames(page)).toHaveText([names.player, names.idle]);
	await column.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`sort=item-${ids[PLAYED.id]}&dir=asc`));
	await expect(column).toHaveAttribute('aria-sort', 'ascending');
	await expect(rowNames(page)).toHaveText([names.idle, names.player]);

	// "Learners: not started anything" (applies at once with JavaScript); the CSV follows the view.
	await page.getByRole('link', { name: say(locale, 'teacher_progress_reset') }).click();
	await expect(page).toHaveURL(new RegExp(`${progress}$`));
	await page
		.getByLabel(say(locale, 'teacher_progress_show'), { exact: true })
		.selectOption({ label: say(locale, 'teacher_progress_show_not_started') });
	await expect(page).toHaveURL(/show=not-started/);
	await expect(rowNames(page)).toHaveText([names.idle]);
	await expect(
		page.getByText(say(locale, 'teacher_progress_showing', { shown: 1, total: 2 }))
	).toBeVisible();
	const filtered = await downloadCsv(page, locale);
	expect(filtered.map((r) => [r.display_name, r.item_id, r.status])).toEqual([
		[names.idle, OTHER.id, 'not-started'],
		[names.idle, PLAYED.id, 'not-started']
	]);

	// The whole class as CSV: one row per learner × assignment, the verified score in it.
	await page.getByRole('link', { name: say(locale, 'teacher_progress_reset') }).click();
	await expect(rowNames(page)).toHaveText([names.idle, names.player]);
	const csv = await downloadCsv(page, locale);
	expect(csv).toHaveLength(4);
	const line = (who: string, level: Level) =>
		csv.filter((r) => r.display_name === who && r.item_id === level.id);
	for (const who of [names.idle, names.player])
		for (const level of [PLAYED, OTHER]) {
			expect(line(who, level)).toHaveLength(1);
			expect(line(who, level)[0]).toMatchObject({
				assignment_id: ids[level.id],
				item_kind: 'level',
				item_title: level.title[locale],
				due_date: isoDay(level === PLAYED ? 10 : 3),
				overdue: 'no',
				rejected: '0'
			});
		}
	expect(line(names.player, PLAYED)[0]).toMatchObject({
		status: 'done',
		best_score: play.csvScore,
		stars: String(play.stars),
		attempts: '1'
	});
	expect(Date.parse(line(names.player, PLAYED)[0].last_activity)).toBeGreaterThan(
		Date.now() - 120_000
	);
	for (const [who, level] of [
		[names.player, OTHER],
		[names.idle, PLAYED],
		[names.idle, OTHER]
	] as const)
		expect(line(who, level)[0]).toMatchObject({
			status: 'not-started',
			best_score: '',
			stars: '',
			attempts: '0',
			last_activity: ''
		});

	expect(dialogs, 'dialogs opened by a name').toEqual([]);
	return { teacher: page, classId, progress, ids };
}

/** No sideways scroll of the page at 360 px: only the grid scrolls, in its own (focusable) box. */
async function narrow(page: Page) {
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await overflow(page), 'sideways scroll of the page').toBeLessThanOrEqual(0);
	const scroller = page.locator('.scroller').filter({ has: page.locator('table.grid') });
	await expect(scroller).toHaveRole('region');
	const wide = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
	expect(wide, 'the grid scrolls in its own box').toBeGreaterThan(0);
	await expect(scroller).toHaveAttribute('tabindex', '0');
}

/** axe on the dashboard (with data) in light and dark, at the page's current width. */
async function accessible(page: Page, progress: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(progress);
		await hydrated(page);
		await axe(page, `${progress} ${scheme} ${page.viewportSize()!.width}px`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

/** Tab from the CSV link through the grid: every sort link is a stop, and Enter sorts. */
async function keyboard(page: Page, locale: Locale, classroom: Classroom) {
	const csvLink = page.getByRole('link', { name: say(locale, 'teacher_progress_csv') });
	const links = await page
		.locator('table.grid thead a')
		.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
	expect(links).toHaveLength(6); // learner, done, average, the two levels, last activity
	// Every element that gets focus, in order (one listener, read once: Tab presses stay cheap).
	await page.evaluate(() => {
		const log: string[] = [];
		(window as unknown as { focusLog: string[] }).focusLog = log;
		document.addEventListener('focusin', (event) => {
			const el = event.target as Element;
			log.push(el.closest('thead') ? `sort ${el.getAttribute('href')}` : el.tagName);
		});
	});
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await csvLink.focus();
	for (let i = 0; i < links.length; i++) await page.keyboard.press('Tab');
	const stops = await page.evaluate(() => (window as unknown as { focusLog: string[] }).focusLog);
	// The CSV link, then (the grid is not wider than its box here, so not a stop) the sort links.
	expect(stops).toEqual(['A', ...links.map((href) => `sort ${href}`)]);

	const target = heading(page, PLAYED.title[locale]).getByRole('link');
	await csvLink.focus();
	for (let i = 0; i <= links.indexOf((await target.getAttribute('href'))!); i++)
		await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`sort=item-${classroom.ids[PLAYED.id]}`));
	await expect(heading(page, PLAYED.title[locale])).toHaveAttribute('aria-sort', 'descending');
}

/** Without JavaScript: the filter form (GET, with its Apply button) and the heading links. */
async function withoutScript(browser: Browser, locale: Locale, classroom: Classroom) {
	const names = NAMES[locale];
	const context = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await classroom.teacher.context().storageState()
	});
	const page = await context.newPage();
	await page.goto(classroom.progress);
	await expect(rowNames(page)).toHaveText([names.idle, names.player]);
	await page
		.getByLabel(say(locale, 'teacher_progress_show'), { exact: true })
		.selectOption({ label: say(locale, 'teacher_progress_show_not_started') });
	await expect(page).not.toHaveURL(/show=/); // nothing happens until the form is sent
	await page.getByRole('button', { name: say(locale, 'teacher_progress_apply') }).click();
	await expect(page).toHaveURL(/show=not-started/);
	await expect(rowNames(page)).toHaveText([names.idle]);
	// The heading links keep the filter.
	const column = heading(page, PLAYED.title[locale]);
	await column.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`sort=item-${classroom.ids[PLAYED.id]}`));
	await expect(page).toHaveURL(/show=not-started/);
	await expect(column).toHaveAttribute('aria-sort', 'descending');
	await expect(rowNames(page)).toHaveText([names.idle]);
	await page.getByRole('link', { name: say(locale, 'teacher_progress_reset') }).click();
	await expect(rowNames(page)).toHaveText([names.idle, names.player]);
	await heading(page, PLAYED.title[locale]).getByRole('link').click();
	await expect(rowNames(page)).toHaveText([names.player, names.idle]);
	await page
		.getByRole('link', { name: say(locale, 'teacher_progress_col_learner'), exact: true })
		.click();
	await expect(page.locator('table.grid thead th.who')).toHaveAttribute('aria-sort', 'ascending');
	await expect(rowNames(page)).toHaveText([names.idle, names.player]);
	await context.close();
}

test('en: a teacher sets two levels, a learner plays one, the dashboard shows the verified score; keyboard; axe', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const classroom = await classroomFlow(page, browser, 'en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await keyboard(page, 'en', classroom);
	await accessible(page, classroom.progress);
	await narrow(page);
});

test('ko: the same in Korean; axe at 360 px in light and dark; filters and sorting without JavaScript', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const classroom = await classroomFlow(page, browser, 'ko');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await narrow(page);
	await accessible(page, classroom.progress);
	await narrow(page);
	await withoutScript(browser, 'ko', classroom);
});
