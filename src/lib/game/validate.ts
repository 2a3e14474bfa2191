// A terrain the scene cannot draw is refused with a message naming what is wrong (the page shows
// it as game:error), rather than drawing nonsense or throwing from deep inside a painter. Pure.
import type { TerrainSpec } from './events';

/** Throws an Error listing every problem of a terrain spec; returns quietly when it is drawable. */
export function checkTerrain(t: TerrainSpec): void {
	const problems: string[] = [];
	const dims = t.rows > 1 ? 2 : 1;
	if (!(Number.isInteger(t.rows) && t.rows >= 1)) problems.push(`rows must be ≥ 1 (got ${t.rows})`);
	if (!(Number.isInteger(t.cols) && t.cols >= 2)) problems.push(`cols must be ≥ 2 (got ${t.cols})`);
	if (!(t.values?.length >= t.rows * t.cols)) {
		problems.push(`values holds ${t.values?.length} numbers, rows × cols needs ${t.rows * t.cols}`);
	}
	if (!(t.bounds?.length >= dims)) problems.push(`bounds needs ${dims} ranges`);
	t.bounds?.slice(0, dims).forEach(([lo, hi], i) => {
		if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) {
			problems.push(`bounds[${i}] must be finite and increasing (got ${lo}, ${hi})`);
		}
	});
	if (!(t.variables?.length >= dims)) problems.push(`variables needs ${dims} names`);
	if (problems.length > 0) throw new Error(`terrain cannot be drawn: ${problems.join('; ')}`);
}
