// Installability for `npm run bench:pwa`. Lighthouse 12 dropped its PWA category; its old
// `installable-manifest` audit asked Chromium itself, and so does this: the DevTools protocol's
// Page.getAppManifest (manifest errors) and Page.getInstallabilityErrors, once the service worker
// controls the page. Chromium never offers to install from an incognito profile (Playwright's usual
// contexts), so this uses a real, throwaway profile — as tests/e2e/pwa.spec.ts does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export interface Installability {
	path: string;
	manifestUrl: string | null;
	errors: string[];
}

const ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** Chromium's own verdict on each path (opened in turn in one profile). */
export async function installability(
	origin: string,
	paths: string[],
	executablePath: string | undefined
): Promise<Installability[]> {
	const profile = mkdtempSync(join(tmpdir(), 'downhill-bench-pwa-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		args: ARGS,
		baseURL: origin
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const found: Installability[] = [];
		for (const path of paths) {
			await page.goto(path);
			// The service worker keeps ~50 pages at install: wait for it to take control.
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
				timeout: 120_000
			});
			const cdp = await context.newCDPSession(page);
			const manifest = await cdp.send('Page.getAppManifest');
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			await cdp.detach();
			found.push({
				path,
				manifestUrl: manifest.url || null,
				errors: [
					...manifest.errors.map((e) => `manifest: ${e.message}`),
					...installabilityErrors.map(
						(e) =>
							e.errorId +
							(e.errorArguments.length
								? ` (${e.errorArguments.map((a) => `${a.name}=${a.value}`).join(', ')})`
								: '')
					)
				]
			});
		}
		return found;
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}
