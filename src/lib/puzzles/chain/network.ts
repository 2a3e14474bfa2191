// Tier 5, the two-layer network of the source notes, done right (CURRICULUM.md mistake 3):
// z1 = x1·w11 + x2·w21 + b1, z2 = x1·w12 + x2·w22 + b2, a = σ(z), z = a1·w1 + a2·w2 + b, ŷ = σ(z),
// cross-entropy loss. The learner carries the gradient back to ∂L/∂w11 and ∂L/∂b1.
import { Graph, type GraphNode } from '../../engine';
import type { PuzzleDef, Text } from '../types';
import { label01, oneDecimal } from './draws';
import { graphDef, type Built } from './graph-def';
import { CROSS_ENTROPY_TEX, crossEntropy, sigmoidCrossEntropyNote } from './loss-graphs';
import { arg, num, times } from './say';

/** x1, x2, w11, w21, b1, w12, w22, b2, w1, w2, b, drawn until every sum is in [−2.5, 2.5]. */
function draw(r: () => number): number[] {
	const s = (z: number) => 1 / (1 + Math.exp(-z));
	for (;;) {
		const x = [oneDecimal(r, 0.5, 2), oneDecimal(r, 0.5, 2)];
		const hidden = [0, 1, 2, 3].map(() => oneDecimal(r, 0.3, 1.5));
		const [b1, b2] = [oneDecimal(r, 0.1, 1), oneDecimal(r, 0.1, 1)];
		const out = [oneDecimal(r, 0.5, 2), oneDecimal(r, 0.5, 2), oneDecimal(r, 0.1, 1)];
		const z1 = x[0] * hidden[0] + x[1] * hidden[1] + b1;
		const z2 = x[0] * hidden[2] + x[1] * hidden[3] + b2;
		const z = s(z1) * out[0] + s(z2) * out[1] + out[2];
		if ([z1, z2, z].every((v) => Math.abs(v) <= 2.5))
			return [...x, hidden[0], hidden[1], b1, hidden[2], hidden[3], b2, ...out];
	}
}

/** z = a·wa + c·wc + bias, gate by gate, its gates named from `names`. */
function sum2(g: Graph, terms: [GraphNode, GraphNode][], bias: GraphNode, names: string[]) {
	const p = g.mul(terms[0][0], terms[0][1], names[0]);
	const q = g.mul(terms[1][0], terms[1][1], names[1]);
	return g.add(g.add(p, q, names[2]), bias, names[3]);
}

function chainNote(
	x1: GraphNode,
	a1: GraphNode,
	w1: GraphNode,
	yhat: GraphNode,
	y: GraphNode
): Text {
	const d = a1.value * (1 - a1.value);
	const e = yhat.value - y.value;
	const calc = `${times(x1.value, d)} × ${arg(w1.value)} × ${arg(e)} = ${num(x1.value * d * w1.value * e)}`;
	return {
		en: `Along the whole chain: ∂L/∂w11 = x1 · a1(1 − a1) · w1 · (ŷ − y) = ${calc}.`,
		ko: `사슬 전체로 보면 ∂L/∂w11 = x1 · a1(1 − a1) · w1 · (ŷ − y) = ${calc}입니다.`
	};
}

const twoLayer: PuzzleDef = graphDef({
	id: 'network.two-layer',
	version: 1,
	tier: 'network',
	title: { en: 'A two-layer network', ko: '2층 신경망' },
	build(r): Built {
		const g = new Graph();
		const v = draw(r);
		const names = ['x1', 'x2', 'w11', 'w21', 'b1', 'w12', 'w22', 'b2', 'w1', 'w2', 'b'];
		const [x1, x2, w11, w21, b1, w12, w22, b2, w1, w2, b] = names.map((n, k) => g.input(n, v[k]));
		const z1 = sum2(
			g,
			[
				[x1, w11],
				[x2, w21]
			],
			b1,
			['m1', 'm2', 's1', 'z1']
		);
		const z2 = sum2(
			g,
			[
				[x1, w12],
				[x2, w22]
			],
			b2,
			['m3', 'm4', 's2', 'z2']
		);
		const a1 = g.sigmoid(z1, 'a1');
		const a2 = g.sigmoid(z2, 'a2');
		const z = sum2(
			g,
			[
				[a1, w1],
				[a2, w2]
			],
			b,
			['m5', 'm6', 's3', 'z']
		);
		const yhat = g.sigmoid(z, 'ŷ');
		const y = g.input('y', label01(r));
		const { L } = crossEntropy(g, y, yhat);
		return {
			graph: g,
			root: L,
			asks: {
				values: [z1, a1, z2, a2, z, yhat, L],
				locals: [a1],
				upstream: [yhat, z, w1, w2, b, a1, z1, w11, w21, b1]
			},
			prompt: {
				en: 'Two hidden units $a_1 = \\sigma(z_1)$ and $a_2 = \\sigma(z_2)$ feed the output $\\hat{y} = \\sigma(a_1 w_1 + a_2 w_2 + b)$, scored by binary cross-entropy. Fill in the forward values, then carry the gradient back through the output layer to $\\frac{\\partial L}{\\partial w_{11}}$ and $\\frac{\\partial L}{\\partial b_1}$.',
				ko: '은닉 유닛 $a_1 = \\sigma(z_1)$, $a_2 = \\sigma(z_2)$가 출력 $\\hat{y} = \\sigma(a_1 w_1 + a_2 w_2 + b)$로 이어지고, 이진 교차 엔트로피로 평가됩니다. 순전파 값을 채운 뒤, 출력층을 거쳐 $\\frac{\\partial L}{\\partial w_{11}}$과 $\\frac{\\partial L}{\\partial b_1}$까지 기울기를 거꾸로 전달하세요.'
			},
			formulaTex: `${CROSS_ENTROPY_TEX},\\quad \\hat{y} = \\sigma(a_1 w_1 + a_2 w_2 + b),\\quad a_j = \\sigma(x_1 w_{1j} + x_2 w_{2j} + b_j)`,
			notes: {
				[`u:${z.id}`]: sigmoidCrossEntropyNote(y, yhat),
				[`u:${w1.id}`]: {
					en: `∂z/∂w1 is a1, the hidden unit's output (not x1): ∂L/∂w1 = a1·(ŷ − y) = ${times(a1.value, yhat.value - y.value)} = ${num(a1.value * (yhat.value - y.value))}.`,
					ko: `∂z/∂w1은 입력 x1이 아니라 은닉 유닛의 출력 a1입니다: ∂L/∂w1 = a1·(ŷ − y) = ${times(a1.value, yhat.value - y.value)} = ${num(a1.value * (yhat.value - y.value))}.`
				},
				[`u:${w11.id}`]: chainNote(x1, a1, w1, yhat, y)
			}
		};
	}
});

export const NETWORK_PUZZLES: readonly PuzzleDef[] = [twoLayer];
