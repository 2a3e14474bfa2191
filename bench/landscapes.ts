// Model landscapes for `npm run bench`: first-time readiness (build the landscape — train the
// network, or solve the regression — plus the level's 64×64 grid), a 128×128 grid, and cache hits
// (memory, and IndexedDB through fake-indexeddb: Node has no browser database, so that figure shows
// the cache path, not a browser's disk).
import 'fake-indexeddb/auto';
import { GridCache, gridFor, indexedDbStore } from '../src/lib/landscapes/grid';
import { modelLandscapes } from '../src/lib/landscapes/models';
import { measure } from './timing';

const LEVEL_N = 64;
const DRAW_N = 128;

export interface LandscapeBenchResult {
	workload: string;
	landscape: string;
	parameters: number;
	examples: number;
	first_ready_ms: number;
	engine_ms_median: number;
	runs: number;
	memory_hit_ms: number;
	indexeddb_hit_ms: number;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
	const t0 = performance.now();
	await fn();
	return performance.now() - t0;
}

export async function runLandscapeBench(runs = 5): Promise<LandscapeBenchResult[]> {
	const results: LandscapeBenchResult[] = [];
	for (const { id } of modelLandscapes()) {
		// A fresh, untrained instance each time: "first time" includes building it.
		const fresh = () => modelLandscapes().find((l) => l.id === id)!;
		let landscape = modelLandscapes()[0];
		const first_ready_ms = await time(() => gridFor((landscape = fresh()), LEVEL_N));
		const grid = await measure(async () => void (await gridFor(landscape, DRAW_N)), {
			warmup: 1,
			runs
		});
		const cache = new GridCache(indexedDbStore('bench-grids'));
		await cache.grid(landscape, LEVEL_N);
		const memory_hit_ms = await time(() => cache.grid(landscape, LEVEL_N));
		const indexeddb_hit_ms = await time(() =>
			new GridCache(indexedDbStore('bench-grids')).grid(fresh(), LEVEL_N)
		);
		const variables = landscape.objective.variables.length;
		const full =
			'full' in landscape ? (landscape as { full(): { variables: string[] } }).full() : null;
		results.push({
			workload: `model grid ${DRAW_N}×${DRAW_N}: ${id}`,
			landscape: id,
			parameters: full ? full.variables.length : variables,
			examples: landscape.objective.size,
			first_ready_ms,
			engine_ms_median: grid.median,
			runs,
			memory_hit_ms,
			indexeddb_hit_ms
		});
	}
	return results;
}

export function landscapeTable(results: LandscapeBenchResult[]): string {
	const head = [
		'landscape',
		'params',
		'examples',
		`ready ms (build+${LEVEL_N}²)`,
		`${DRAW_N}² ms`,
		'mem hit ms',
		'IDB hit ms'
	];
	const rows = results.map((r) => [
		r.landscape,
		String(r.parameters),
		String(r.examples),
		r.first_ready_ms.toFixed(1),
		r.engine_ms_median.toFixed(1),
		r.memory_hit_ms.toFixed(3),
		r.indexeddb_hit_ms.toFixed(2)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
