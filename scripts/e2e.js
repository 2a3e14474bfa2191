// `npm run test:e2e`: find a browser (or say exactly how to get one), then run Playwright.
import { spawnSync } from 'node:child_process';
import { findChromium, HOW_TO_GET_ONE } from './browser.js';

const browser = findChromium();
if (!browser) {
	console.error(HOW_TO_GET_ONE);
	process.exit(1);
}
console.log(
	`End-to-end tests in Chromium (${browser.source}${browser.path ? `: ${browser.path}` : ''})`
);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit'
});
process.exit(result.status ?? 1);
