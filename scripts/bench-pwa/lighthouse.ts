// Lighthouse for `npm run bench:pwa`: one page audited `runs` times with Lighthouse's default
// (mobile) settings — a Moto G Power sized screen, simulated slow 4G and a 4× slower CPU — each
// run in a Chromium of its own started by chrome-launcher (a fresh profile, so every run is a
// first visit and no language cookie reaches the next page), then the runs summarised.
// Lighthouse is found when first needed (never imported: its CLI runs in a child process), so a
// missing install is one clear message.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LaunchedChrome } from 'chrome-launcher';
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the table shows of one Lighthouse run. */
export interface RunSummary {
	scores: Record<Category, number | null>;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	speedIndexMs: number;
	/**
	 * `total-byte-weight`: what the page fetched. The service worker's precache (after the load
	 * event, in the worker) is not among it: Lighthouse does not follow the service worker.
	 */
	transferBytes: number;
	/** Scripts the page itself loaded (not its workers). */
	jsBytes: number;
	/**
	 * When Chromium really showed the first content (Lighthouse's `observedFirstContentfulPaint`, not
	 * the simulated FCP). Chromium's paint holding often puts it at 1.25 s or 2.25 s though the page
	 * loaded in well under a second; such a run has a higher speed index and a lower TBT
	 * (ARCHITECTURE.md, "Page performance").
	 */
	firstPaintSeenMs: number;
	/** Lighthouse's CPU benchmark of this run: lower means a busier or slower machine. */
	benchmarkIndex: number;
	warnings: string[];
}

export interface FailingAudit {
	id: string;
	title: string;
	score: number;
	displayValue?: string;
	/** For an accessibility audit: a few of the elements that fail it. */
	where: string[];
}

interface NetworkItem {
	resourceType?: string;
	transferSize?: number;
	sessionTargetType?: string;
}

/** Chrome's launcher, and the path of Lighthouse's CLI (run in a child process, never imported here). */
async function findLighthouse() {
	try {
		const cli = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
		return { launcher: await import('chrome-launcher'), cli };
	} catch (error) {
		throw new Error(
			`Lighthouse is not installed (it is a devDependency: run \`npm install\`): ${(error as Error).message}`,
			{ cause: error }
		);
	}
}

export function summarise(lhr: Result): RunSummary {
	const audits = lhr.audits;
	const value = (id: string) => audits[id]?.numericValue ?? NaN;
	const items = ((audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)
		?.items ?? []) as NetworkItem[];
	const bytes = (keep: (item: NetworkItem) => boolean) =>
		items.filter(keep).reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
	const fromPage = (item: NetworkItem) => (item.sessionTargetType ?? 'page') === 'page';
	return {
		scores: Object.fromEntries(
			CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])
		) as Record<Category, number | null>,
		fcpMs: value('first-contentful-paint'),
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		speedIndexMs: value('speed-index'),
		firstPaintSeenMs:
			(
				audits['metrics']?.details as
					{ items?: { observedFirstContentfulPaint?: number }[] } | undefined
			)?.items?.[0]?.observedFirstContentfulPaint ?? NaN,
		transferBytes: value('total-byte-weight'),
		jsBytes: bytes((item) => fromPage(item) && item.resourceType === 'Script'),
		benchmarkIndex: lhr.environment.benchmarkIndex,
		warnings: lhr.runWarnings
	};
}

const UNSCORED = new Set(['notApplicable', 'informative', 'manual', 'error']);

/** The category's audits that did not pass, the heaviest (then the lowest scoring) first. */
export function failingAudits(lhr: Result, category: Category, below = 1): FailingAudit[] {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	return refs
		.map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
		.filter(
			({ audit }) =>
				audit &&
				audit.score !== null &&
				audit.score < below &&
				!UNSCORED.has(audit.scoreDisplayMode)
		)
		.sort((a, b) => b.ref.weight - a.ref.weight || (a.audit.score ?? 0) - (b.audit.score ?? 0))
		.map(({ audit }) => ({
			id: audit.id,
			title: audit.title,
			score: audit.score ?? 0,
			displayValue: audit.displayValue,
			where: elementsOf(audit.details)
		}));
}

function elementsOf(details: unknown): string[] {
	const items = (details as { items?: { node?: { selector?: string; snippet?: string } }[] })
		?.items;
	if (!Array.isArray(items)) return [];
	return items
		.map((item) => item.node?.selector ?? item.node?.snippet)
		.filter((s): s is string => typeof s === 'string')
		.slice(0, 3);
}

export interface LighthouseOptions {
	chromePath: string;
	runs: number;
	onRun?: (run: number, summary: RunSummary) => void;
}

/**
 * How much lower than Chromium the harness runs (`nice`): this machine has two CPUs, and Lighthouse
 * (which reads every DevTools event as it comes) and the app's server would otherwise take them
 * from the page while it lays out and hydrates. Lighthouse multiplies what each task took on the
 * clock by 4 (its mobile CPU), so a page that merely waited for a CPU scores as if it had worked.
 * On a phone neither runs beside the page. Exported for the server, started by bench-pwa.ts.
 */
export const HARNESS_NICENESS = 10;

/** Runs at HARNESS_NICENESS (best effort: a system that refuses just leaves the priority alone). */
export function lowerPriority(pid: number | undefined): boolean {
	if (pid === undefined) return false;
	try {
		setPriority(pid, HARNESS_NICENESS);
		return true;
	} catch {
		return false;
	}
}

/** One Lighthouse run in a process of its own at lower priority, against the Chromium on `port`. */
function runLighthouse(cli: string, url: string, port: number): Promise<Result> {
	const args = [
		cli,
		url,
		`--port=${port}`,
		'--output=json',
		'--output-path=stdout',
		`--only-categories=${CATEGORIES.join(',')}`,
		'--quiet'
	];
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		lowerPriority(child.pid);
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const text = Buffer.concat(out).toString('utf8');
			if (code !== 0 || !text.trim()) {
				const why = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-5).join('\n');
				reject(new Error(`Lighthouse exited with ${code} on ${url}: ${why || 'no output'}`));
				return;
			}
			try {
				resolvePromise(JSON.parse(text) as Result);
			} catch (error) {
				reject(
					new Error(`Lighthouse's report for ${url} is not JSON: ${(error as Error).message}`)
				);
			}
		});
	});
}

/**
 * Every run's result (the lhr) of one URL, each run in a Chromium started for it: Lighthouse
 * clears the service worker and caches between runs but not IndexedDB (the game's grid cache,
 * progress), so only a fresh profile makes every run a first visit. Chromium runs at this
 * process's priority, Lighthouse below it (HARNESS_NICENESS).
 */
export async function audit(url: string, options: LighthouseOptions): Promise<Result[]> {
	const { launcher, cli } = await findLighthouse();
	const chromeFlags = ['--headless=new', '--disable-quic'];
	// Chromium refuses to start its sandbox as root (this machine, CI, containers).
	if (process.getuid?.() === 0) chromeFlags.push('--no-sandbox');
	const results: Result[] = [];
	for (let run = 1; run <= options.runs; run++) {
		let chrome: LaunchedChrome | undefined;
		try {
			chrome = await launcher.launch({ chromePath: options.chromePath, chromeFlags });
			const lhr = await runLighthouse(cli, url, chrome.port);
			if (lhr.runtimeError)
				throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
			results.push(lhr);
			options.onRun?.(run, summarise(lhr));
		} finally {
			chrome?.kill();
		}
	}
	return results;
}
