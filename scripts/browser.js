// Which Chromium the end-to-end tests drive: PLAYWRIGHT_CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Shared by playwright.config.ts and scripts/e2e.js.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const HOW_TO_GET_ONE = [
	'No Chromium found for the end-to-end tests. Get one of:',
	'  - Debian/Ubuntu: sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)',
	"  - Playwright's own browser: npx playwright install chromium",
	'  - any Chromium or Chrome binary: PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome npm test'
].join('\n');

/** @returns {{ path: string | undefined, source: string } | null} */
export function findChromium() {
	const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
	if (fromEnv)
		return existsSync(fromEnv) ? { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_PATH' } : null;
	if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'Debian' };
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: undefined, source: 'Playwright' };
	} catch {
		// Playwright has no browser of its own installed.
	}
	return null;
}
