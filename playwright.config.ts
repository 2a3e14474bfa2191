import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.js';

const browser = findChromium();
const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		// The service worker keeps ~50 pages and every built file per new browser profile: that load
		// would slow every test, so only the offline specs allow it (test.use({ serviceWorkers: 'allow' })).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: browser?.path,
			// This machine has no network: keep Chromium from calling home.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'npx vite build && node build',
		port: PORT,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI,
		env: { PORT: String(PORT), DATA_DIR: 'test-results/data', ORIGIN: `http://localhost:${PORT}` }
	}
});
