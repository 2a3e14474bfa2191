// `npm run bench`: W1 (landscape grid), W2 (training) and W3 (scalar engine) in one process, each
// against TF.js CPU; then the model landscapes (first-time readiness, 128×128 grids, cache hits) and
// 1,000 Adam steps through `descend`. Prints tables and writes bench/results/latest.json.
// Timings only, no asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDescendBench } from './descend';
import { landscapeTable, runLandscapeBench } from './landscapes';
import { runW1, type WorkloadResult } from './w1-landscape';
import { runW2 } from './w2-training';

interface W3 {
	runW3(): Promise<{ workload: string; engine_ms_median: number; tfjs_cpu_ms_median: number }>;
}

async function runW3(): Promise<WorkloadResult | null> {
	let module: W3;
	try {
		// A URL, not a literal path, so the type-checker does not require the file to exist yet.
		module = (await import(new URL('./w3-scalar.ts', import.meta.url).href)) as W3;
	} catch (e) {
		console.log(
			`W3 missing: could not import bench/w3-scalar.ts (${(e as Error).message.split('\n')[0]})`
		);
		return null;
	}
	const r = await module.runW3();
	return { ...r, speedup: r.tfjs_cpu_ms_median / r.engine_ms_median };
}

function table(results: WorkloadResult[]): string {
	const ms = (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : '—');
	const x = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}×` : '—');
	const rows = results.map((r) => [
		r.workload,
		ms(r.engine_ms_median),
		ms(r.tfjs_cpu_ms_median),
		x(r.speedup),
		ms(r.fused_ms_median),
		x(r.engine_vs_fused)
	]);
	const head = ['workload', 'engine ms', 'TF.js CPU ms', 'speedup', 'fused ms', 'engine/fused'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
	const results: WorkloadResult[] = [await runW1(), await runW2()];
	const w3 = await runW3();
	if (w3) results.push(w3);
	console.log(
		`\n${table(results)}\n(medians of 7 runs after warm-up; the machine is shared, so expect noise)`
	);
	const models = await runLandscapeBench();
	console.log(
		`\n${landscapeTable(models)}\n(ready = first build, training included, plus the level's 64×64 grid; 128² = median of ${models[0].runs} runs after 1 warm-up)`
	);
	const descent = await runDescendBench();
	console.log(
		`\n${descent.workload}: ${descent.ms_median.toFixed(1)} ms (${Math.round(descent.steps_per_second).toLocaleString('en')} steps/s)`
	);
	const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
	mkdirSync(dirname(out), { recursive: true });
	const all = [...results, ...models, descent];
	writeFileSync(out, `${JSON.stringify(all, null, '\t')}\n`);
	console.log(`wrote ${out}`);
}

await main();
