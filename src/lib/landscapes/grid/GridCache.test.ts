// The grid cache: memory and IndexedDB hits return without computing; keys follow id, version, n.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as landscapes from '../index';
import type { Landscape } from '../types';
import { GridCache, type ComputeGrid } from './GridCache';
import { gridFor, gridKey } from './grid-for';
import { indexedDbStore, memoryStore } from './store';

function counting(): { compute: ComputeGrid; calls: () => number } {
	let calls = 0;
	return {
		compute: (landscape, n, options) => {
			calls++;
			return gridFor(landscape, n, options);
		},
		calls: () => calls
	};
}

describe('GridCache', () => {
	const landscape = landscapes.get('house-prices');

	it('keys grids by id, version and n (and bounds for typed formulas)', () => {
		expect(gridKey(landscape, 64)).toBe('house-prices@1:64');
		const typed = landscapes.fromFormula('x^2', { x: [-1, 1] });
		expect(gridKey(typed, 8)).toBe('formula:x^2@1:8:{"x":[-1,1]}');
	});

	it('computes once, then returns the same array from memory', async () => {
		const { compute, calls } = counting();
		const cache = new GridCache(memoryStore(), compute);
		const first = await cache.grid(landscape, 16);
		const second = await cache.grid(landscape, 16);
		expect(calls()).toBe(1);
		expect(second.values).toBe(first.values);
		await cache.grid(landscape, 17);
		await cache.grid({ ...landscape, version: 2 } as Landscape, 16);
		expect(calls()).toBe(3);
	});

	it('persists in IndexedDB: a new page (new cache, same database) computes nothing', async () => {
		const first = counting();
		const grid = await new GridCache(indexedDbStore('grids-test'), first.compute).grid(
			landscape,
			16
		);
		const second = counting();
		const again = await new GridCache(indexedDbStore('grids-test'), second.compute).grid(
			landscape,
			16
		);
		expect(first.calls()).toBe(1);
		expect(second.calls()).toBe(0);
		expect(again.values).toBeInstanceOf(Float64Array);
		expect(Array.from(again.values)).toEqual(Array.from(grid.values));
		expect([again.rows, again.cols, again.min, again.max]).toEqual([
			grid.rows,
			grid.cols,
			grid.min,
			grid.max
		]);
	});

	it('still returns grids when the store fails', async () => {
		const broken = {
			get: () => Promise.reject(new Error('blocked')),
			put: () => Promise.reject(new Error('quota'))
		};
		const { compute, calls } = counting();
		const grid = await new GridCache(broken, compute).grid(landscape, 8);
		expect(grid.values).toHaveLength(64);
		expect(calls()).toBe(1);
	});
});
