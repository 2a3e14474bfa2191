// Helpers several end-to-end specs share: axe-core's WCAG 2.2 A/AA scan, the page's sideways
// overflow, and the database the server under test writes (test-results/data, as
// playwright.config.ts serves it) for specs that set up or count rows directly.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openDatabase, type OpenDatabase } from '../../src/lib/server/db';
import { databaseConfig } from '../../src/lib/server/db/config';
import { expect, test } from './fixtures';

/**
 * Fails with every WCAG 2.2 A/AA violation axe-core finds on the page as it is now.
 *
 * Legacy mode runs axe-core in the page itself. The default mode also opens a second page in the
 * context for every scan, to merge results across cross-origin frames; Downhill's pages have no
 * frames, and that second page made each scan two to three times slower (2.3–5.7 s against
 * 1.3–2.0 s a scan here, with the same rules and results).
 */
export async function axe(page: Page, what: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.setLegacyMode(true)
		.analyze();
	expect(
		results.violations.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')})`
		),
		what
	).toEqual([]);
}

/** How far the page scrolls sideways (≤ 0: not at all). */
export const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The page as it is now in the light and then the dark colour scheme (the colours follow the
 * system's setting live, no reload): no sideways scroll and axe-clean in each.
 */
export async function axeInBothSchemes(page: Page, what: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await overflow(page), `horizontal overflow: ${what} ${scheme}`).toBeLessThanOrEqual(0);
		await axe(page, `${what} ${scheme}`);
	}
}

/**
 * The server's database, opened on first use and closed after the spec file's tests. Call once at
 * the top of a spec file (it registers the afterAll hook).
 */
export function serverDatabase() {
	let opened: OpenDatabase | undefined;
	test.afterAll(async () => {
		await opened?.close();
		opened = undefined;
	});
	return async () => {
		opened ??= await openDatabase(
			databaseConfig({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: 'test-results/data' })
		);
		return opened.db;
	};
}

/** A name no other test run uses. */
export const unique = (prefix: string) =>
	`${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The first quiz question the browser put on the page: its formulas, and how many were empty. */
export interface FirstQuestion {
	id: string;
	formulas: number;
	empty: number;
}

/**
 * From the page's next load on, notes the first quiz question that appears and whether its
 * formulas came with it, as the DOM was when it appeared (before KaTeX could fill them in later).
 * `firstQuestion` reads the note, waiting for the question.
 */
export async function noteFirstQuestion(page: Page): Promise<() => Promise<FirstQuestion>> {
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			const article = document.querySelector<HTMLElement>('article[data-question]');
			if (!article) return;
			observer.disconnect();
			const math = [...article.querySelectorAll('.math')];
			(window as unknown as { firstQuestion: FirstQuestion }).firstQuestion = {
				id: article.dataset.question ?? '',
				formulas: math.length,
				empty: math.filter((m) => !m.querySelector('.katex')).length
			};
		}).observe(document, { childList: true, subtree: true });
	});
	return async () => {
		const handle = await page.waitForFunction(
			() => (window as unknown as { firstQuestion?: FirstQuestion }).firstQuestion,
			undefined,
			{ timeout: 20_000 }
		);
		return (await handle.jsonValue()) as FirstQuestion;
	};
}
