// Timing helpers for `npm run bench`: warm up, then take the median of several runs.
// Benchmarks print figures; they never assert speed (tests never time anything).

export interface Measurement {
	median: number;
	runs: number[];
}

export interface MeasureOptions {
	warmup?: number;
	runs?: number;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed (default 2 and 7); ms per run. */
export async function measure(
	fn: () => void | Promise<void>,
	{ warmup = 2, runs = 7 }: MeasureOptions = {}
): Promise<Measurement> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		times.push(performance.now() - t0);
	}
	return { median: median(times), runs: times };
}
