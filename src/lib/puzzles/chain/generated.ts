// The endless tier: random computational graphs by difficulty (1–5) and seed. Higher difficulty
// means more nodes, more values used twice and more nonlinear ops. Every node is checked before it
// joins the graph, so nothing is NaN or infinite and the numbers stay readable by hand.
import { getOp, Graph, type GraphNode, type OpName } from '../../engine';
import { int, nonZeroInt, pick } from '../random';
import type { PuzzleDef } from '../types';
import { oneDecimal } from './draws';
import { graphDef, type Built } from './graph-def';
import { fixTex } from './names';

interface Level {
	readonly ops: readonly OpName[];
	readonly inputs: readonly [number, number];
	readonly gates: readonly [number, number];
	/** Chance that a second operand is any earlier node (fan-out) rather than an unused one. */
	readonly fanout: number;
	readonly decimals: boolean;
}

const BASIC: OpName[] = ['add', 'mul'];
const GATES: OpName[] = [...BASIC, 'sub', 'max'];
const SMOOTH: OpName[] = [...GATES, 'neg', 'exp', 'sigmoid', 'relu'];
const MORE: OpName[] = [...SMOOTH, 'tanh', 'log', 'div', 'pow', 'min'];
const ALL: OpName[] = [...MORE, 'sqrt', 'softplus', 'sin', 'cos', 'abs'];

export const LEVELS: readonly Level[] = [
	{ ops: BASIC, inputs: [3, 3], gates: [2, 2], fanout: 0, decimals: false },
	{ ops: GATES, inputs: [3, 4], gates: [3, 3], fanout: 0.3, decimals: false },
	{ ops: SMOOTH, inputs: [3, 3], gates: [4, 5], fanout: 0.4, decimals: true },
	{ ops: MORE, inputs: [3, 4], gates: [5, 6], fanout: 0.5, decimals: true },
	{ ops: ALL, inputs: [4, 4], gates: [7, 8], fanout: 0.6, decimals: true }
];

const INPUTS = ['x', 'y', 'z', 'w'];
const LABELS = ['a', 'b', 'c', 'd', 'g', 'h', 'k', 'm', 'n', 'p', 'q', 'r', 's', 't', 'u', 'v'];
const LIMIT = 30;
const TRIES = 30;

type Operand = GraphNode | number;
const valueOf = (o: Operand) => (typeof o === 'number' ? o : o.value);

/** Whether op(a, b) keeps the puzzle readable: finite, moderate, away from kinks and poles. */
function fits(op: OpName, a: number, b: number): boolean {
	const rule = getOp(op);
	const out = rule.forward(a, b);
	const locals = rule.derivatives.map((d) => d(a, b, out));
	if (![out, ...locals].every((v) => Number.isFinite(v) && Math.abs(v) <= LIMIT)) return false;
	switch (op) {
		case 'log':
		case 'sqrt':
			return a >= 0.2;
		case 'div':
			return Math.abs(b) >= 0.5;
		case 'max':
		case 'min':
			return Math.abs(a - b) >= 0.3;
		case 'relu':
		case 'abs':
			return Math.abs(a) >= 0.2;
		case 'exp':
			return a <= 2.5;
		case 'pow':
			return Math.abs(a) <= 4 && Math.abs(a) >= 0.2;
		default:
			return true;
	}
}

interface Pool {
	readonly g: Graph;
	readonly r: () => number;
	readonly level: Level;
	unused: GraphNode[];
}

/** A second operand: a constant for pow (and sometimes others), else an unused or any node. */
function second(p: Pool, op: OpName, first: GraphNode): Operand {
	if (op === 'pow') return p.level.ops === ALL && p.r() < 0.3 ? 3 : 2;
	if (op !== 'max' && op !== 'min' && p.level.decimals && p.r() < 0.15)
		return pick(p.r, [2, 3, 0.5]);
	const fresh = p.unused.filter((n) => n !== first);
	if (fresh.length > 0 && p.r() >= p.level.fanout) return pick(p.r, fresh);
	const any = p.g.nodes.filter(
		(n) => n.op !== 'const' && !(n === first && (op === 'max' || op === 'min'))
	);
	return pick(p.r, any);
}

/** Adds one checked gate from `ops`; falls back to adding two nodes. */
function grow(p: Pool, label: string, ops: readonly OpName[]): GraphNode {
	const named = p.g.nodes.filter((n) => n.op !== 'const');
	for (let k = 0; k < TRIES; k++) {
		const op = pick(p.r, ops);
		// Now and then reuse a node that already has a consumer: another source of fan-out.
		const reuse = p.unused.length === 0 || p.r() < p.level.fanout / 2;
		const first = pick(p.r, reuse ? named : p.unused);
		const operands: Operand[] = getOp(op).arity === 1 ? [first] : [first, second(p, op, first)];
		const [a, b] = operands.map(valueOf);
		if (fits(op, a, b ?? a)) return use(p, p.g.apply(op, operands, label));
	}
	return use(p, p.g.add(p.unused[0] ?? named[0], p.unused[1] ?? named[0], label));
}

/** Joins the two oldest unused nodes, so that every node feeds the root. */
function combine(p: Pool, label: string): GraphNode {
	const [a, b] = p.unused;
	const op = pick(p.r, BASIC);
	return use(p, fits(op, a.value, b.value) ? p.g.apply(op, [a, b], label) : p.g.add(a, b, label));
}

function use(p: Pool, node: GraphNode): GraphNode {
	p.unused = [...p.unused.filter((n) => !node.inputs.includes(n)), node];
	return node;
}

function buildGraph(level: Level, r: () => number): { g: Graph; root: GraphNode } {
	const g = new Graph();
	const count = int(r, level.inputs[0], level.inputs[1]);
	const value = () => (level.decimals && r() < 0.7 ? oneDecimal(r, 0.2, 2) : nonZeroInt(r, -4, 4));
	const inputs = INPUTS.slice(0, count).map((name) => g.input(name, value()));
	const p: Pool = { g, r, level, unused: [...inputs] };
	const gates = int(r, level.gates[0], level.gates[1]);
	let root = inputs[0];
	let k = 0;
	while (k < gates || p.unused.length > 1) {
		root = k < gates ? grow(p, LABELS[k], level.ops) : combine(p, LABELS[k]);
		k++;
	}
	root.label = 'f';
	return { g, root };
}

const LINEAR = new Set(['add', 'sub', 'mul', 'neg']);

function generated(difficulty: number): PuzzleDef {
	const level = LEVELS[difficulty - 1];
	return graphDef({
		id: `generated.${difficulty}`,
		version: 1,
		tier: 'generated',
		title: {
			en: `Random graph, difficulty ${difficulty}`,
			ko: `무작위 그래프, 난이도 ${difficulty}`
		},
		build(r): Built {
			const { g, root } = buildGraph(level, r);
			const ops = g.nodes.filter((n) => !n.isLeaf);
			return {
				graph: g,
				root,
				asks: {
					values: ops,
					upstream: g.nodes.filter((n) => n.op !== 'const'),
					locals: difficulty >= 3 ? ops.filter((n) => !LINEAR.has(n.op)) : []
				},
				prompt: {
					en: 'Fill in every forward value, then go backward from $\\frac{\\partial f}{\\partial f} = 1$ and fill in the gradient of f with respect to every node. Where a value is used more than once, add up what comes back.',
					ko: '먼저 모든 순전파 값을 채우고, $\\frac{\\partial f}{\\partial f} = 1$에서 출발해 거꾸로 가며 각 노드에 대한 f의 기울기를 채우세요. 여러 번 쓰인 값은 돌아오는 기울기를 모두 더하세요.'
				},
				formulaTex: `f = ${fixTex(root.expressionLatex())}`
			};
		}
	});
}

export const GENERATED_PUZZLES: readonly PuzzleDef[] = [1, 2, 3, 4, 5].map(generated);
