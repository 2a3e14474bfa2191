// Every graph puzzle × 100 seeds: each field's number equals an independent recomputation (the
// engine's expression tape and central differences, not the Graph that made the puzzle), nothing
// is NaN or infinite, and a seed always makes the same puzzle.
import { describe, expect, it } from 'vitest';
import { gradcheckExpression, parse } from '../../engine';
import { show } from '../numbers';
import type { Field, GraphPuzzle, PuzzleDef } from '../types';
import { LEARNING_RATES } from './draws';
import { TIERS, makePuzzle, stepThrough } from './index';
import { gradientAt, leafValues, localAt, sources, valueOf } from './independent';

const GRAPH_DEFS: PuzzleDef[] = TIERS.flatMap((t) => t.puzzles).filter(
	(d) => d.make(0).kind === 'graph'
);
const SEEDS = Array.from({ length: 100 }, (_, k) => k);

const close = (a: number, b: number, tol = 1e-9) =>
	expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

/** The number a field should hold, recomputed from the puzzle's data by another route. */
function recompute(p: GraphPuzzle, f: Field): number {
	const g = p.graph;
	switch (f.kind) {
		case 'value':
			return valueOf(g, f.node!);
		case 'local':
			return localAt(g, f.node!, f.input!);
		case 'upstream':
			return gradientAt(g, f.node!).exact;
		case 'downstream':
			return gradientAt(g, f.node!).exact * localAt(g, f.node!, f.input!);
		case 'number': {
			// An update step: w − α·∂L/∂w for one of the learning rates the puzzles use.
			const w = g.nodes[f.node!].value;
			const grad = parse(sources(g)[g.root]).gradient(leafValues(g))[`v${f.node}`];
			const lr = LEARNING_RATES.find((a) => Math.abs(w - a * grad - f.expected) < 1e-12);
			expect(lr, `${p.id}#${p.seed} ${f.key}: no learning rate fits`).toBeDefined();
			expect(p.prompt.en).toContain(`\\alpha = ${show(lr!)}`);
			return w - lr! * grad;
		}
	}
}

describe('graph puzzles', () => {
	it('cover the tiers in order, with unique ids', () => {
		expect(TIERS.map((t) => t.id)).toEqual([
			'gates',
			'circuits',
			'losses',
			'perceptron',
			'network',
			'matrix',
			'gradcheck',
			'generated'
		]);
		const ids = TIERS.flatMap((t) => t.puzzles.map((p) => p.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(GRAPH_DEFS.map((d) => d.id)).toContain('generated.5');
		for (const t of TIERS) for (const p of t.puzzles) expect(p.tier).toBe(t.id);
	});

	describe.each(GRAPH_DEFS.map((d) => [d.id, d] as const))('%s', (_id, def) => {
		it('matches the tape and finite differences for 100 seeds', () => {
			for (const seed of SEEDS) {
				const p = def.make(seed) as GraphPuzzle;
				expect(p.kind).toBe('graph');
				expect(p.fields.length).toBeGreaterThan(0);
				for (const n of p.graph.nodes) {
					expect(Number.isFinite(n.value), `${p.id}#${seed} node ${n.id}`).toBe(true);
					if (n.op !== 'input' && n.op !== 'const') close(n.value, valueOf(p.graph, n.id));
				}
				for (const f of p.fields) {
					expect(Number.isFinite(f.expected), `${p.id}#${seed} ${f.key}`).toBe(true);
					close(f.expected, recompute(p, f));
					if (f.kind === 'upstream') {
						const { numerical } = gradientAt(p.graph, f.node!);
						expect(Math.abs(numerical - f.expected)).toBeLessThan(
							1e-6 * Math.max(1, Math.abs(f.expected))
						);
					}
				}
			}
		});

		it('agrees with the engine gradient check at the leaves', () => {
			for (const seed of SEEDS.slice(0, 20)) {
				const p = def.make(seed) as GraphPuzzle;
				const expr = parse(sources(p.graph)[p.graph.root]);
				const check = gradcheckExpression(expr, leafValues(p.graph));
				// Absolute near a true zero (a max's losing side): round-off there is ~1e-10, not relative.
				check.analytic.forEach((a, k) =>
					expect(Math.abs(check.numerical[k] - a)).toBeLessThan(1e-6 * Math.max(1, Math.abs(a)))
				);
			}
		});

		it('makes the same puzzle for the same seed, and other numbers for other seeds', () => {
			const a = JSON.stringify(def.make(7));
			expect(JSON.stringify(makePuzzle(def.id, 7))).toBe(a);
			const distinct = new Set(SEEDS.slice(0, 20).map((s) => JSON.stringify(def.make(s).fields)));
			expect(distinct.size).toBeGreaterThan(10);
		});

		it('has keys, labels, hints and worked lines for every field, in both languages', () => {
			for (const seed of [0, 1, 2]) {
				const p = def.make(seed);
				const keys = p.fields.map((f) => f.key);
				expect(new Set(keys).size).toBe(keys.length);
				for (const f of p.fields) {
					expect(f.key).toMatch(/^(v:\d+|[ld]:\d+:\d+|u:\d+|step:\d+)$/);
					for (const t of [f.label, def.hint(p, f), def.worked(p, f)]) {
						expect(t.en.length).toBeGreaterThan(0);
						expect(t.ko.length).toBeGreaterThan(0);
					}
					expect(def.hint(p, f).ko + def.worked(p, f).ko).toMatch(/[\uAC00-\uD7A3]/);
					// The worked line ends in the right number, as the learner would write it.
					expect(def.worked(p, f).en).toContain(show(f.expected));
				}
				expect(p.prompt.ko).toMatch(/[\uAC00-\uD7A3]/);
			}
		});

		it('walks forward then backward, every field exactly once', () => {
			for (const seed of [0, 3]) {
				const p = def.make(seed) as GraphPuzzle;
				const steps = stepThrough(p);
				const seen = steps.flatMap((s) => s.fields);
				expect([...seen].sort()).toEqual(p.fields.map((f) => f.key).sort());
				// One forward step per op node, then the backward pass starting at the root.
				const ops = p.graph.nodes.filter((n) => n.op !== 'input' && n.op !== 'const').length;
				expect(steps.slice(0, ops).every((s) => s.fields.every((k) => k.startsWith('v:')))).toBe(
					true
				);
				expect(steps[ops].node).toBe(p.graph.root);
				expect(steps[ops].text.en).toContain('= 1');
			}
		});
	});
});
