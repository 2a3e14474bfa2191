// `npm run bench:game`: the game's speed, measured in Chromium with Playwright and printed.
//   1. JavaScript each non-play page loads (gzipped), against the 150 KB budget, and that Phaser
//      is not among it; the play page's total for comparison. A quiz round counts what loads until
//      the network is idle: its first question's generator (the server sent the question and its
//      formulas; KaTeX and later questions load once the learner answers).
//      `--bundles` stops after this part.
//   2. First frame: from the page becoming interactive (the player's onMount) to the terrain on
//      screen, with the landscape grid already cached (IndexedDB), against 300 ms.
//   3. Frames per second while a run animates (a requestAnimationFrame counter), against 60.
//   4. CPU while paused: main-thread task time per second from the DevTools protocol.
// Results go to bench/results/game.json. Builds the app first; needs a Chromium (scripts/browser.js).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { HOW_TO_GET_ONE, findChromium } from './browser.js';

const root = resolve(import.meta.dirname, '..');
const PORT = 4391;
const BASE = `http://localhost:${PORT}`;
const OTHER_PAGES = [
	'/',
	'/guide',
	'/lab',
	'/play',
	'/ko',
	'/ko/guide',
	'/ko/lab',
	'/puzzles',
	'/puzzles/circuits.xyz',
	'/puzzles/which-derivative',
	'/quiz',
	'/quiz/round?seed=1',
	'/quiz/round?seed=2&concept=softmax'
];
const BUNDLES_ONLY = process.argv.includes('--bundles');
const LEVEL = '/play/banana-valley';

function build() {
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
	if (result.status !== 0) throw new Error('the build failed (run `npx vite build` to see why)');
}

async function serve() {
	const server = spawn('node', ['build'], {
		cwd: root,
		env: { ...process.env, PORT: String(PORT), DATA_DIR: join(root, 'test-results', 'bench-data') },
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return server;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	server.kill();
	throw new Error('the server did not start');
}

/** Gzipped bytes of every script a page loads, and whether Phaser is one of them. */
async function scriptsOf(context, path) {
	const page = await context.newPage();
	const scripts = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		scripts.push({
			url: response.url(),
			gzip: gzipSync(body).length,
			phaser: body.includes('Phaser v')
		});
	});
	await page.goto(BASE + path, { waitUntil: 'networkidle' });
	await page.close();
	return {
		path,
		kb: Math.round(scripts.reduce((sum, s) => sum + s.gzip, 0) / 102.4) / 10,
		phaser: scripts.some((s) => s.phaser)
	};
}

async function firstFrame(page) {
	await page.waitForFunction(
		() => performance.getEntriesByName('downhill:terrain-frame').length > 0,
		null,
		{ timeout: 30_000 }
	);
	return page.evaluate(() => {
		const at = (name) => performance.getEntriesByName(name)[0].startTime;
		return at('downhill:terrain-frame') - at('downhill:interactive');
	});
}

async function cpuPerSecond(page, seconds) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const read = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
	};
	const before = await read();
	await page.waitForTimeout(seconds * 1000);
	const after = await read();
	const per = (name) => Math.round((((after[name] - before[name]) * 1000) / seconds) * 10) / 10;
	return {
		taskMsPerS: per('TaskDuration'),
		scriptMsPerS: per('ScriptDuration'),
		layoutMsPerS: per('LayoutDuration')
	};
}

async function fps(page, seconds) {
	return page.evaluate(async (ms) => {
		let frames = 0;
		let long = 0;
		let last = performance.now();
		const start = last;
		await new Promise((done) => {
			const tick = (now) => {
				frames += 1;
				if (now - last > 25) long += 1;
				last = now;
				if (now - start < ms) requestAnimationFrame(tick);
				else done();
			};
			requestAnimationFrame(tick);
		});
		return {
			fps: Math.round((frames * 10000) / (performance.now() - start)) / 10,
			longFrames: long
		};
	}, seconds * 1000);
}

async function main() {
	const found = findChromium();
	if (!found) throw new Error(HOW_TO_GET_ONE);
	console.log('bench:game — building…');
	build();
	const server = await serve();
	const browser = await chromium.launch({ executablePath: found.path });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Korean pages set the language cookie: measure them in a context of their own.
		const other = await browser.newContext();
		const bundles = [];
		for (const path of [...OTHER_PAGES, LEVEL]) bundles.push(await scriptsOf(other, path));
		await other.close();
		if (BUNDLES_ONLY) {
			printBundles(bundles);
			return;
		}

		const page = await context.newPage();
		page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
		await page.goto(BASE + LEVEL);
		const uncached = await firstFrame(page);
		const cached = [];
		for (let i = 0; i < 5; i++) {
			await page.reload();
			cached.push(await firstFrame(page));
		}
		await page.waitForTimeout(1500);
		const idle = await cpuPerSecond(page, 3);

		await page.goto(`${BASE}/play/sandbox`);
		await page.waitForSelector('.map[data-status="ready"]');
		await page.getByLabel('Speed').selectOption({ label: '10 steps/s' });
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await page.waitForTimeout(300);
		const running = await fps(page, 3);
		const runningCpu = await cpuPerSecond(page, 2);
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.waitForTimeout(1500);
		const pausedCpu = await cpuPerSecond(page, 3);

		const result = {
			date: new Date().toISOString(),
			bundles,
			firstFrameMs: {
				uncached: Math.round(uncached),
				cached: cached.map(Math.round),
				cachedMedian: Math.round(cached.sort((a, b) => a - b)[2])
			},
			running: { ...running, cpu: runningCpu },
			paused: { level: idle, sandbox: pausedCpu }
		};
		print(result);
		mkdirSync(join(root, 'bench', 'results'), { recursive: true });
		writeFileSync(
			join(root, 'bench', 'results', 'game.json'),
			JSON.stringify(result, null, '\t') + '\n'
		);
	} finally {
		await browser.close();
		server.kill();
	}
}

function printBundles(bundles) {
	console.log('\nJavaScript per page (gzip, budget 150 KB for non-play pages):');
	for (const b of bundles)
		console.log(
			`  ${b.path.padEnd(34)} ${String(b.kb).padStart(7)} KB  ${b.phaser ? 'Phaser loaded' : 'no Phaser'}`
		);
}

function print(r) {
	printBundles(r.bundles);
	const f = r.firstFrameMs;
	console.log(
		`\nFirst terrain frame after interactive: cached median ${f.cachedMedian} ms (budget 300; runs ${f.cached.join(', ')}), uncached ${f.uncached} ms`
	);
	console.log(
		`While running: ${r.running.fps} fps (target 60), ${r.running.longFrames} frames over 25 ms, main thread busy ${r.running.cpu.taskMsPerS} ms/s`
	);
	console.log(
		`Paused: main thread busy ${r.paused.sandbox.taskMsPerS} ms/s (sandbox), ${r.paused.level.taskMsPerS} ms/s (level, idle)`
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
