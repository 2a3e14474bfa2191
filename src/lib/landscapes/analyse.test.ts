// The run analysis on one constructed run of each kind.
import { describe, expect, it } from 'vitest';
import { descend, type OptimizerSettings } from '../optimizers';
import * as landscapes from './index';
import type { Landscape, Point } from './types';

function run(landscape: Landscape, start: Point, settings: OptimizerSettings, steps: number) {
	const trajectory = descend(landscape.objective, start, settings, {
		steps,
		bounds: landscape.bounds
	});
	return landscapes.analyse({ ...trajectory, settings }, landscape);
}

describe('analyse', () => {
	it('global minimum: a sensible rate on the first bowl', () => {
		const a = run(landscapes.get('bowl-1d'), { w: -3 }, { name: 'gd', lr: 0.1 }, 100);
		expect(a.kind).toBe('global-minimum');
		expect(a.reached?.id).toBe('bottom');
		expect(a.numbers.finalLoss).toBeCloseTo(1, 6);
		expect(a.message.en).toContain('(2)');
		expect(a.message.ko).toContain('골짜기');
	});

	it('local minimum: the shallower of two valleys, named', () => {
		const a = run(landscapes.get('double-well-1d'), { w: 1.8 }, { name: 'gd', lr: 0.01 }, 500);
		expect(a.kind).toBe('local-minimum');
		expect(a.reached?.id).toBe('right');
	});

	it('saddle: gradient descent started on the ridge line stalls at the centre', () => {
		const a = run(landscapes.get('saddle'), { x: 1.8, y: 0 }, { name: 'gd', lr: 0.1 }, 200);
		expect(a.kind).toBe('saddle');
		expect(a.numbers.eigenvalues).toEqual([-2, 2]);
	});

	it('plateau: tiny steps far from the well barely move', () => {
		const a = run(landscapes.get('plateau'), { x: 3.2, y: 2.4 }, { name: 'gd', lr: 0.01 }, 50);
		expect(a.kind).toBe('plateau');
		expect(a.numbers.gradientNorm).toBeLessThan(2e-3);
	});

	it('oscillating: η·λmax = 1.875 in the ravine zig-zags', () => {
		const a = run(landscapes.get('ravine'), { x: -9, y: -3 }, { name: 'gd', lr: 0.075 }, 30);
		expect(a.kind).toBe('oscillating');
		expect(a.numbers.etaLambdaMax).toBeCloseTo(1.875, 9);
		expect(a.message.en).toContain('1.88');
	});

	it('crawling: too small a rate runs out of steps on the way down', () => {
		const a = run(landscapes.get('bowl-1d'), { w: -3 }, { name: 'gd', lr: 0.003 }, 100);
		expect(a.kind).toBe('crawling');
		expect(a.numbers.finalLoss).toBeLessThan(a.numbers.startLoss);
	});

	it('diverged: η·λmax = 3 > 2 on the bowl, with the rate that would work', () => {
		const a = run(landscapes.get('bowl-1d'), { w: -3 }, { name: 'gd', lr: 1.5 }, 100);
		expect(a.kind).toBe('diverged');
		expect(a.numbers.etaLambdaMax).toBe(3);
		expect(a.message.en).toContain('η·λmax = 3 > 2');
		expect(a.message.en).toContain('η below 1');
	});

	it('left the map: downhill off the edge of the saddle', () => {
		const a = run(landscapes.get('saddle'), { x: 1.8, y: 0.3 }, { name: 'gd', lr: 0.1 }, 200);
		expect(a.kind).toBe('left-map');
	});

	it('singular: Newton on a Hessian with a zero eigenvalue', () => {
		const flat = landscapes.fromFormula('x^4 + y^2', { x: [-2, 2], y: [-2, 2] }, { x: 0, y: 1 });
		const a = run(flat, { x: 0, y: 1 }, { name: 'newton', lr: 1 }, 5);
		expect(a.kind).toBe('singular');
		expect(a.numbers.eigenvalues).toEqual([0, 2]);
	});
});
