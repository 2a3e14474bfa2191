import { describe, expect, it } from 'vitest';
import { Occupancy } from './occupancy';

describe('Occupancy', () => {
	it('finds overlaps with boxes and points, and forgets them when cleared', () => {
		const o = new Occupancy();
		o.add({ x: 0, y: 0, w: 10, h: 10 });
		o.addPoint(50, 50, 5);
		expect(o.hits({ x: 9, y: 9, w: 5, h: 5 })).toBe(true);
		expect(o.hits({ x: 10, y: 0, w: 5, h: 5 })).toBe(false); // touching edges do not overlap
		expect(o.hits({ x: 54, y: 40, w: 4, h: 12 })).toBe(true);
		o.clear();
		expect(o.hits({ x: 9, y: 9, w: 5, h: 5 })).toBe(false);
	});
});
