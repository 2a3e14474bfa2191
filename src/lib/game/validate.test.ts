import { describe, expect, it } from 'vitest';
import type { TerrainSpec } from './events';
import { checkTerrain } from './validate';

const good: TerrainSpec = {
	variables: ['x', 'y'],
	bounds: [
		[-1, 1],
		[-1, 1]
	],
	values: new Float64Array(4),
	rows: 2,
	cols: 2,
	min: 0,
	max: 0,
	landmarks: []
};

describe('checkTerrain', () => {
	it('accepts a drawable 2-D and 1-D terrain', () => {
		expect(() => checkTerrain(good)).not.toThrow();
		const oneD = {
			...good,
			variables: ['w'],
			bounds: [[0, 2]] as const,
			rows: 1,
			cols: 2,
			values: new Float64Array(2)
		};
		expect(() => checkTerrain(oneD)).not.toThrow();
	});
	it('names every problem at once', () => {
		const bad = { ...good, cols: 1, bounds: [[1, 1]] as const, values: new Float64Array(1) };
		expect(() => checkTerrain(bad)).toThrow(
			/cols must be ≥ 2.*values holds 1 numbers.*bounds needs 2 ranges.*bounds\[0\] must be finite/
		);
	});
});
