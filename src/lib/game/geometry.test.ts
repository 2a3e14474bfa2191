import { describe, expect, it } from 'vitest';
import type { TerrainSpec } from './events';
import { geometryFor, uvOf } from './geometry';
import { profileRange } from './profile';

const curve: TerrainSpec = {
	variables: ['w'],
	bounds: [[0, 4]],
	values: new Float64Array([4, 1, 0, 1, 4]),
	rows: 1,
	cols: 5,
	min: 0,
	max: 4,
	landmarks: []
};

describe('geometryFor', () => {
	it('puts a 2-D map on its bounds with equal scales', () => {
		const g = geometryFor({
			...curve,
			variables: ['x', 'y'],
			bounds: [
				[0, 4],
				[-1, 1]
			],
			rows: 2,
			cols: 2,
			values: new Float64Array(4)
		});
		expect(g.dims).toBe(2);
		expect(g.uniform).toBe(true);
		expect(g.frame.u).toEqual([0, 4]);
		expect(g.frame.v).toEqual([-1, 1]);
		expect(g.frame.height / g.frame.width).toBe(0.5);
	});
	it('draws a 1-D terrain in profile over its clipped loss range, stretched', () => {
		const g = geometryFor(curve);
		expect(g.dims).toBe(1);
		expect(g.uniform).toBe(false);
		expect(g.frame.v).toEqual(profileRange(curve.values, 0, 4));
	});
	it('widens a profile to show a start above its range, never past the maximum', () => {
		const spiky = {
			...curve,
			values: new Float64Array([100, 1, 0, 1, 1, 1, 1, 1, 1, 1]),
			cols: 10,
			max: 100
		};
		const plain = geometryFor(spiky).frame.v[1];
		expect(plain).toBeLessThan(50);
		expect(geometryFor(spiky, [50]).frame.v[1]).toBeGreaterThan(50);
		expect(geometryFor(spiky, [500]).frame.v[1]).toBe(plain);
	});
});

describe('uvOf', () => {
	it('reads a profile point off the curve unless its loss is given', () => {
		const g = geometryFor(curve);
		expect(uvOf(curve, g, [1.5])).toEqual([1.5, 0.5]);
		expect(uvOf(curve, g, [1.5], 9)).toEqual([1.5, 9]);
	});
});
