// What `npm run bench:pwa` prints: per page the median run's figures and whether it meets its
// targets, what keeps a page below them, and Chromium's installability verdict.
import type { Result } from 'lighthouse';
import type { Installability } from './installable';
import { failingAudits, summarise, type FailingAudit, type RunSummary } from './lighthouse';

export const PERFORMANCE_TARGET = 0.95;
export const ACCESSIBILITY_TARGET = 1;

export interface PageSpec {
	path: string;
	/** The game page: accessibility is held to the target, performance is not. */
	game?: boolean;
}

export interface PageResult {
	path: string;
	game: boolean;
	/** Every run's performance score, in run order. */
	performanceRuns: (number | null)[];
	/** The run with the median performance score: its figures are the ones shown. */
	median: RunSummary;
	/** The lowest accessibility score of the runs (it should not vary). */
	accessibility: number | null;
	performanceMet: boolean | null;
	accessibilityMet: boolean;
	failing: { performance: FailingAudit[]; accessibility: FailingAudit[]; other: FailingAudit[] };
}

const byPerformance = (a: Result, b: Result) =>
	(a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0);

/** The median run (the lower middle one for an even count) and the worst accessibility run. */
export function judge(spec: PageSpec, runs: Result[]): { result: PageResult; medianRun: Result } {
	const sorted = [...runs].sort(byPerformance);
	const medianRun = sorted[Math.floor((sorted.length - 1) / 2)];
	const median = summarise(medianRun);
	const worstA11y = [...runs].sort(
		(a, b) => (a.categories.accessibility?.score ?? 0) - (b.categories.accessibility?.score ?? 0)
	)[0];
	const accessibility = worstA11y.categories.accessibility?.score ?? null;
	const performance = median.scores.performance;
	const performanceMet = spec.game ? null : (performance ?? 0) >= PERFORMANCE_TARGET;
	const accessibilityMet = (accessibility ?? 0) >= ACCESSIBILITY_TARGET;
	return {
		medianRun,
		result: {
			path: spec.path,
			game: spec.game ?? false,
			performanceRuns: runs.map((r) => r.categories.performance?.score ?? null),
			median,
			accessibility,
			performanceMet,
			accessibilityMet,
			failing: {
				// Performance: what Lighthouse itself flags (score under 0.9) in the median run.
				performance: failingAudits(medianRun, 'performance', 0.9),
				accessibility: failingAudits(worstA11y, 'accessibility'),
				other: [...failingAudits(medianRun, 'best-practices'), ...failingAudits(medianRun, 'seo')]
			}
		}
	};
}

const score = (s: number | null) => (s === null ? ' —  ' : s.toFixed(2));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const COLUMNS: [string, number, (r: PageResult) => string][] = [
	['page', 20, (r) => r.path],
	['perf', 5, (r) => score(r.median.scores.performance)],
	['(runs)', 16, (r) => `(${r.performanceRuns.map(score).join(' ')})`],
	['a11y', 5, (r) => score(r.accessibility)],
	['BP', 5, (r) => score(r.median.scores['best-practices'])],
	['SEO', 5, (r) => score(r.median.scores.seo)],
	['FCP', 6, (r) => seconds(r.median.fcpMs)],
	['LCP', 6, (r) => seconds(r.median.lcpMs)],
	['TBT', 7, (r) => `${Math.round(r.median.tbtMs)} ms`],
	['CLS', 5, (r) => r.median.cls.toFixed(3)],
	['transfer', 8, (r) => kb(r.median.transferBytes)],
	['JS', 7, (r) => kb(r.median.jsBytes)],
	['targets', 0, targetsText]
];

function targetsText(r: PageResult): string {
	const misses = [
		r.performanceMet === false ? `perf < ${PERFORMANCE_TARGET}` : '',
		r.accessibilityMet ? '' : `a11y < ${ACCESSIBILITY_TARGET}`
	].filter(Boolean);
	const note = r.game ? ' (game: a11y only)' : '';
	return (misses.length ? `MISSED: ${misses.join(', ')}` : 'met') + note;
}

/** The page left-aligned, the figures right-aligned, the verdict as it is. */
const line = (cells: string[]) =>
	cells
		.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[0][1]) : cell.padStart(COLUMNS[i][1])))
		.join('  ');

export function printTable(results: PageResult[], runs: number): void {
	console.log(
		`\nLighthouse ${runs}× per page, mobile defaults (simulated slow 4G, 4× CPU slowdown).` +
			`\nperf = the median of the ${runs} runs' performance scores (this machine is noisy); the` +
			`\nother figures are that median run's; a11y = the lowest of the runs. "transfer" is what` +
			`\nthe page fetched (not the service worker's precache after load), JS its scripts.` +
			`\nTargets: perf ≥ ${PERFORMANCE_TARGET} except the game page, a11y = ${ACCESSIBILITY_TARGET} everywhere.\n`
	);
	console.log(line(COLUMNS.map(([name]) => name)));
	for (const r of results) console.log(line(COLUMNS.map(([, , cell]) => cell(r))));
}

function printAudits(title: string, audits: FailingAudit[]): void {
	if (!audits.length) return;
	console.log(`    ${title}:`);
	for (const a of audits) {
		const value = a.displayValue ? ` — ${a.displayValue}` : '';
		console.log(`      ${a.id} (${a.score.toFixed(2)}): ${a.title}${value}`);
		for (const where of a.where) console.log(`          at ${where}`);
	}
}

export function printFailures(results: PageResult[]): void {
	const below = results.filter((r) => r.performanceMet === false || !r.accessibilityMet);
	if (below.length) console.log('\nWhat keeps a page below its target:');
	for (const r of below) {
		console.log(`  ${r.path}`);
		if (r.performanceMet === false)
			printAudits('performance audits under 0.9 (median run)', r.failing.performance);
		if (!r.accessibilityMet) printAudits('accessibility audits failed', r.failing.accessibility);
	}
	const other = results.filter((r) => r.failing.other.length);
	if (other.length) console.log('\nBest-practices and SEO audits that did not pass (no target):');
	for (const r of other)
		console.log(
			`  ${r.path}: ${r.failing.other.map((a) => `${a.id} (${a.score.toFixed(2)})`).join(', ')}`
		);
}

export function printInstallability(found: Installability[]): boolean {
	const ok = found.every((f) => f.errors.length === 0);
	const details = found
		.map((f) => `${f.path}: ${f.errors.length ? f.errors.join('; ') : 'no errors'}`)
		.join(', ');
	console.log(
		`\ninstallable: ${ok ? 'yes' : 'no'} (Chromium's Page.getInstallabilityErrors and manifest errors, ` +
			`service worker in control — ${details})`
	);
	return ok;
}
