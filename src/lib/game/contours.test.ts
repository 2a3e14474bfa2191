import { describe, expect, it } from 'vitest';
import { contourLevels, contourThresholds, labelAnchors } from './contours';

/** f(x, y) = x² + y² on [-2, 2]², n × n points, bounds included. */
function paraboloid(n: number) {
	const values = new Float64Array(n * n);
	const at = (i: number) => -2 + (4 * i) / (n - 1);
	for (let r = 0; r < n; r++)
		for (let c = 0; c < n; c++) values[r * n + c] = at(c) ** 2 + at(r) ** 2;
	return {
		values,
		rows: n,
		cols: n,
		bounds: [
			[-2, 2],
			[-2, 2]
		] as const,
		min: 0,
		max: 8
	};
}

/** Distance from a point to the nearest segment of a flat polyline. */
function distanceToLine(p: [number, number], line: number[]): number {
	let best = Infinity;
	for (let i = 0; i + 3 < line.length; i += 2) {
		const [ax, ay, bx, by] = [line[i], line[i + 1], line[i + 2], line[i + 3]];
		const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
		const f =
			len2 > 0
				? Math.max(0, Math.min(1, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / len2))
				: 0;
		best = Math.min(best, Math.hypot(p[0] - ax - f * (bx - ax), p[1] - ay - f * (by - ay)));
	}
	return best;
}

function isNice(v: number, smallest: number): boolean {
	for (let k = Math.floor(Math.log10(smallest)); k <= 6; k++) {
		for (const m of [1, 2, 2.5, 5]) {
			const unit = m * 10 ** k;
			if (unit >= smallest && Math.abs(v / unit - Math.round(v / unit)) < 1e-6) return true;
		}
	}
	return false;
}

describe('contourThresholds', () => {
	it('gives about nine increasing nice numbers strictly inside the range', () => {
		for (const [min, max] of [
			[0, 8],
			[0, 1],
			[0.1234, 5000],
			[-3, 250],
			[100, 100.5]
		]) {
			const t = contourThresholds(min, max);
			expect(t.length).toBeGreaterThanOrEqual(8);
			expect(t.length).toBeLessThanOrEqual(9);
			for (let i = 0; i < t.length; i++) {
				expect(t[i]).toBeGreaterThan(min);
				expect(t[i]).toBeLessThan(max);
				if (i > 0) expect(t[i]).toBeGreaterThan(t[i - 1]);
				// Nice: a whole multiple of 1, 2, 2.5 or 5 × 10^k, the unit not far below the spacing.
				const gap = Math.min(
					i > 0 ? t[i] - t[i - 1] : Infinity,
					i < t.length - 1 ? t[i + 1] - t[i] : Infinity
				);
				expect(isNice(t[i], gap / 50)).toBe(true);
			}
		}
	});
	it('is spaced on the log-like scale: more levels near the floor', () => {
		const t = contourThresholds(0, 1000);
		expect(t[1] - t[0]).toBeLessThan(t[t.length - 1] - t[t.length - 2]);
		// The middle level sits near expm1(0.5 · ln 1001) = 30.6, far below the linear midpoint 500.
		expect(t[4]).toBeGreaterThan(20);
		expect(t[4]).toBeLessThan(45);
	});
	it('is empty for a flat or undefined grid', () => {
		expect(contourThresholds(3, 3)).toEqual([]);
		expect(contourThresholds(NaN, NaN)).toEqual([]);
	});
});

describe('contourLevels', () => {
	const grid = paraboloid(81);
	const thresholds = [0.25, 1, 2.25, 3.5];
	const levels = contourLevels(grid, thresholds);

	it('traces one closed ring per level at radius √c, nested', () => {
		let previous = 0;
		levels.forEach((lvl, k) => {
			expect(lvl.value).toBe(thresholds[k]);
			expect(lvl.lines).toHaveLength(1);
			const ring = lvl.lines[0];
			expect(ring.slice(0, 2)).toEqual(ring.slice(-2));
			const radius = Math.sqrt(thresholds[k]);
			for (let i = 0; i < ring.length; i += 2) {
				// Linear interpolation of x² between grid points (h = 0.05) is off by at most h²/4 in c.
				expect(Math.hypot(ring[i], ring[i + 1])).toBeCloseTo(radius, 2);
			}
			expect(radius).toBeGreaterThan(previous);
			previous = radius;
		});
	});

	it('cuts rings that leave the map into open lines and drops the map edge', () => {
		const [outer] = contourLevels(grid, [6]);
		expect(outer.lines.length).toBe(4); // the circle of radius √6 crosses each edge
		for (const line of outer.lines) {
			for (let i = 0; i < line.length; i += 2) {
				expect(Math.abs(line[i])).toBeLessThanOrEqual(2 + 1e-9);
				expect(Math.hypot(line[i], line[i + 1])).toBeCloseTo(Math.sqrt(6), 1);
			}
		}
	});

	it('puts label anchors on the lines', () => {
		for (const lvl of levels) {
			expect(lvl.anchors.length).toBeGreaterThan(0);
			for (const a of lvl.anchors) {
				expect(Math.min(...lvl.lines.map((l) => distanceToLine(a, l)))).toBeLessThan(1e-9);
			}
		}
	});

	it('labels levels with short nice text and their colour-scale place', () => {
		expect(levels.map((l) => l.label)).toEqual(['0.25', '1', '2.25', '3.5']);
		expect(levels[0].t).toBeCloseTo(Math.log1p(0.25) / Math.log1p(8), 12);
	});

	it('maps grid rows to y upwards (row 0 is the lowest y)', () => {
		// f = y + 2 on [-2, 2]²: the level 2 is the line y = 0, whatever the column.
		const n = 11;
		const values = new Float64Array(n * n);
		for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) values[r * n + c] = (4 * r) / (n - 1);
		const [lvl] = contourLevels(
			{
				values,
				rows: n,
				cols: n,
				bounds: [
					[-2, 2],
					[-2, 2]
				],
				min: 0,
				max: 4
			},
			[3]
		);
		for (const line of lvl.lines)
			for (let i = 1; i < line.length; i += 2) expect(line[i]).toBeCloseTo(1, 9);
	});
});

describe('labelAnchors', () => {
	it('places one anchor at the middle of a short line and none on a tiny one', () => {
		expect(labelAnchors([0, 0, 1, 0, 1, 1], 4)).toEqual([[1, 0]]);
		expect(labelAnchors([0, 0, 0.01, 0], 4)).toEqual([]);
	});
});
