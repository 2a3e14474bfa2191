import { describe, expect, it } from 'vitest';
import { Mlp } from '../mlp/Mlp';
import { computeGrid, GridCancelledError } from './compute-grid';
import { GridJobError, type GridJob } from './jobs';
import { bowl, mlpJob } from './test-jobs';

describe('computeGrid', () => {
	it('expression grid: values equal the formula at sample points, rows along y', async () => {
		const { values, rows, cols, min, max } = await computeGrid(bowl);
		expect([rows, cols]).toEqual([9, 9]);
		const f = (x: number, y: number) => x * x + 3 * y * y + 0.5 * x * y;
		for (const [row, col] of [
			[0, 0],
			[8, 8],
			[2, 5],
			[6, 1]
		]) {
			const [x, y] = [-2 + (4 * col) / 8, -1 + (4 * row) / 8];
			expect(values[row * 9 + col]).toBeCloseTo(f(x, y), 12);
		}
		expect(min).toBe(Math.min(...values));
		expect(max).toBe(f(2, 3)); // the largest corner
	});

	it('1-variable expression: one row of n values', async () => {
		const job: GridJob = {
			kind: 'expression',
			source: 'exp(x) - log(x)',
			x: 'x',
			bounds: { x: [0.5, 2] },
			n: 4
		};
		const { values, rows, cols } = await computeGrid(job);
		expect([rows, cols]).toEqual([1, 4]);
		[0.5, 1, 1.5, 2].forEach((x, i) =>
			expect(values[i]).toBeCloseTo(Math.exp(x) - Math.log(x), 12)
		);
	});

	it('mlp grid: values equal the loss at θ + a·d1 + b·d2 evaluated directly', async () => {
		const job = mlpJob(5);
		const { values } = await computeGrid(job);
		const mlp = new Mlp(job.spec);
		const X = Float64Array.from(job.data.X);
		const y = Float64Array.from(job.data.y);
		for (const [row, col] of [
			[0, 0],
			[4, 4],
			[1, 3],
			[2, 2]
		]) {
			const [a, b] = [-1 + (2 * col) / 4, -0.5 + (2 * row) / 4];
			const p = Float64Array.from(job.theta, (t, i) => t + a * job.d1[i] + b * job.d2[i]);
			expect(values[row * 5 + col]).toBeCloseTo(mlp.loss(p, X, y), 14);
		}
	});

	it('reports monotone progress ending at exactly 1', async () => {
		const seen: number[] = [];
		await computeGrid(bowl, { onProgress: (f) => seen.push(f) });
		expect(seen.length).toBeGreaterThan(1);
		seen.slice(1).forEach((f, i) => expect(f).toBeGreaterThan(seen[i]));
		expect(seen.at(-1)).toBe(1);
	});

	it('stops early when cancelled between chunks', async () => {
		const signal = { aborted: false };
		const seen: number[] = [];
		const run = computeGrid(mlpJob(20), {
			signal,
			onProgress: (f) => {
				seen.push(f);
				if (seen.length === 3) signal.aborted = true;
			}
		});
		await expect(run).rejects.toBeInstanceOf(GridCancelledError);
		expect(seen.length).toBe(3);
	});

	it.each([
		[{ ...bowl, kind: 'surface' }, /Unknown grid job kind "surface"/],
		[{ ...bowl, source: 'x^2 +' }, /expected/i],
		[{ ...bowl, n: 1 }, /n must be an integer from 2 to 1024, got 1/],
		[{ ...bowl, n: 1025 }, /n must be an integer from 2 to 1024/],
		[{ ...bowl, n: 2.5 }, /n must be an integer/],
		[
			{ ...bowl, bounds: { x: [1, 1], y: [0, 1] } },
			/bounds\.x must be \[min, max\] with finite min < max/
		],
		[{ ...bowl, bounds: { x: [0, 1], y: [2, -2] } }, /bounds\.y must be/],
		[{ ...bowl, fixed: {} }, /Variable "c" is neither an axis nor given/],
		[{ ...mlpJob(), theta: [1, 2] }, /theta must have 17 entries, got 2/],
		[{ ...mlpJob(), range: { a: [0, 1], b: [1, 0] } }, /range\.b must be/],
		[{ ...mlpJob(), data: { X: [1, 2, 3], y: [1] } }, /multiple of inputs/]
	])('refuses a bad job with a clear message (%#)', async (job, message) => {
		await expect(computeGrid(job as GridJob)).rejects.toThrow(message);
	});

	it('raises GridJobError for structural problems', async () => {
		await expect(computeGrid({ ...bowl, n: 0 })).rejects.toBeInstanceOf(GridJobError);
	});
});
