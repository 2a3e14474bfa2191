// Every end-to-end test runs with two watchers: no console error, and no request that leaves the
// server under test (nothing may load from a CDN or any other origin).
import { test as base, expect } from '@playwright/test';

export const PAGES = ['/', '/guide', '/lab', '/play', '/play/first-step', '/play/sandbox'] as const;
export const LOCALE_PREFIXES = ['', '/ko'] as const;

export const test = base.extend<{ watch: { consoleErrors: string[]; foreignRequests: string[] } }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const consoleErrors: string[] = [];
			const foreignRequests: string[] = [];
			page.on('console', (msg) => {
				// A failed hydration is only a warning, but it throws away the server's HTML: count it.
				if (msg.type() === 'error' || msg.text().includes('hydration_'))
					consoleErrors.push(msg.text());
			});
			page.on('pageerror', (error) => consoleErrors.push(String(error)));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
					foreignRequests.push(url);
				}
			});
			const watch = { consoleErrors, foreignRequests };
			await use(watch);
			expect(foreignRequests, 'requests that left the server').toEqual([]);
			expect(
				consoleErrors.filter((text) => !text.includes('404 (Not Found)')),
				'console errors'
			).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
