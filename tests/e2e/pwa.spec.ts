// Downhill as an installed, offline app (issue 9): Chromium finds the manifest installable in both
// languages, and after one visit online the service worker has kept every page a built-in level,
// puzzle and quiz needs, so they open and run with the network off; a page that needs the network
// leads to the offline page. (The update prompt needs two builds: checked by hand, see the report.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { roundOpening } from '../../src/lib/components/quiz/round';
import { noteFirstQuestion } from './checks';

test.use({ serviceWorkers: 'allow' });

const hydrated = (page: Page) => expect(page.locator('html[data-hydrated]')).toHaveCount(1);

/** Waits until the service worker controls the page (it has kept everything it keeps at install). */
async function installed(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 90_000
	});
}

/** True once every page of `prefix` on the server's list is in the service worker's cache. */
async function allKept(page: Page, prefix: '' | '/ko'): Promise<boolean> {
	return page.evaluate(async (prefix) => {
		const { paths } = (await (await fetch('/offline/pages.json')).json()) as { paths: string[] };
		const name = (await caches.keys()).find((key) => key.startsWith('downhill-app-'));
		if (!name) return false;
		const cache = await caches.open(name);
		for (const path of paths)
			if (!(await cache.match(path === '/' && prefix ? prefix : prefix + path))) return false;
		return true;
	}, prefix);
}

test('the manifest makes Downhill installable, in English and in Korean', async ({
	playwright,
	launchOptions,
	baseURL
}) => {
	test.setTimeout(120_000);
	// Chromium never offers to install from an incognito profile (Playwright's usual contexts), so
	// this asks a real profile.
	const profile = mkdtempSync(join(tmpdir(), 'downhill-pwa-'));
	const context = await playwright.chromium.launchPersistentContext(profile, {
		...launchOptions,
		baseURL
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		for (const [prefix, lang, start] of [
			['', 'en', '/play'],
			['/ko', 'ko', '/ko/play']
		] as const) {
			await page.goto(`${prefix}/play`);
			await hydrated(page);
			await installed(page);
			const href = await page.locator('link[rel="manifest"]').getAttribute('href');
			expect(href).toBe(`${prefix}/manifest.webmanifest`);
			const manifest = await (await page.request.get(href!)).json();
			expect(manifest).toMatchObject({ lang, start_url: start, display: 'standalone', id: '/' });
			const cdp = await context.newCDPSession(page);
			const { errors } = await cdp.send('Page.getAppManifest');
			expect(errors, 'manifest errors').toEqual([]);
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors, 'installability errors').toEqual([]);
			await cdp.detach();
		}
		await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
		await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('after one visit, levels, puzzles and quizzes play with the network off', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	// Seeded puzzles: offline, the service worker answers with the page it kept for the address
	// without `?seed=`, whose formulas are another seed's. Each must show its own, as it does online.
	const seeded = ['/puzzles/generated.3?seed=9', '/puzzles/which-derivative?seed=3'];
	const formulas = () =>
		page
			.locator('main annotation[encoding="application/x-tex"]')
			.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
	const online: string[][] = [];
	for (const path of seeded) {
		await page.goto(path);
		await hydrated(page);
		online.push(await formulas());
	}
	await page.goto('/play');
	await hydrated(page);
	await installed(page);
	expect(await allKept(page, '')).toBe(true);

	await context.setOffline(true);
	for (const [i, path] of seeded.entries()) {
		await page.goto(path);
		await hydrated(page);
		await expect.poll(formulas, { message: path }).toEqual(online[i]);
	}
	// The kept copies are another seed's: the check above would pass without a service worker.
	await page.goto(seeded[0].replace(/\?.*/, ''));
	await hydrated(page);
	expect(await formulas()).not.toEqual(online[0]);
	await page.goto('/play/first-step');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Down the bowl');
	await expect(page.locator('canvas').first()).toBeVisible({ timeout: 20_000 });

	await page.goto('/puzzles/gates.add');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The add gate');
	await expect(page.locator('main input').first()).toBeVisible();

	// The kept round page has no question (it was kept without a seed): the browser makes seed 3's,
	// and its formulas come with it.
	const firstQuestion = await noteFirstQuestion(page);
	await page.goto('/quiz/round?seed=3');
	await hydrated(page);
	const question = page.locator('article[data-question]');
	const { pick } = roundOpening(3)!;
	await expect(question).toHaveAttribute('data-question', pick.id, { timeout: 20_000 });
	await expect(question).toHaveAttribute('data-seed', String(pick.seed));
	const appeared = await firstQuestion();
	expect(appeared.id).toBe(pick.id);
	expect(appeared.formulas).toBeGreaterThan(0);
	expect(appeared.empty).toBe(0);

	// A page that needs the network: the offline page, which keeps the address to try again.
	await page.goto('/class');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	expect(new URL(page.url()).searchParams.get('from')).toBe('/class');
	await page.getByRole('link', { name: /^Chain-rule puzzles/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chain-rule puzzles');
	await context.setOffline(false);
});

test('a Korean page keeps the Korean pages too', async ({
	playwright,
	launchOptions,
	baseURL,
	watch
}) => {
	// In a browser of its own, shut with browser.close(): closing a context whose service worker
	// has just kept ~50 Korean pages (Playwright's teardown) hung for over four minutes in about one
	// run in twelve, after the test itself had passed in 10 s.
	test.setTimeout(120_000);
	const browser = await playwright.chromium.launch(launchOptions);
	try {
		const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
		const page = await context.newPage();
		watch.add(page);
		await keepsKoreanPages(page, context);
	} finally {
		await browser.close();
	}
});

async function keepsKoreanPages(page: Page, context: BrowserContext) {
	await page.goto('/ko/quiz');
	await hydrated(page);
	await installed(page);
	await expect.poll(() => allKept(page, '/ko'), { timeout: 60_000 }).toBe(true);

	await context.setOffline(true);
	await page.goto('/ko/puzzles/gates.mul');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('곱셈 게이트');
	await page.goto('/ko/teacher');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('오프라인 상태입니다');
	await context.setOffline(false);
}
