import { describe, expect, it } from 'vitest';
import { parse } from '$lib/engine';
import { LEVELS, validateRun } from '$lib/levels';
import { createDescent } from '$lib/optimizers';
import { defaultSettings, gradientAt, logMiddle, stateArrow, stepView } from './racers';

describe('defaultSettings', () => {
	it('offers, for every optimizer of every built-in level, a run the level accepts', () => {
		for (const level of LEVELS)
			for (const allowed of level.optimizers) {
				const run = {
					levelId: level.id,
					version: level.version,
					settings: defaultSettings(allowed),
					start: { ...level.start.at },
					seed: 0
				};
				const check = validateRun(level, run);
				expect(check.ok ? [] : check.problems, `${level.id} ${allowed.name}`).toEqual([]);
			}
	});

	it('starts the rate at the middle of its range on a log scale', () => {
		expect(logMiddle([0.01, 1])).toBe(0.1);
		expect(logMiddle([0.5, 0.5])).toBe(0.5);
		expect(logMiddle([0, 1])).toBe(0.5);
	});
});

describe('what the scene is told about a step', () => {
	const objective = parse('x^2 + 3*y^2');
	const names = ['x', 'y'];

	it('puts points and gradients in the landscape’s variable order', () => {
		const descent = createDescent(objective, { y: 1, x: 2 }, { name: 'gd', lr: 0.1 }, { steps: 1 });
		const view = stepView(0, descent.step()!, names, 100, [1, 2]);
		expect(view.from).toEqual([2, 1]);
		expect(view.gradient).toEqual([4, 6]); // (2x, 6y) at (2, 1)
		expect(view.to[0]).toBeCloseTo(2 - 0.1 * 4, 12);
		expect(view.to[1]).toBeCloseTo(1 - 0.1 * 6, 12);
		expect(view.gradientAfter).toEqual([1, 2]);
	});

	it('draws momentum’s memory as the displacement its velocity causes, −η·v', () => {
		const settings = { name: 'momentum', lr: 0.1, momentum: 0.9 } as const;
		const descent = createDescent(objective, { x: 2, y: 1 }, settings, { steps: 2 });
		descent.step();
		const record = descent.step()!;
		// v₁ = g₀ = (4, 6); p₁ = (1.6, 0.4); g₁ = (3.2, 2.4); v₂ = 0.9·v₁ + g₁ = (6.8, 7.8)
		const arrow = stateArrow(record, names)!;
		expect(arrow.kind).toBe('velocity');
		expect(arrow.vector[0]).toBeCloseTo(-0.68, 12);
		expect(arrow.vector[1]).toBeCloseTo(-0.78, 12);
	});

	it('has no state arrow for plain gradient descent, and the candidate for random search', () => {
		const gd = createDescent(objective, { x: 2, y: 1 }, { name: 'gd', lr: 0.1 }, { steps: 1 });
		expect(stateArrow(gd.step()!, names)).toBeNull();
		const random = createDescent(
			objective,
			{ x: 2, y: 1 },
			{ name: 'random-local-search', lr: 0.5 },
			{ steps: 1, seed: 3 }
		);
		const record = random.step()!;
		const arrow = stateArrow(record, names)!;
		expect(arrow.kind).toBe('candidate');
		expect(Math.hypot(...arrow.vector)).toBeCloseTo(0.5, 12); // a step of the radius
	});

	it('gives no gradient arrow off the map of numbers', () => {
		expect(gradientAt(objective, { x: Infinity, y: 0 }, names)).toBeNull();
		expect(gradientAt(objective, { x: 1, y: -1 }, names)).toEqual([2, -6]);
	});
});
