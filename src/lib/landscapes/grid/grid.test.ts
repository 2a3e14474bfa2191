// Grids for drawing: every registered landscape draws, and each drawn value is the objective's own
// value at that cell (evaluated directly, with the spacing computed here).
import { describe, expect, it } from 'vitest';
import * as landscapes from '../index';
import type { Landscape } from '../types';

const N = 16;
const at = (l: Landscape, row: number, col: number) => {
	const [x, y] = l.objective.variables;
	const coordinate = (name: string, i: number) =>
		l.bounds[name][0] + ((l.bounds[name][1] - l.bounds[name][0]) * i) / (N - 1);
	return y === undefined
		? { [x]: coordinate(x, col) }
		: { [x]: coordinate(x, col), [y]: coordinate(y, row) };
};

describe.each(landscapes.all().map((l) => [l.id, l] as const))('%s', (_id, landscape) => {
	it(`has a finite ${N}×${N} grid (${N}×1 in 1-D) whose cells are the objective's values`, async () => {
		const grid = await landscapes.gridFor(landscape, N);
		const rows = landscape.objective.variables.length === 1 ? 1 : N;
		expect([grid.rows, grid.cols, grid.values.length]).toEqual([rows, N, rows * N]);
		expect(grid.values.every(Number.isFinite)).toBe(true);
		for (const [row, col] of [
			[0, 0],
			[rows - 1, N - 1],
			[rows >> 1, 3],
			[rows - 1, 0]
		]) {
			const direct = landscape.objective.value(at(landscape, row, col));
			expect(grid.values[row * N + col]).toBeCloseTo(direct, 10);
		}
		expect(grid.min).toBe(Math.min(...grid.values));
	});
});

it('draws a typed formula over its own bounds', async () => {
	const landscape = landscapes.fromFormula('x^2 + 2*y', { x: [-1, 1], y: [0, 2] });
	const grid = await landscapes.gridFor(landscape, 3);
	expect(Array.from(grid.values)).toEqual([1, 0, 1, 3, 2, 3, 5, 4, 5]);
});

it('refuses, by name, a landscape it cannot draw', () => {
	const bare = { ...landscapes.get('ravine'), id: 'bare', formula: undefined };
	expect(() => landscapes.gridJobFor(bare, 8)).toThrow(
		/"bare" has neither a formula nor a grid job/
	);
});
