import { describe, expect, it } from 'vitest';
import { footprintAlpha, outline, placeOnMap, shapeFor } from './markers';

const box = [
	[-1, 1],
	[-2, 2]
] as const;

describe('shapes', () => {
	it('gives the four racers four different shapes', () => {
		expect(new Set([0, 1, 2, 3].map(shapeFor)).size).toBe(4);
		expect(outline('square', 0, 0, 10)).toHaveLength(8);
		expect(outline('triangle', 0, 0, 10)).toHaveLength(6);
	});
});

describe('footprintAlpha', () => {
	it('fades with age but stays visible', () => {
		expect(footprintAlpha(0)).toBeCloseTo(0.95, 12);
		expect(footprintAlpha(5)).toBeLessThan(footprintAlpha(1));
		expect(footprintAlpha(1000)).toBe(0.18);
	});
});

describe('placeOnMap', () => {
	it('keeps a point on the map', () => {
		expect(placeOnMap([0, 0], [0.5, -1], box)).toEqual({ at: [0.5, -1], off: false });
	});
	it('stops a point off the map where its way crosses the border', () => {
		const p = placeOnMap([0, 0], [3, 1], box);
		expect(p.off).toBe(true);
		expect(p.at[0]).toBeCloseTo(1, 12);
		expect(p.at[1]).toBeCloseTo(1 / 3, 12);
		const q = placeOnMap([0, 0], [0.5, -8], box);
		expect(q.at[0]).toBeCloseTo(0.125, 12);
		expect(q.at[1]).toBeCloseTo(-2, 12);
	});
	it('never throws on points that are not numbers', () => {
		expect(placeOnMap([0.5, 0.5], [NaN, 1], box)).toEqual({ at: [0.5, 0.5], off: true });
		expect(placeOnMap([Infinity, 0], [NaN, NaN], box)).toEqual({ at: [0, 0], off: true });
		expect(placeOnMap([5, 0], [6, 0], box)).toEqual({ at: [1, 0], off: true });
	});
	it('works in one dimension', () => {
		expect(placeOnMap([0], [-4], [[-1, 1]])).toEqual({ at: [-1], off: true });
	});
});
