// The registry builds a landscape only when it is first asked for, once: a page that imports the
// levels (to list them) parses no formula and solves no regression.
import { afterEach, describe, expect, it, vi } from 'vitest';

const parsed = vi.hoisted(() => ({ formulas: [] as string[] }));

vi.mock('../engine', async (original) => {
	const engine = await original<typeof import('../engine')>();
	return {
		...engine,
		parse: (formula: string, ...rest: unknown[]) => {
			parsed.formulas.push(formula);
			return (engine.parse as (...a: unknown[]) => ReturnType<typeof engine.parse>)(
				formula,
				...rest
			);
		}
	};
});

afterEach(() => {
	parsed.formulas.length = 0;
	vi.resetModules();
});

describe('the landscape registry', () => {
	it('parses no formula on import, then each analytic landscape once, when first asked for', async () => {
		const landscapes = await import('./index');
		expect(parsed.formulas).toEqual([]);
		const bowl = landscapes.get('bowl-1d');
		expect(parsed.formulas).toEqual(['(w - 2)^2 + 1']);
		expect(landscapes.get('bowl-1d')).toBe(bowl);
		expect(parsed.formulas).toHaveLength(1);
		expect(bowl.objective.value({ w: 2 })).toBe(1);
	});

	it('builds every landscape for all(), in the same objects get() returns', async () => {
		const landscapes = await import('./index');
		const ravine = landscapes.get('ravine');
		const every = landscapes.all();
		expect(every).toContain(ravine);
		expect(new Set(every.map((l) => l.id)).size).toBe(every.length);
		for (const landscape of every) expect(landscapes.get(landscape.id)).toBe(landscape);
		// Each analytic formula parsed once, whatever asked first.
		expect(new Set(parsed.formulas).size).toBe(parsed.formulas.length);
	});

	it('solves a regression minimum only when that landscape is asked for', async () => {
		const { LinearModelObjective } = await import('./models');
		const solved = vi.spyOn(LinearModelObjective.prototype, 'minimum');
		const landscapes = await import('./index');
		expect(solved).not.toHaveBeenCalled();
		const houses = landscapes.get('house-prices');
		expect(solved).toHaveBeenCalledTimes(1);
		expect(houses.critical[0].kind).toBe('minimum');
		landscapes.get('house-prices');
		expect(solved).toHaveBeenCalledTimes(1);
		solved.mockRestore();
	});
});
