// The first-order update rules, as PyTorch documents them (torch.optim.SGD with and without
// nesterov, Adagrad, RMSprop, Adam; CONTRACT.md's table). Each rule keeps its own state and turns
// a gradient into the update Δp that the descent adds to the point.
import type { OptimizerState, Vector } from './types';
import type { ResolvedSettings } from './settings';

export interface FirstOrderRule {
	/** Advances the state with gradient g at step size lr; returns Δp (p ← p + Δp). */
	update(g: Float64Array, lr: number): Float64Array;
	/** The state after the last update, keyed by variable, for the game to draw. */
	state(names: readonly string[]): OptimizerState;
}

export function toVector(names: readonly string[], values: ArrayLike<number>): Vector {
	const out: Vector = {};
	names.forEach((name, i) => (out[name] = values[i]));
	return out;
}

type Step = (g: Float64Array, lr: number, out: Float64Array) => void;

export function createFirstOrder(s: ResolvedSettings, n: number): FirstOrderRule {
	const a = new Float64Array(n); // v (momentum), s (adagrad, rmsprop), m (adam)
	const b = new Float64Array(n); // adam's v
	const mHat = new Float64Array(n);
	const vHat = new Float64Array(n);
	let t = 0;
	let beta1t = 1; // β1ᵗ and β2ᵗ as running products: exact arithmetic, unlike Math.pow across engines
	let beta2t = 1;
	const steps: Record<string, Step> = {
		gd: (g, lr, out) => g.forEach((gi, i) => (out[i] = -lr * gi)),
		momentum: (g, lr, out) =>
			g.forEach((gi, i) => {
				a[i] = s.momentum * a[i] + gi;
				out[i] = -lr * a[i];
			}),
		nesterov: (g, lr, out) =>
			g.forEach((gi, i) => {
				a[i] = s.momentum * a[i] + gi;
				out[i] = -lr * (gi + s.momentum * a[i]);
			}),
		adagrad: (g, lr, out) =>
			g.forEach((gi, i) => {
				a[i] += gi * gi;
				out[i] = (-lr * gi) / (Math.sqrt(a[i]) + s.eps);
			}),
		rmsprop: (g, lr, out) =>
			g.forEach((gi, i) => {
				a[i] = s.alpha * a[i] + (1 - s.alpha) * gi * gi;
				out[i] = (-lr * gi) / (Math.sqrt(a[i]) + s.eps);
			}),
		adam: (g, lr, out) => {
			t += 1;
			beta1t *= s.beta1;
			beta2t *= s.beta2;
			g.forEach((gi, i) => {
				a[i] = s.beta1 * a[i] + (1 - s.beta1) * gi;
				b[i] = s.beta2 * b[i] + (1 - s.beta2) * gi * gi;
				mHat[i] = a[i] / (1 - beta1t);
				vHat[i] = b[i] / (1 - beta2t);
				out[i] = (-lr * mHat[i]) / (Math.sqrt(vHat[i]) + s.eps);
			});
		}
	};
	const step = steps[s.name];
	if (!step) throw new Error(`${s.name} is not a first-order optimizer`);
	return {
		update(g, lr) {
			const out = new Float64Array(n);
			step(g, lr, out);
			return out;
		},
		state(names) {
			const vec = (x: Float64Array) => toVector(names, x);
			switch (s.name) {
				case 'momentum':
				case 'nesterov':
					return { kind: s.name, velocity: vec(a) };
				case 'adagrad':
					return { kind: 'adagrad', sumSquares: vec(a) };
				case 'rmsprop':
					return { kind: 'rmsprop', meanSquares: vec(a) };
				case 'adam':
					return { kind: 'adam', t, m: vec(a), v: vec(b), mHat: vec(mHat), vHat: vec(vHat) };
				default:
					return { kind: 'gd' };
			}
		}
	};
}
