import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { parse } from '$lib/engine';
import {
	createDescent,
	resolveSettings,
	type DescentPlan,
	type OptimizerSettings,
	type StepRecord
} from '$lib/optimizers';
import { updateRuleTex } from './update-rule';

// Independent formatting for numbers between 10⁻³ and 10³ (what these runs produce): 3 significant digits.
const f = (x: number) => {
	if (!(Math.abs(x) >= 1e-3 && Math.abs(x) < 1e3)) throw new Error(`test value ${x} out of range`);
	return x.toPrecision(3);
};
const o = (x: number) => (x < 0 ? `(${f(x)})` : f(x));
const sq = (x: number) => `${o(x)}^{2}`;

// f(x, y) = x² + 3y² + xy, ∇f = (2x + y, 6y + x), started at (1.5, 1).
const bowl = parse('x^2 + 3*y^2 + x*y');
const grad = ([x, y]: number[]) => [2 * x + y, 6 * y + x];
const START = [1.5, 1];

function run(settings: OptimizerSettings, steps: number, plan: Partial<DescentPlan> = {}) {
	const d = createDescent(bowl, { x: START[0], y: START[1] }, settings, { steps, ...plan });
	const records: StepRecord[] = [];
	for (let r = d.step(); r; r = d.step()) records.push(r);
	return records;
}

function texFor(record: StepRecord, settings: OptimizerSettings, variables = ['x', 'y']) {
	const lines = updateRuleTex(record, resolveSettings(settings), variables);
	for (const line of lines) {
		expect(() => katex.renderToString(line, { throwOnError: true, strict: 'error' })).not.toThrow();
	}
	return lines;
}

/** Runs a first-order rule by its textbook definition; `update` returns Δp and the state it shows. */
function reference<S>(steps: number, init: S, update: (g: number, s: S, t: number) => [number, S]) {
	let p = [...START];
	let state = [init, init];
	let last = { before: p, g: [0, 0], prev: state, state, after: p };
	for (let t = 1; t <= steps; t++) {
		const g = grad(p);
		const moves = g.map((gi, i) => update(gi, state[i], t));
		const after = p.map((x, i) => x + moves[i][0]);
		last = { before: p, g, prev: state, state: moves.map((m) => m[1]), after };
		[p, state] = [after, last.state];
	}
	return last;
}

describe('updateRuleTex', () => {
	it('fills in gradient descent with the scheduled learning rate', () => {
		const settings: OptimizerSettings = { name: 'gd', lr: 0.1 };
		const records = run(settings, 3, { schedule: { kind: 'step', every: 1, gamma: 0.5 } });
		const lrs = [0.1, 0.05, 0.025];
		const ref = reference(3, 0, (g, _s, t) => [-lrs[t - 1] * g, 0]);
		const [x, y] = texFor(records[2], settings);
		expect(x).toBe(
			`x \\leftarrow ${f(ref.before[0])} - 0.025 \\cdot ${o(ref.g[0])} = ${f(ref.after[0])}`
		);
		expect(y).toContain(`y \\leftarrow ${f(ref.before[1])} - 0.025 \\cdot ${o(ref.g[1])}`);
	});

	it('shows momentum’s velocity before and after, and the step along it', () => {
		const settings: OptimizerSettings = { name: 'momentum', lr: 0.05 };
		const ref = reference(3, 0, (g, v) => [-0.05 * (0.9 * v + g), 0.9 * v + g]);
		const [x] = texFor(run(settings, 3)[2], settings);
		const v = ref.state[0];
		expect(x).toContain(
			`v_{x} &\\leftarrow 0.9 \\cdot ${o(ref.prev[0])} + ${o(ref.g[0])} = ${f(v)}`
		);
		expect(x).toContain(
			`x &\\leftarrow ${f(ref.before[0])} - 0.05 \\cdot ${o(v)} = ${f(ref.after[0])}`
		);
	});

	it('shows Nesterov’s look-ahead g + μv with the new velocity', () => {
		const settings: OptimizerSettings = { name: 'nesterov', lr: 0.05, momentum: 0.8 };
		const ref = reference(2, 0, (g, v) => {
			const next = 0.8 * v + g;
			return [-0.05 * (g + 0.8 * next), next];
		});
		const [, y] = texFor(run(settings, 2)[1], settings);
		const v = ref.state[1];
		expect(y).toContain(
			`v_{y} &\\leftarrow 0.8 \\cdot ${o(ref.prev[1])} + ${o(ref.g[1])} = ${f(v)}`
		);
		expect(y).toContain(`- 0.05 \\cdot (${f(ref.g[1])} + 0.8 \\cdot ${o(v)}) = ${f(ref.after[1])}`);
	});

	it('shows Adagrad’s running sum of squares and ε', () => {
		const settings: OptimizerSettings = { name: 'adagrad', lr: 0.5 };
		const ref = reference(3, 0, (g, s) => [(-0.5 * g) / (Math.sqrt(s + g * g) + 1e-10), s + g * g]);
		const [x] = texFor(run(settings, 3)[2], settings);
		const s = ref.state[0];
		expect(x).toContain(`s_{x} &\\leftarrow ${f(ref.prev[0])} + ${sq(ref.g[0])} = ${f(s)}`);
		expect(x).toContain(
			`\\frac{0.5 \\cdot ${o(ref.g[0])}}{\\sqrt{${f(s)}} + 10^{-10}} = ${f(ref.after[0])}`
		);
	});

	it('shows RMSprop’s moving average with α and 1 − α', () => {
		const settings: OptimizerSettings = { name: 'rmsprop', lr: 0.01, alpha: 0.9 };
		const ref = reference(3, 0, (g, s) => {
			const next = 0.9 * s + 0.1 * g * g;
			return [(-0.01 * g) / (Math.sqrt(next) + 1e-8), next];
		});
		const [, y] = texFor(run(settings, 3)[2], settings);
		expect(y).toContain(
			`s_{y} &\\leftarrow 0.9 \\cdot ${f(ref.prev[1])} + 0.1 \\cdot ${sq(ref.g[1])} = ${f(ref.state[1])}`
		);
		expect(y).toContain(`+ 10^{-8}} = ${f(ref.after[1])}`);
	});

	it('shows Adam’s moments, their bias corrections m̂ and v̂, and the step', () => {
		const settings: OptimizerSettings = { name: 'adam', lr: 0.1 };
		type M = { m: number; v: number; mh: number; vh: number };
		const ref = reference<M>(3, { m: 0, v: 0, mh: 0, vh: 0 }, (g, s, t) => {
			const m = 0.9 * s.m + 0.1 * g;
			const v = 0.999 * s.v + 0.001 * g * g;
			const mh = m / (1 - 0.9 ** t);
			const vh = v / (1 - 0.999 ** t);
			return [(-0.1 * mh) / (Math.sqrt(vh) + 1e-8), { m, v, mh, vh }];
		});
		const [x] = texFor(run(settings, 3)[2], settings);
		const [prev, now] = [ref.prev[0], ref.state[0]];
		expect(x).toContain(
			`m_{x} &\\leftarrow 0.9 \\cdot ${o(prev.m)} + 0.1 \\cdot ${o(ref.g[0])} = ${f(now.m)}`
		);
		expect(x).toContain(
			`v_{x} &\\leftarrow 0.999 \\cdot ${f(prev.v)} + 0.001 \\cdot ${sq(ref.g[0])} = ${f(now.v)}`
		);
		expect(x).toContain(`\\hat m_{x} &= \\frac{${f(now.m)}}{1 - 0.9^{3}} = ${f(now.mh)}`);
		expect(x).toContain(`\\hat v_{x} &= \\frac{${f(now.v)}}{1 - 0.999^{3}} = ${f(now.vh)}`);
		expect(x).toContain(
			`\\frac{0.1 \\cdot ${o(now.mh)}}{\\sqrt{${f(now.vh)}} + 10^{-8}} = ${f(ref.after[0])}`
		);
	});

	it('shows a 1-D Newton step as f′/f″ without subscripts', () => {
		const settings: OptimizerSettings = { name: 'newton', lr: 1 };
		const d = createDescent(parse('exp(w) + w^2'), { w: 0.5 }, settings, { steps: 2 });
		d.step();
		const record = d.step()!;
		const fp = (w: number) => Math.exp(w) + 2 * w; // f′
		const fpp = (w: number) => Math.exp(w) + 2; // f″
		const w1 = 0.5 - fp(0.5) / fpp(0.5);
		const [line] = texFor(record, settings, ['w']);
		expect(line).toBe(
			`w \\leftarrow ${f(w1)} - 1 \\cdot \\frac{${f(fp(w1))}}{${f(fpp(w1))}} = ${f(w1 - fp(w1) / fpp(w1))}`
		);
	});

	it('shows a 2-D Newton solve −H⁻¹∇f, then each coordinate with the damping η', () => {
		const surface = parse('x^4 + x^2 + x*y + y^2');
		const settings: OptimizerSettings = { name: 'newton', lr: 0.5 };
		const record = createDescent(surface, { x: 1, y: 1 }, settings, { steps: 1 }).step()!;
		const [gx, gy] = [4 + 2 + 1, 1 + 2]; // ∇f(1, 1) = (4x³ + 2x + y, x + 2y)
		const [a, b, c] = [12 + 2, 1, 2]; // H = [[12x² + 2, 1], [1, 2]]
		const det = a * c - b * b;
		const [dx, dy] = [-(c * gx - b * gy) / det, -(a * gy - b * gx) / det]; // −H⁻¹∇f by Cramer
		const [solve, x, y] = texFor(record, settings);
		expect(solve).toContain(
			`\\begin{pmatrix} ${f(a)} & ${f(b)} \\\\ ${f(b)} & ${f(c)} \\end{pmatrix}^{-1}`
		);
		expect(solve).toContain(`\\begin{pmatrix} ${f(gx)} \\\\ ${f(gy)} \\end{pmatrix}`);
		expect(solve).toContain(`= \\begin{pmatrix} ${f(dx)} \\\\ ${f(dy)} \\end{pmatrix}`);
		expect(x).toBe(`x \\leftarrow 1.00 + 0.5 \\cdot ${o(dx)} = ${f(1 + 0.5 * dx)}`);
		expect(y).toBe(`y \\leftarrow 1.00 + 0.5 \\cdot ${o(dy)} = ${f(1 + 0.5 * dy)}`);
	});

	it('shows random search’s candidate, its loss, and whether it was taken', () => {
		const settings: OptimizerSettings = { name: 'random-search', lr: 1 };
		const bounds = { x: [-3, 3], y: [-3, 3] } as const;
		const records = run(settings, 30, { seed: 7, bounds });
		const value = ([x, y]: number[]) => x * x + 3 * y * y + x * y;
		const seen = new Set<boolean>();
		for (const r of records) {
			if (r.state.kind !== 'random') throw new Error('state');
			const q = [r.state.candidate.x, r.state.candidate.y];
			const taken = value(q) < value([r.before.x, r.before.y]);
			seen.add(taken);
			const lines = texFor(r, settings);
			const kept = taken ? q : [r.before.x, r.before.y];
			expect(lines[0]).toBe(`q_{x} = ${f(q[0])},\\quad x \\leftarrow ${f(kept[0])}`);
			expect(lines[2]).toBe(
				`f(q) = ${f(value(q))} ${taken ? '<' : '\\not<'} ${f(value([r.before.x, r.before.y]))} = f(p) \\;\\Rightarrow\\; p \\leftarrow ${taken ? 'q' : 'p'}`
			);
		}
		expect([...seen].sort()).toEqual([false, true]);
	});

	it('shows random local search’s step p + r·u with a unit direction u', () => {
		const settings: OptimizerSettings = { name: 'random-local-search', lr: 0.5 };
		const [r] = run(settings, 1, { seed: 3 });
		if (r.state.kind !== 'random') throw new Error('state');
		const u = [(r.state.candidate.x - 1.5) / 0.5, (r.state.candidate.y - 1) / 0.5];
		expect(Math.hypot(u[0], u[1])).toBeCloseTo(1, 12);
		const [x, y] = texFor(r, settings);
		expect(x).toContain(`q_{x} = 1.50 + 0.5 \\cdot ${o(u[0])} = ${f(r.state.candidate.x)}`);
		expect(y).toContain(`q_{y} = 1.00 + 0.5 \\cdot ${o(u[1])} = ${f(r.state.candidate.y)}`);
	});

	it('writes a diverging step with powers of ten, and KaTeX accepts it', () => {
		const settings: OptimizerSettings = { name: 'gd', lr: 1e300 };
		const record = createDescent(parse('w^2'), { w: 1 }, settings, { steps: 1 }).step()!;
		expect(record.loss).toBe(Infinity);
		const [line] = texFor(record, settings, ['w']);
		expect(line).toBe(`w \\leftarrow 1.00 - 10^{300} \\cdot 2.00 = -2.00 \\times 10^{300}`);
	});
});
