// Learning-rate schedules against PyTorch's closed forms, and switching optimizers mid-run.
import { describe, expect, it } from 'vitest';
import { cosPi, scheduledLr } from './schedules';
import { createDescent } from './Descent';
import { descend, runToEnd } from './descend';
import type { DescentPlan, OptimizerSettings } from './types';
import { expBowl, rosenbrock } from './test-objectives';

describe('schedules', () => {
	it('constant keeps lr', () => {
		expect(scheduledLr({ kind: 'constant' }, 0.3, 1000)).toBe(0.3);
		expect(scheduledLr(undefined, 0.3, 7)).toBe(0.3);
	});

	it('step decay multiplies by γ after every k steps (StepLR)', () => {
		const s = { kind: 'step', every: 3, gamma: 0.5 } as const;
		const lrs = [1, 2, 3, 4, 6, 7, 10].map((t) => scheduledLr(s, 0.1, t));
		expect(lrs).toEqual([0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.0125]);
	});

	it('cosine goes from lr to minLr over T steps (CosineAnnealingLR), then holds', () => {
		const s = { kind: 'cosine', total: 10, minLr: 0.01 } as const;
		const pytorch = (t: number) => 0.01 + (0.09 * (1 + Math.cos((Math.PI * (t - 1)) / 10))) / 2;
		for (const t of [1, 2, 4, 6, 9, 11]) expect(scheduledLr(s, 0.1, t)).toBeCloseTo(pytorch(t), 15);
		expect(scheduledLr(s, 0.1, 6)).toBeCloseTo(0.055, 15);
		expect(scheduledLr(s, 0.1, 11)).toBeCloseTo(0.01, 15);
		expect(scheduledLr(s, 0.1, 500)).toBeCloseTo(0.01, 15);
		expect(scheduledLr({ kind: 'cosine', total: 4 }, 1, 5)).toBeCloseTo(0, 15);
	});

	it('cosPi agrees with Math.cos(πx)', () => {
		for (let k = 0; k <= 100; k++)
			expect(cosPi(k / 100)).toBeCloseTo(Math.cos((Math.PI * k) / 100), 15);
	});

	it('a scheduled run uses the scheduled lr at each step and shows it', () => {
		const plan: DescentPlan = { steps: 12, schedule: { kind: 'step', every: 5, gamma: 0.1 } };
		const d = createDescent(expBowl, { x: 1, y: 1 }, { name: 'gd', lr: 0.5 }, plan);
		let p = { x: 1, y: 1 };
		for (let t = 1; t <= 12; t++) {
			const lr = t <= 5 ? 0.5 : t <= 10 ? 0.05 : 0.005;
			const g = expBowl.gradient(p);
			p = { x: p.x - lr * g.x, y: p.y - lr * g.y };
			const r = d.step()!;
			expect(r.lr).toBeCloseTo(lr, 15);
			expect(r.after.x).toBeCloseTo(p.x, 13);
		}
	});
});

describe('switching optimizer at step k', () => {
	const start = { x: -1.2, y: 1 };
	const adam: OptimizerSettings = { name: 'adam', lr: 0.05 };
	const gd: OptimizerSettings = { name: 'gd', lr: 5e-4 };

	it('Adam for k steps then gd equals the two runs back to back (fresh state)', () => {
		const plan: DescentPlan = { steps: 50, switchTo: { after: 20, settings: gd } };
		const switched = descend(rosenbrock, start, adam, plan);
		const first = descend(rosenbrock, start, adam, { steps: 20 });
		const second = descend(rosenbrock, first.points[20], gd, { steps: 30 });
		expect(switched.points).toEqual([...first.points, ...second.points.slice(1)]);
		expect(switched.losses).toEqual([...first.losses, ...second.losses.slice(1)]);
	});

	it('records name the optimizer in charge, and momentum → adam starts Adam at t = 1', () => {
		const plan: DescentPlan = { steps: 6, switchTo: { after: 3, settings: adam } };
		const d = createDescent(expBowl, start, { name: 'momentum', lr: 0.01 }, plan);
		const records = [1, 2, 3, 4, 5, 6].map(() => d.step()!);
		expect(records.map((r) => r.optimizer)).toEqual([
			'momentum',
			'momentum',
			'momentum',
			'adam',
			'adam',
			'adam'
		]);
		expect(records[3].state).toMatchObject({ kind: 'adam', t: 1 });
		expect(Math.abs(records[3].update.x)).toBeCloseTo(0.05, 6); // Adam's first step ≈ lr
		expect(runToEnd(d).outcome).toBe('completed');
	});
});
