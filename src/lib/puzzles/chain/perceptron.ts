// Tier 4, the perceptron of the source notes: regression (ŷ = w1x1 + w2x2 + b, L = ½(y − ŷ)²) and
// classification (ŷ = σ(…), cross-entropy), each ending in one update w ← w − α·∂L/∂w.
import { Graph, type GraphNode } from '../../engine';
import { nonZeroInt, pick, round } from '../random';
import type { PuzzleDef, Text } from '../types';
import { apart, label01, LEARNING_RATES, oneDecimal } from './draws';
import { graphDef, type Built } from './graph-def';
import {
	CROSS_ENTROPY_TEX,
	crossEntropy,
	sigmoidCrossEntropyNote,
	SQUARED_TEX,
	squaredLoss,
	squaredNote,
	weightNote
} from './loss-graphs';
import { num } from './say';

interface Linear {
	readonly x: readonly GraphNode[];
	readonly w: readonly GraphNode[];
	readonly b: GraphNode;
	/** w1·x1 + w2·x2 + b, gate by gate, named `name`. */
	readonly out: GraphNode;
}

/** x1, x2, w1, w2, b drawn until the weighted sum is in [−limit, limit], then built gate by gate. */
function linear(g: Graph, r: () => number, name: string, limit: number): Linear {
	let v: number[];
	do {
		v = [
			nonZeroInt(r, -3, 3),
			nonZeroInt(r, -3, 3),
			oneDecimal(r, 0.2, 1.5),
			oneDecimal(r, 0.2, 1.5)
		];
		v.push(oneDecimal(r, 0.1, 1));
	} while (Math.abs(v[2] * v[0] + v[3] * v[1] + v[4]) > limit);
	const x = [g.input('x1', v[0]), g.input('x2', v[1])];
	const w = [g.input('w1', v[2]), g.input('w2', v[3])];
	const b = g.input('b', v[4]);
	const m1 = g.mul(w[0], x[0], 'm1');
	const m2 = g.mul(w[1], x[1], 'm2');
	const s = g.add(m1, m2, 's');
	return { x, w, b, out: g.add(s, b, name) };
}

function updatePrompt(lr: number): Text {
	return {
		en: ` Finally take one gradient-descent step with learning rate $\\alpha = ${num(lr)}$: $w \\leftarrow w - \\alpha \\frac{\\partial L}{\\partial w}$.`,
		ko: ` 마지막으로 학습률 $\\alpha = ${num(lr)}$로 경사하강법 한 걸음을 계산하세요: $w \\leftarrow w - \\alpha \\frac{\\partial L}{\\partial w}$.`
	};
}

const ops = (g: Graph, below: GraphNode) => g.nodes.filter((n) => !n.isLeaf && n.id <= below.id);

const regression: PuzzleDef = graphDef({
	id: 'perceptron.regression',
	version: 1,
	tier: 'perceptron',
	title: { en: 'Perceptron regression', ko: '퍼셉트론 회귀' },
	build(r): Built {
		const g = new Graph();
		const lin = linear(g, r, 'ŷ', 4);
		// y ≠ ŷ, or every gradient would be 0 and there would be nothing to learn.
		const y = g.input(
			'y',
			apart(r, (s) => round(s, -3, 3, 1), [lin.out.value], 0.3)
		);
		const { L, inner } = squaredLoss(g, y, lin.out);
		const lr = pick(r, LEARNING_RATES);
		const [w1, w2] = lin.w;
		const [x1, x2] = lin.x;
		return {
			graph: g,
			root: L,
			asks: { values: ops(g, L), upstream: [L, inner[0], lin.out, w1, w2, lin.b] },
			steps: [w1, w2, lin.b].map((node) => ({ node, lr })),
			prompt: {
				en: `A perceptron predicts $\\hat{y} = w_1 x_1 + w_2 x_2 + b$ and is scored by $L = \\tfrac{1}{2}(y - \\hat{y})^2$. Fill in the forward values, then the gradients of L down to the weights and the bias.${updatePrompt(lr).en}`,
				ko: `퍼셉트론이 $\\hat{y} = w_1 x_1 + w_2 x_2 + b$로 예측하고, 손실 $L = \\tfrac{1}{2}(y - \\hat{y})^2$ 값으로 평가받습니다. 순전파 값을 채운 뒤, 가중치와 편향까지 L의 기울기를 채우세요.${updatePrompt(lr).ko}`
			},
			formulaTex: `${SQUARED_TEX},\\quad \\hat{y} = w_1 x_1 + w_2 x_2 + b`,
			notes: {
				[`u:${lin.out.id}`]: squaredNote(y, lin.out),
				[`u:${w1.id}`]: weightNote('w1', x1, y, lin.out),
				[`u:${w2.id}`]: weightNote('w2', x2, y, lin.out)
			}
		};
	}
});

const classification: PuzzleDef = graphDef({
	id: 'perceptron.classification',
	version: 1,
	tier: 'perceptron',
	title: { en: 'Perceptron classification', ko: '퍼셉트론 분류' },
	build(r): Built {
		const g = new Graph();
		const lin = linear(g, r, 'z', 2.5);
		const y = g.input('y', label01(r));
		const yhat = g.sigmoid(lin.out, 'ŷ');
		const { L } = crossEntropy(g, y, yhat);
		const lr = pick(r, LEARNING_RATES);
		const [w1, w2] = lin.w;
		const [x1, x2] = lin.x;
		return {
			graph: g,
			root: L,
			asks: {
				values: [...ops(g, yhat), L],
				locals: [yhat],
				upstream: [L, yhat, lin.out, w1, w2, lin.b]
			},
			steps: [w1, w2, lin.b].map((node) => ({ node, lr })),
			prompt: {
				en: `A perceptron classifies with $\\hat{y} = \\sigma(w_1 x_1 + w_2 x_2 + b)$, scored against the label y (0 or 1) by binary cross-entropy. Fill in the forward values, then the gradients of L down to the weights and the bias.${updatePrompt(lr).en}`,
				ko: `퍼셉트론이 $\\hat{y} = \\sigma(w_1 x_1 + w_2 x_2 + b)$로 분류하고, 이진 교차 엔트로피로 레이블 y(0 또는 1)와 비교됩니다. 순전파 값을 채운 뒤, 가중치와 편향까지 L의 기울기를 채우세요.${updatePrompt(lr).ko}`
			},
			formulaTex: `${CROSS_ENTROPY_TEX},\\quad \\hat{y} = \\sigma(w_1 x_1 + w_2 x_2 + b)`,
			notes: {
				[`u:${lin.out.id}`]: sigmoidCrossEntropyNote(y, yhat),
				[`u:${w1.id}`]: weightNote('w1', x1, y, yhat),
				[`u:${w2.id}`]: weightNote('w2', x2, y, yhat)
			}
		};
	}
});

export const PERCEPTRON_PUZZLES: readonly PuzzleDef[] = [regression, classification];
