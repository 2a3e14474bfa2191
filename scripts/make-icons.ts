// Renders the app icons (scripts/icons/design.ts) to PNG with Chromium and writes them to
// static/icons/. Run after changing the design: `npx tsx scripts/make-icons.ts`. The PNGs are
// committed, so a build never needs a browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_ONE } from './browser.js';
import { ICONS, iconSvg } from './icons/design';

const OUT = new URL('../static/icons/', import.meta.url);

const found = findChromium();
if (!found) {
	console.error(HOW_TO_GET_ONE);
	process.exit(1);
}
const browser = await chromium.launch({ executablePath: found.path });
try {
	const page = await browser.newPage({ deviceScaleFactor: 1 });
	mkdirSync(OUT, { recursive: true });
	for (const icon of ICONS) {
		await page.setViewportSize({ width: icon.size, height: icon.size });
		await page.setContent(
			`<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(icon.purpose, icon.size)}</body></html>`
		);
		const png = await page.screenshot({ omitBackground: true, type: 'png' });
		writeFileSync(new URL(icon.file, OUT), png);
		console.log(`static/icons/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
	}
} finally {
	await browser.close();
}
