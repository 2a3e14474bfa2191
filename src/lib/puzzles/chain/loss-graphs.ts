// The two losses of the source notes as subgraphs of engine gates, shared by the loss,
// perceptron and network puzzles, with the notes that name their well-known simplifications.
import type { Graph, GraphNode } from '../../engine';
import type { Text } from '../types';
import { num } from './say';

export interface Loss {
	readonly L: GraphNode;
	/** The nodes of the loss whose gradient is worth asking. */
	readonly inner: readonly GraphNode[];
}

/** L = ½(y − ŷ)²: r = y − ŷ, s = r², L = 0.5·s. */
export function squaredLoss(g: Graph, y: GraphNode, yhat: GraphNode): Loss {
	const r = g.sub(y, yhat, 'r');
	const s = g.pow(r, 2, 's');
	const L = g.mul(0.5, s, 'L');
	return { L, inner: [r, s] };
}

/** L = −(y·ln ŷ + (1 − y)·ln(1 − ŷ)), binary cross-entropy, one gate per step. */
export function crossEntropy(g: Graph, y: GraphNode, yhat: GraphNode): Loss {
	const A = g.log(yhat, 'A');
	const B = g.sub(1, yhat, 'B');
	const C = g.log(B, 'C');
	const D = g.mul(y, A, 'D');
	const E = g.sub(1, y, 'E');
	const F = g.mul(E, C, 'F');
	const S = g.add(D, F, 'S');
	const L = g.neg(S, 'L');
	return { L, inner: [S, D, F, A, C, B] };
}

export const CROSS_ENTROPY_TEX = 'L = -\\left(y \\ln \\hat{y} + (1 - y) \\ln(1 - \\hat{y})\\right)';
export const SQUARED_TEX = 'L = \\tfrac{1}{2}(y - \\hat{y})^2';

/** ½(y − ŷ)² gives ∂L/∂ŷ = −(y − ŷ) = ŷ − y. */
export function squaredNote(y: GraphNode, yhat: GraphNode): Text {
	const v = num(yhat.value - y.value);
	return {
		en: `For ½(y − ŷ)² this is −(y − ŷ) = ŷ − y = ${v}: the prediction minus the target.`,
		ko: `½(y − ŷ)²에서는 이것이 −(y − ŷ) = ŷ − y = ${v}, 곧 예측값 빼기 정답입니다.`
	};
}

/** Cross-entropy's ∂L/∂ŷ, before the sigmoid simplifies it. */
export function crossEntropyNote(): Text {
	return {
		en: 'For cross-entropy, ∂L/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ).',
		ko: '교차 엔트로피에서는 ∂L/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ)입니다.'
	};
}

/** σ followed by cross-entropy: ∂L/∂z = ŷ − y, the famous simplification. */
export function sigmoidCrossEntropyNote(y: GraphNode, yhat: GraphNode): Text {
	const v = num(yhat.value - y.value);
	return {
		en: `The factors ŷ(1 − ŷ) cancel: with a sigmoid before cross-entropy, ∂L/∂z = ŷ − y = ${v}.`,
		ko: `ŷ(1 − ŷ) 인수가 약분됩니다. 교차 엔트로피 앞에 시그모이드가 있으면 ∂L/∂z = ŷ − y = ${v}입니다.`
	};
}

/** ∂L/∂w = −(y − ŷ)·x for a perceptron weight w on input x (either loss, with the right ŷ). */
export function weightNote(w: string, x: GraphNode, y: GraphNode, yhat: GraphNode): Text {
	const v = num(-(y.value - yhat.value) * x.value);
	return {
		en: `This is the perceptron's rule ∂L/∂${w} = −(y − ŷ)·${x.label} = ${v}.`,
		ko: `퍼셉트론의 규칙으로 써도 같습니다: ∂L/∂${w} = −(y − ŷ)·${x.label} = ${v}.`
	};
}
