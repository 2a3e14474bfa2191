// The endless tier: difficulty really grows (nodes, values used twice, nonlinear gates) and the
// numbers stay readable by hand.
import { describe, expect, it } from 'vitest';
import type { GraphPuzzle } from '../types';
import { makePuzzle } from './index';

const SEEDS = Array.from({ length: 60 }, (_, k) => k);
const LINEAR = new Set(['add', 'sub', 'mul', 'max', 'min', 'neg']);

function stats(difficulty: number) {
	const puzzles = SEEDS.map((s) => makePuzzle(`generated.${difficulty}`, s) as GraphPuzzle);
	const ops = puzzles.map((p) => p.graph.nodes.filter((n) => n.op !== 'input' && n.op !== 'const'));
	const uses = (p: GraphPuzzle, id: number) =>
		p.graph.nodes.reduce((k, n) => k + n.inputs.filter((i) => i === id).length, 0);
	return {
		puzzles,
		meanOps: ops.reduce((s, o) => s + o.length, 0) / puzzles.length,
		nonlinear: ops.filter((o) => o.some((n) => !LINEAR.has(n.op))).length,
		fanout: puzzles.filter((p) => p.graph.nodes.some((n) => n.op !== 'const' && uses(p, n.id) > 1))
			.length,
		opNames: new Set(ops.flat().map((n) => n.op))
	};
}

describe('generated graphs', () => {
	const levels = [1, 2, 3, 4, 5].map(stats);

	it('grow with the difficulty', () => {
		for (let d = 1; d < 5; d++) expect(levels[d].meanOps).toBeGreaterThan(levels[d - 1].meanOps);
		expect([...levels[0].opNames].sort()).toEqual(['add', 'mul']);
		expect(levels[0].nonlinear).toBe(0);
		expect(levels[2].nonlinear).toBeGreaterThan(SEEDS.length / 2);
		expect(levels[4].nonlinear).toBeGreaterThan(SEEDS.length * 0.9);
		// Values used twice: never at difficulty 1, in most graphs at 5.
		expect(levels[0].fanout).toBe(0);
		expect(levels[1].fanout).toBeGreaterThan(0);
		expect(levels[4].fanout).toBeGreaterThan(SEEDS.length / 2);
		expect(levels[4].opNames.size).toBeGreaterThan(12);
	});

	it('keep every number readable: finite, moderate, no ties at a max', () => {
		for (const { puzzles } of levels)
			for (const p of puzzles) {
				for (const n of p.graph.nodes) {
					expect(Math.abs(n.value)).toBeLessThanOrEqual(100);
					if (n.op === 'max' || n.op === 'min') {
						const [a, b] = n.inputs.map((i) => p.graph.nodes[i].value);
						expect(Math.abs(a - b)).toBeGreaterThanOrEqual(0.3);
					}
				}
				for (const f of p.fields) expect(Math.abs(f.expected)).toBeLessThanOrEqual(1000);
			}
	});

	it('root the graph at f and let every node feed it', () => {
		for (const { puzzles } of levels)
			for (const p of puzzles) {
				expect(p.graph.nodes[p.graph.root].label).toBe('f');
				expect(p.graph.root).toBe(p.graph.nodes.length - 1);
				const used = new Set(p.graph.nodes.flatMap((n) => n.inputs));
				for (const n of p.graph.nodes) if (n.id !== p.graph.root) expect(used.has(n.id)).toBe(true);
			}
	});
});
