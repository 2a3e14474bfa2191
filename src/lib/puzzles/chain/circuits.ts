// Tier 2, the classic circuits: f = (x + y)z, the gate patterns 2(xy + max(z, w)), and the sigmoid
// neuron, first gate by gate (mul, add, neg, exp, +1, 1/d) and then with σ as one node. Seed 0 of
// each is the reference example of CURRICULUM.md; other seeds draw other numbers.
import { Graph, type GraphNode } from '../../engine';
import { nonZeroInt } from '../random';
import type { PuzzleDef, Text } from '../types';
import { apart, small } from './draws';
import { graphDef, type Built } from './graph-def';

const ops = (g: Graph) => g.nodes.filter((n) => !n.isLeaf);
const named = (g: Graph) => g.nodes.filter((n) => n.op !== 'const');

/** Every op node's value and every named node's gradient. */
const valuesAndGradients = (g: Graph) => ({ values: ops(g), upstream: named(g) });

const FORWARD_BACKWARD: Text = {
	en: 'Fill in every forward value, then go backward from $\\frac{\\partial f}{\\partial f} = 1$ and fill in the gradient of f with respect to every node.',
	ko: '먼저 모든 순전파 값을 채우고, $\\frac{\\partial f}{\\partial f} = 1$에서 출발해 거꾸로 가며 각 노드에 대한 f의 기울기를 채우세요.'
};

const xyz: PuzzleDef = graphDef({
	id: 'circuits.xyz',
	version: 1,
	tier: 'circuits',
	title: { en: 'f = (x + y)·z', ko: 'f = (x + y)·z' },
	build(r, seed): Built {
		const g = new Graph();
		const x = g.input('x', seed === 0 ? -2 : small(r));
		const y = g.input('y', seed === 0 ? 5 : apart(r, small, [-x.value]));
		const z = g.input('z', seed === 0 ? -4 : small(r));
		const q = g.add(x, y, 'q');
		const f = g.mul(q, z, 'f');
		return {
			graph: g,
			root: f,
			asks: { ...valuesAndGradients(g), locals: [q, f] },
			prompt: FORWARD_BACKWARD,
			formulaTex: 'f = (x + y)\\,z',
			fixed: seed === 0
		};
	}
});

const patterns: PuzzleDef = graphDef({
	id: 'circuits.patterns',
	version: 1,
	tier: 'circuits',
	title: { en: 'Gate patterns: 2(xy + max(z, w))', ko: '게이트 패턴: 2(xy + max(z, w))' },
	build(r, seed): Built {
		const ref = seed === 0;
		const g = new Graph();
		const x = g.input('x', ref ? 3 : small(r));
		const y = g.input('y', ref ? -4 : apart(r, small, [x.value, -x.value]));
		const zv = ref ? 2 : small(r);
		const z = g.input('z', zv);
		const w = g.input('w', ref ? -1 : apart(r, small, [zv]));
		const p = g.mul(x, y, 'p');
		const m = g.max(z, w, 'm');
		const s = g.add(p, m, 's');
		const f = g.mul(2, s, 'f');
		return {
			graph: g,
			root: f,
			asks: valuesAndGradients(g),
			prompt: {
				en: `${FORWARD_BACKWARD.en} Watch each gate: add passes the gradient on, mul swaps the inputs' values, max routes it to the larger input.`,
				ko: `${FORWARD_BACKWARD.ko} 게이트마다 규칙을 보세요: 덧셈은 그대로 전달하고, 곱셈은 입력값을 맞바꿔 곱하고, max는 큰 입력에만 보냅니다.`
			},
			formulaTex: 'f = 2\\,(x y + \\max(z, w))',
			fixed: ref
		};
	}
});

/** w0, x0, w1, x1, w2 of the neuron: the reference at seed 0, else a draw with |z| in [0.3, 3]. */
function neuronInputs(r: () => number, seed: number): number[] {
	if (seed === 0) return [2, -1, -3, -2, -3];
	for (;;) {
		const v = [0, 1, 2, 3, 4].map(() => (r() < 0.7 ? nonZeroInt(r, -3, 3) : small(r)));
		const z = v[0] * v[1] + v[2] * v[3] + v[4];
		if (Math.abs(z) >= 0.3 && Math.abs(z) <= 3) return v;
	}
}

/** z = w0·x0 + w1·x1 + w2, gate by gate. */
function neuronSum(g: Graph, v: number[]): GraphNode {
	const w0 = g.input('w0', v[0]);
	const x0 = g.input('x0', v[1]);
	const w1 = g.input('w1', v[2]);
	const x1 = g.input('x1', v[3]);
	const w2 = g.input('w2', v[4]);
	const a = g.mul(w0, x0, 'a');
	const b = g.mul(w1, x1, 'b');
	const c = g.add(a, b, 'c');
	return g.add(c, w2, 'z');
}

const neuronGates: PuzzleDef = graphDef({
	id: 'circuits.neuron-gates',
	version: 1,
	tier: 'circuits',
	title: { en: 'The sigmoid neuron, gate by gate', ko: '시그모이드 뉴런, 게이트 하나씩' },
	build(r, seed): Built {
		const g = new Graph();
		const z = neuronSum(g, neuronInputs(r, seed));
		const n = g.neg(z, 'n');
		const u = g.exp(n, 'u');
		const d = g.add(u, 1, 'd');
		const f = g.div(1, d, 'f');
		return {
			graph: g,
			root: f,
			asks: valuesAndGradients(g),
			prompt: {
				en: `The neuron $f = \\sigma(w_0 x_0 + w_1 x_1 + w_2) = 1/(1 + e^{-z})$ built from small gates: negate, exp, add 1, take 1/d. ${FORWARD_BACKWARD.en}`,
				ko: `뉴런 $f = \\sigma(w_0 x_0 + w_1 x_1 + w_2) = 1/(1 + e^{-z})$를 작은 게이트로 나눴습니다: 부호 바꾸기, exp, 1 더하기, 1/d. ${FORWARD_BACKWARD.ko}`
			},
			formulaTex: 'f = \\frac{1}{1 + e^{-(w_0 x_0 + w_1 x_1 + w_2)}}',
			fixed: seed === 0
		};
	}
});

const neuron: PuzzleDef = graphDef({
	id: 'circuits.neuron',
	version: 1,
	tier: 'circuits',
	title: { en: 'The sigmoid neuron, σ as one node', ko: '시그모이드 뉴런, σ를 한 노드로' },
	build(r, seed): Built {
		const g = new Graph();
		const z = neuronSum(g, neuronInputs(r, seed));
		const f = g.sigmoid(z, 'f');
		return {
			graph: g,
			root: f,
			asks: { ...valuesAndGradients(g), locals: [f] },
			prompt: {
				en: `The same neuron with σ as a single node, whose local derivative is σ(1 − σ). ${FORWARD_BACKWARD.en}`,
				ko: `같은 뉴런에서 σ를 노드 하나로 묶었습니다. 그 국소 미분은 σ(1 − σ)입니다. ${FORWARD_BACKWARD.ko}`
			},
			formulaTex: 'f = \\sigma(w_0 x_0 + w_1 x_1 + w_2)',
			fixed: seed === 0
		};
	}
});

export const CIRCUIT_PUZZLES: readonly PuzzleDef[] = [xyz, patterns, neuronGates, neuron];
