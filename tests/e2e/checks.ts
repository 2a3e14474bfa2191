// Helpers several end-to-end specs share: axe-core's WCAG 2.2 A/AA scan, the page's sideways
// overflow, and the database the server under test writes (test-results/data, as
// playwright.config.ts serves it) for specs that set up or count rows directly.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openDatabase, type OpenDatabase } from '../../src/lib/server/db';
import { databaseConfig } from '../../src/lib/server/db/config';
import { expect, test } from './fixtures';

/** Fails with every WCAG 2.2 A/AA violation axe-core finds on the page as it is now. */
export async function axe(page: Page, what: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
		what
	).toEqual([]);
}

/** How far the page scrolls sideways (≤ 0: not at all). */
export const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

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
