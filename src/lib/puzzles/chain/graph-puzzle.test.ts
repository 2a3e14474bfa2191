// The graph-to-puzzle helper and the PuzzleDef factory on small hand-built graphs: x·x (one value
// in both slots of a gate), stray nodes, names in TeX, and rebuilding a graph from puzzle data.
import { describe, expect, it } from 'vitest';
import { Graph } from '../../engine';
import type { GraphPuzzle } from '../types';
import { graphDef } from './graph-def';
import { puzzleGraph, rebuild } from './graph-puzzle';
import { nameTex } from './names';

/** f = x·x + 3x at x = 2 (CURRICULUM's "value used twice": ∂f/∂x = 2x + 3 = 7). */
const square = graphDef({
	id: 'test.square',
	version: 1,
	tier: 'gates',
	title: { en: 'x·x + 3x', ko: 'x·x + 3x' },
	build() {
		const g = new Graph();
		const x = g.input('x', 2);
		const s = g.mul(x, x, 's');
		const t = g.mul(3, x, 't');
		const f = g.add(s, t, 'f');
		return {
			graph: g,
			root: f,
			asks: { values: [s, f], locals: [s], downstream: [s], upstream: [x] },
			prompt: { en: 'Test.', ko: '테스트.' },
			formulaTex: 'f = x^2 + 3x'
		};
	}
});

describe('graph puzzles from engine graphs', () => {
	const p = square.make(0) as GraphPuzzle;
	const by = (key: string) => p.fields.find((f) => f.key === key)!;

	it('lists forward values first, then the backward fields from the root down', () => {
		expect(p.fields.map((f) => f.key)).toEqual([
			'v:1',
			'v:4',
			'l:1:0',
			'l:1:1',
			'd:1:0',
			'd:1:1',
			'u:0'
		]);
		expect(by('v:4').expected).toBe(10);
	});

	it('names both slots of x·x and sums the two uses of x', () => {
		expect(by('l:1:0').label.en).toBe('local ∂s/∂x (input 1)');
		expect(by('l:1:1').label.ko).toBe('국소 미분 ∂s/∂x (입력 2)');
		expect([by('l:1:0').expected, by('l:1:1').expected]).toEqual([2, 2]);
		// x feeds s twice and t once: 2 + 2 + 3.
		expect(by('u:0').expected).toBe(7);
		expect(square.worked(p, by('u:0')).en).toContain('used 3 times');
	});

	it('recognises a sum that misses a use of x', () => {
		expect(square.explain(p, by('u:0'), 4, new Map()).mistake).toBe('fanout-not-summed');
		expect(square.explain(p, by('u:0'), 3, new Map()).mistake).toBe('fanout-not-summed');
		expect(square.explain(p, by('u:0'), 5, new Map()).mistake).toBe('fanout-not-summed');
		expect(square.explain(p, by('u:0'), -7, new Map()).mistake).toBe('sign-slip');
	});

	it('shows given values and marks asked ones, with TeX from the engine', () => {
		const s = p.graph.nodes[1];
		expect(s).toMatchObject({ op: 'mul', label: 's', tex: 'x \\cdot x', valueGiven: false });
		expect(p.graph.nodes[0].valueGiven).toBe(true);
		expect(by('u:0').tex).toBe('\\frac{\\partial f}{\\partial x}');
	});

	it('rebuilds the same gradients from the puzzle data alone', () => {
		const copy = JSON.parse(JSON.stringify(p.graph));
		const ctx = rebuild(copy);
		expect(ctx.nodes[0].grad).toBe(7);
		expect(ctx.nodes.map((n) => n.value)).toEqual(p.graph.nodes.map((n) => n.value));
	});

	it('refuses a node that does not feed the root, and an asked leaf value', () => {
		const g = new Graph();
		const x = g.input('x', 1);
		g.exp(x, 'stray');
		const f = g.neg(x, 'f');
		expect(() => puzzleGraph(g, f, {})).toThrow(/does not feed the root/);
		const h = new Graph();
		const y = h.input('y', 1);
		expect(() => puzzleGraph(h, h.neg(y, 'f'), { values: [y] })).toThrow(/leaf/);
	});

	it('spells names in KaTeX-safe TeX', () => {
		const g = new Graph();
		expect(nameTex(g.input('ŷ', 0))).toBe('\\hat{y}');
		expect(nameTex(g.input('w11', 0))).toBe('w_{11}');
		expect(nameTex(g.constant(-3))).toBe('-3');
	});

	it('refuses a seed that is not a 32-bit whole number', () => {
		expect(() => square.make(-1)).toThrow(/seed/);
		expect(() => square.make(2 ** 32)).toThrow(/seed/);
	});
});
