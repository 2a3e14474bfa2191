// Each first-order rule against a plain float64 replica written straight from PyTorch's docs
// (torch.optim.SGD / Adagrad / RMSprop / Adam pseudo-code), plus the textbook facts about them.
import { describe, expect, it } from 'vitest';
import { descend } from './descend';
import { createDescent } from './Descent';
import type { Objective, OptimizerSettings } from './types';
import { expBowl, quadratic, rosenbrock } from './test-objectives';

type P = number[];
const gradOf = (o: Objective) => (p: P) => {
	const g = o.gradient({ x: p[0], y: p[1] });
	return [g.x, g.y];
};

function ours(o: Objective, start: P, settings: OptimizerSettings, steps: number): P[] {
	const run = descend(o, { x: start[0], y: start[1] }, settings, { steps });
	expect(run.outcome).toBe('completed');
	return run.points.map((p) => [p.x, p.y]);
}

function expectSamePath(a: P[], b: P[], rel = 1e-12): void {
	expect(a.length).toBe(b.length);
	a.forEach((p, k) =>
		p.forEach((x, i) =>
			expect(Math.abs(x - b[k][i])).toBeLessThanOrEqual(rel * (1 + Math.abs(b[k][i])))
		)
	);
}

const cases: [string, Objective, P][] = [
	['Rosenbrock', rosenbrock, [-1.2, 1]],
	['exp bowl', expBowl, [2, -1.5]]
];

describe.each(cases)('first-order rules on %s match PyTorch-doc replicas', (_, o, start) => {
	const grad = gradOf(o);
	const steps = 150;

	it('gd: p ← p − ηg', () => {
		const lr = 1e-3;
		let p = [...start];
		const path = [p];
		for (let t = 1; t <= steps; t++) {
			const g = grad(p);
			p = p.map((x, i) => x - lr * g[i]);
			path.push(p);
		}
		expectSamePath(ours(o, start, { name: 'gd', lr }, steps), path);
	});

	it.each([false, true])('SGD momentum (nesterov=%s): b ← μb + g', (nesterov) => {
		const [lr, mu] = [5e-4, 0.8];
		let p = [...start];
		let b = [0, 0];
		const path = [p];
		for (let t = 1; t <= steps; t++) {
			const g = grad(p);
			b = b.map((bi, i) => (t === 1 ? g[i] : mu * bi + g[i])); // PyTorch: b₁ = g₁
			const d = nesterov ? g.map((gi, i) => gi + mu * b[i]) : b;
			p = p.map((x, i) => x - lr * d[i]);
			path.push(p);
		}
		const name = nesterov ? 'nesterov' : 'momentum';
		expectSamePath(ours(o, start, { name, lr, momentum: mu }, steps), path);
	});

	it.each([undefined, 1e-3])('adagrad (eps %s): state_sum += g²; p −= ηg/(√sum + ε)', (eps) => {
		const lr = 0.05;
		let p = [...start];
		const sum = [0, 0];
		const path = [p];
		for (let t = 1; t <= steps; t++) {
			const g = grad(p);
			g.forEach((gi, i) => (sum[i] += gi * gi));
			p = p.map((x, i) => x - (lr * g[i]) / (Math.sqrt(sum[i]) + (eps ?? 1e-10)));
			path.push(p);
		}
		expectSamePath(ours(o, start, { name: 'adagrad', lr, eps }, steps), path);
	});

	it.each([undefined, 0.9])('rmsprop (alpha %s): v ← αv + (1−α)g²; p −= ηg/(√v + ε)', (alpha) => {
		const lr = 0.01;
		const a = alpha ?? 0.99;
		let p = [...start];
		let v = [0, 0];
		const path = [p];
		for (let t = 1; t <= steps; t++) {
			const g = grad(p);
			v = v.map((vi, i) => a * vi + (1 - a) * g[i] * g[i]);
			p = p.map((x, i) => x - (lr * g[i]) / (Math.sqrt(v[i]) + 1e-8));
			path.push(p);
		}
		expectSamePath(ours(o, start, { name: 'rmsprop', lr, alpha }, steps), path);
	});

	it.each([
		[0.9, 0.999],
		[0.5, 0.9]
	])('adam (β1 %s, β2 %s): bias-corrected m̂, v̂', (beta1, beta2) => {
		const lr = 0.02;
		let p = [...start];
		let m = [0, 0];
		let v = [0, 0];
		const path = [p];
		for (let t = 1; t <= steps; t++) {
			const g = grad(p);
			m = m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
			v = v.map((vi, i) => beta2 * vi + (1 - beta2) * g[i] * g[i]);
			const mHat = m.map((mi) => mi / (1 - beta1 ** t));
			const vHat = v.map((vi) => vi / (1 - beta2 ** t));
			p = p.map((x, i) => x - (lr * mHat[i]) / (Math.sqrt(vHat[i]) + 1e-8));
			path.push(p);
		}
		expectSamePath(ours(o, start, { name: 'adam', lr, beta1, beta2 }, steps), path, 1e-11);
	});
});

describe('gradient descent on a quadratic (eigenvalues 2 and 4) converges iff 0 < ηλ < 2', () => {
	const start = { x: 1, y: -0.5 };
	it('η·λmax = 1.8 converges to the minimum', () => {
		const run = descend(quadratic, start, { name: 'gd', lr: 0.45 }, { steps: 300 });
		const last = run.points[300];
		expect(run.outcome).toBe('completed');
		expect(Math.hypot(last.x, last.y)).toBeLessThan(1e-12);
	});
	it('η·λmax = 2.2 grows along the λ = 4 eigenvector and leaves the map', () => {
		const bounds = { x: [-10, 10], y: [-10, 10] } as const;
		const run = descend(quadratic, start, { name: 'gd', lr: 0.55 }, { steps: 300, bounds });
		expect(run.outcome).toBe('diverged');
		const last = run.points[run.points.length - 1];
		expect(Math.max(Math.abs(last.x), Math.abs(last.y))).toBeGreaterThan(10);
		expect(run.points.length).toBeLessThan(301);
		const inside = run.points.slice(0, -1);
		expect(inside.every((p) => Math.abs(p.x) <= 10 && Math.abs(p.y) <= 10)).toBe(true);
		// |1 − ηλ| = 1.2 per step along (1, 1)/√2: the loss ratio tends to 1.44.
		const n = run.losses.length;
		expect(run.losses[n - 1] / run.losses[n - 2]).toBeCloseTo(1.44, 3);
	});
	it('without bounds a huge η overflows and stops at the first non-finite loss', () => {
		const run = descend(quadratic, start, { name: 'gd', lr: 5 }, { steps: 1000 });
		expect(run.outcome).toBe('diverged');
		expect(Number.isFinite(run.losses[run.losses.length - 1])).toBe(false);
		expect(run.losses.slice(0, -1).every(Number.isFinite)).toBe(true);
	});
});

describe("Adam's first step is about ±lr in every coordinate", () => {
	it.each([1e-3, 1, 1e3])('whatever the gradient scale (%s)', (scale) => {
		const linear: Objective = {
			variables: ['x', 'y'],
			value: ({ x, y }) => scale * (3 * x - 5 * y),
			gradient: () => ({ x: 3 * scale, y: -5 * scale })
		};
		const step = createDescent(
			linear,
			{ x: 0, y: 0 },
			{ name: 'adam', lr: 0.1 },
			{ steps: 1 }
		).step()!;
		expect(step.update.x).toBeCloseTo(-0.1, 6);
		expect(step.update.y).toBeCloseTo(0.1, 6);
		expect(step.state).toMatchObject({ kind: 'adam', t: 1, mHat: step.gradient });
	});
});
