// Every end-to-end test runs with two watchers: no console error, and no request that leaves the
// server under test (nothing may load from a CDN or any other origin). A test that takes the
// network away on purpose may allow the browser's own report of those failed requests, and nothing
// else (`test.use({ networkFailures: 'allowed' })`); pages of other contexts are watched with
// `watch.add(page)` (with the origin they are served from, when it is not baseURL's).
import { test as base, expect, type Page } from '@playwright/test';

export const PAGES = ['/', '/guide', '/lab', '/play', '/play/first-step', '/play/sandbox'] as const;
export const LOCALE_PREFIXES = ['', '/ko'] as const;

/**
 * Chromium's console line for a request that failed because the test cut the connection
 * (offline emulation, or a route aborted with `connectionreset`).
 */
const NETWORK_FAILURE =
	/^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_RESET)$/;

export interface Watch {
	consoleErrors: string[];
	foreignRequests: string[];
	/** Watches another page too (one of a context the test made itself), served from `origin`. */
	add(page: Page, origin?: string): void;
}

export const test = base.extend<{ networkFailures: 'errors' | 'allowed'; watch: Watch }>({
	networkFailures: ['errors', { option: true }],
	watch: [
		async ({ page, baseURL, networkFailures }, use) => {
			const served = new URL(baseURL!).origin;
			const consoleErrors: string[] = [];
			const foreignRequests: string[] = [];
			const add = (watched: Page, origin = served) => {
				watched.on('console', (msg) => {
					// A failed hydration is only a warning, but it throws away the server's HTML: count it.
					if (msg.type() === 'error' || msg.text().includes('hydration_'))
						consoleErrors.push(msg.text());
				});
				watched.on('pageerror', (error) => consoleErrors.push(String(error)));
				watched.on('request', (request) => {
					const url = request.url();
					if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
						foreignRequests.push(url);
					}
				});
			};
			add(page);
			await use({ consoleErrors, foreignRequests, add });
			expect(foreignRequests, 'requests that left the server').toEqual([]);
			expect(
				consoleErrors.filter(
					(text) =>
						!text.includes('404 (Not Found)') &&
						!(networkFailures === 'allowed' && NETWORK_FAILURE.test(text))
				),
				'console errors'
			).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
