// Labelled contour lines of a 2-D loss grid: levels evenly spaced on the same log-like scale as the
// colours, rounded to nice numbers, traced by d3-contour and turned into polylines in the map's own
// variables with anchors for their labels. Pure: the scene only draws what this returns.
import { contours } from 'd3-contour';
import { formatNumber } from './format';
import { level, valueAt } from './terrain';

export interface ContourGrid {
	values: Float64Array;
	rows: number;
	cols: number;
	bounds: readonly (readonly [number, number])[];
	min: number;
	max: number;
}

export interface ContourLevel {
	value: number;
	/** The value as a short label ("0.5", "20"). */
	label: string;
	/** Its place on the colour scale, 0…1 (the scene picks a line colour that contrasts). */
	t: number;
	/** Polylines in map coordinates, flat [x0, y0, x1, y1, …]; a closed ring repeats its first point. */
	lines: number[][];
	/** Points on the lines where a label may sit. */
	anchors: [number, number][];
}

const UNITS = [5, 2.5, 2, 1];

/** The roundest unit (5, 2.5, 2, 1 × 10^k) that moves `v` by at most `tolerance`. */
function roundNicely(v: number, tolerance: number): { value: number; unit: number } {
	const top = 10 ** Math.ceil(Math.log10(Math.max(Math.abs(v), tolerance)));
	for (let power = top; power >= tolerance / 100; power /= 10) {
		for (const m of UNITS) {
			const unit = m * power;
			const value = Math.round(v / unit) * unit;
			if (Math.abs(value - v) <= tolerance) return { value: Number(value.toPrecision(12)), unit };
		}
	}
	return { value: v, unit: tolerance };
}

/**
 * About `count` levels strictly between min and max, evenly spaced on the log-like colour scale and
 * each rounded by less than a quarter of the gap to its neighbours (so they stay ordered).
 */
export function contourThresholds(min: number, max: number, count = 9): number[] {
	if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min)) return [];
	const raw = Array.from({ length: count }, (_, k) => valueAt((k + 1) / (count + 1), min, max));
	const out: number[] = [];
	raw.forEach((v, k) => {
		const before = k > 0 ? raw[k - 1] : min;
		const after = k < count - 1 ? raw[k + 1] : max;
		const gap = Math.min(v - before, after - v);
		const { value } = roundNicely(v, gap / 4);
		if (value > min && value < max && value !== out[out.length - 1]) out.push(value);
	});
	return out;
}

/** Contour levels of a grid (rows ≥ 2, cols ≥ 2) at the given thresholds. */
export function contourLevels(grid: ContourGrid, thresholds: readonly number[]): ContourLevel[] {
	const { rows, cols, bounds, min, max } = grid;
	if (rows < 2 || cols < 2) return [];
	const generator = contours().size([cols, rows]);
	const values = grid.values as unknown as number[];
	const [[x0, x1], [y0, y1]] = bounds;
	const toMap = (px: number, py: number): [number, number] => [
		x0 + ((px - 0.5) * (x1 - x0)) / (cols - 1),
		y0 + ((py - 0.5) * (y1 - y0)) / (rows - 1)
	];
	const span = Math.hypot(x1 - x0, y1 - y0);
	return thresholds.map((value) => {
		const polygon = generator.contour(values, value);
		const lines: number[][] = [];
		for (const rings of polygon.coordinates)
			for (const ring of rings) lines.push(...interiorRuns(ring, cols, rows, toMap));
		return {
			value,
			// Thresholds are already round, so the value itself says how many decimals it needs.
			label: formatNumber(value, value),
			t: level(value, min, max),
			lines,
			anchors: lines.flatMap((line) => labelAnchors(line, span))
		};
	});
}

type Ring = number[][];

/**
 * d3-contour closes every ring along the grid's outer edge (x = 0 or cols, y = 0 or rows), where
 * no data is; those edge points are dropped, which splits a ring into the runs that are real
 * contour. Grid value k sits at coordinate k + 0.5 in d3-contour's frame.
 */
function interiorRuns(
	ring: Ring,
	cols: number,
	rows: number,
	toMap: (px: number, py: number) => [number, number]
): number[][] {
	const onEdge = (p: number[]) => p[0] <= 0 || p[0] >= cols || p[1] <= 0 || p[1] >= rows;
	const first = ring.findIndex(onEdge);
	if (first < 0) return [ring.flatMap(([px, py]) => toMap(px, py))];
	// Start at an edge point so no run wraps around the ring's seam.
	const open = ring.slice(0, -1);
	const rotated = [...open.slice(first), ...open.slice(0, first), open[first]];
	const runs: number[][] = [];
	let run: number[] = [];
	for (const p of rotated) {
		if (onEdge(p)) {
			if (run.length >= 4) runs.push(run);
			run = [];
		} else run.push(...toMap(p[0], p[1]));
	}
	return runs;
}

/** Points at the middle of a line's length, and more along long lines, relative to the map size. */
export function labelAnchors(line: number[], span: number): [number, number][] {
	const lengths = [0];
	for (let i = 2; i < line.length; i += 2) {
		lengths.push(
			lengths[lengths.length - 1] + Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1])
		);
	}
	const total = lengths[lengths.length - 1];
	if (!(total > span * 0.08)) return [];
	const count = Math.max(1, Math.min(4, Math.floor(total / (span * 0.6))));
	const out: [number, number][] = [];
	for (let j = 0; j < count; j++) out.push(pointAt(line, lengths, ((j + 0.5) / count) * total));
	return out;
}

function pointAt(line: number[], lengths: number[], s: number): [number, number] {
	let i = 1;
	while (i < lengths.length - 1 && lengths[i] < s) i++;
	const seg = lengths[i] - lengths[i - 1];
	const f = seg > 0 ? (s - lengths[i - 1]) / seg : 0;
	const a = 2 * (i - 1);
	return [line[a] + f * (line[a + 2] - line[a]), line[a + 1] + f * (line[a + 3] - line[a + 1])];
}
