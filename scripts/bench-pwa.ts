// `npm run bench:pwa`: Lighthouse's mobile audit of Downhill's main pages, and whether Chromium
// finds the app installable, printed.
//   1. Builds the app (`--no-build` uses the build that is there).
//   2. `node build` on a free loopback port with a throwaway DATA_DIR (bench-server/load.ts).
//   3. Per page: Lighthouse 12 (npm) with its default mobile settings, --runs times (default 3),
//      categories performance, accessibility, best-practices and SEO, in Debian's Chromium or
//      Playwright's (scripts/browser.js), each run a first visit in a fresh profile; Lighthouse and
//      the server run at lower CPU priority than Chromium (HARNESS_NICENESS). The median
//      run by performance score is the one shown: this machine is noisy. `--page /path` (again for
//      more) audits only those pages.
//   4. Targets: performance ≥ 0.95 on every page but the game level, accessibility 1.0 on all.
//      A page below one gets the audits that keep it there listed.
//   5. Installability: Chromium's own check (bench-pwa/installable.ts), English and Korean.
// A benchmark, not a test: it exits 0 whatever the scores unless `--strict` (then 1 on a missed
// target or when not installable) or the run itself broke. A run of all pages is written to
// bench/results/pwa.json; each page's median Lighthouse report (JSON, for the Lighthouse viewer)
// to $TMPDIR/downhill-bench-pwa-reports/.
// Heavy: on a shared machine run it under the build lock
// (`flock /tmp/downhill-build.lock npm run bench:pwa`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { HOW_TO_GET_ONE, findChromium } from './browser.js';
import { startServer } from './bench-server/load';
import { installability } from './bench-pwa/installable';
import { audit, HARNESS_NICENESS, lowerPriority } from './bench-pwa/lighthouse';
import {
	judge,
	printFailures,
	printInstallability,
	printTable,
	type PageResult,
	type PageSpec
} from './bench-pwa/report';

const root = resolve(import.meta.dirname, '..');

const PAGES: PageSpec[] = [
	{ path: '/' },
	{ path: '/play' },
	{ path: '/puzzles/gates.add' },
	{ path: '/quiz' },
	{ path: '/quiz/round?seed=3' },
	{ path: '/play/first-step', game: true },
	{ path: '/ko' }
];
const INSTALL_PATHS = ['/', '/ko'];

interface Options {
	build: boolean;
	runs: number;
	strict: boolean;
	pages: PageSpec[];
	allPages: boolean;
}

function readOptions(): Options {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			runs: { type: 'string', default: '3' },
			strict: { type: 'boolean', default: false },
			page: { type: 'string', multiple: true }
		}
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
	const chosen = values.page;
	const pages = chosen?.length
		? chosen.map((path) => PAGES.find((p) => p.path === path) ?? { path })
		: PAGES;
	return {
		build: !values['no-build'],
		runs,
		strict: values.strict,
		pages,
		allPages: pages === PAGES
	};
}

function build(wanted: boolean): void {
	if (!wanted) {
		if (!existsSync(join(root, 'build', 'index.js')))
			throw new Error('--no-build, but there is no build: run `npx vite build` first');
		console.log('bench:pwa — using the existing build');
		return;
	}
	console.log('bench:pwa — building…');
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
	if (result.status !== 0) throw new Error('the build failed (run `npx vite build` to see why)');
	console.log(`bench:pwa — built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function chromePath(): string {
	const found = findChromium();
	if (!found) throw new Error(HOW_TO_GET_ONE);
	return found.path ?? chromium.executablePath();
}

const slug = (path: string) => path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';

async function main(): Promise<number> {
	const options = readOptions();
	const started = performance.now();
	const browser = chromePath();
	build(options.build);
	const dataDir = mkdtempSync(join(tmpdir(), 'downhill-bench-pwa-data-'));
	const server = await startServer(root, { DATA_DIR: dataDir });
	// The server, like Lighthouse, runs below Chromium (see HARNESS_NICENESS).
	const niced = lowerPriority(server.process.pid);
	// Not under test-results/: a Playwright run empties that folder.
	const reports = join(tmpdir(), 'downhill-bench-pwa-reports');
	mkdirSync(reports, { recursive: true });
	try {
		console.log(
			`bench:pwa — ${server.origin}, Chromium ${browser}, ${options.runs} runs per page; ` +
				`${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (scores drop on a busy machine); ` +
				(niced
					? `server and Lighthouse at nice ${HARNESS_NICENESS}, Chromium at normal priority`
					: 'could not lower the priority of the server and Lighthouse')
		);
		const results: PageResult[] = [];
		for (const spec of options.pages) {
			const runs = await audit(server.origin + spec.path, {
				chromePath: browser,
				runs: options.runs,
				onRun: (run, s) =>
					console.log(
						`  ${spec.path} run ${run}: performance ${s.scores.performance}, accessibility ${s.scores.accessibility}, ` +
							`first paint seen at ${(s.firstPaintSeenMs / 1000).toFixed(2)} s, ` +
							`CPU benchmark ${Math.round(s.benchmarkIndex)}, load average ${loadavg()[0].toFixed(1)}` +
							(s.warnings.length ? ` (warnings: ${s.warnings.join(' | ')})` : '')
					)
			});
			const { result, medianRun } = judge(spec, runs);
			results.push(result);
			writeFileSync(join(reports, `${slug(spec.path)}.json`), JSON.stringify(medianRun));
		}
		const installable = await installability(server.origin, INSTALL_PATHS, findChromium()?.path);

		printTable(results, options.runs);
		printFailures(results);
		const canInstall = printInstallability(installable);
		const missed = results.filter((r) => r.performanceMet === false || !r.accessibilityMet);
		console.log(
			missed.length
				? `\nTargets NOT met on ${missed.length} of ${results.length} pages: ${missed.map((r) => r.path).join(', ')}`
				: `\nTargets met on all ${results.length} pages.`
		);
		const seconds = Math.round((performance.now() - started) / 1000);
		console.log(`bench:pwa — each page's median Lighthouse report (JSON): ${reports}/`);
		console.log(`bench:pwa — done in ${Math.floor(seconds / 60)} min ${seconds % 60} s`);

		// A run of some pages (--page) is for looking into them: it leaves the record of all alone.
		if (options.allPages) {
			mkdirSync(join(root, 'bench', 'results'), { recursive: true });
			const record = { date: new Date().toISOString(), runs: options.runs, results, installable };
			writeFileSync(
				join(root, 'bench', 'results', 'pwa.json'),
				JSON.stringify(record, null, '\t') + '\n'
			);
		}
		return options.strict && (missed.length > 0 || !canInstall) ? 1 : 0;
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
