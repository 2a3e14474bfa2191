// Tier 3, loss nodes: half the squared error, and binary cross-entropy after a sigmoid, where the
// gradient at the sigmoid's input simplifies to ŷ − y.
import { Graph } from '../../engine';
import type { PuzzleDef } from '../types';
import { apart, label01, oneDecimal } from './draws';
import { graphDef, type Built } from './graph-def';
import {
	CROSS_ENTROPY_TEX,
	crossEntropy,
	crossEntropyNote,
	sigmoidCrossEntropyNote,
	SQUARED_TEX,
	squaredLoss,
	squaredNote
} from './loss-graphs';
import { round } from '../random';

const squared: PuzzleDef = graphDef({
	id: 'losses.squared',
	version: 1,
	tier: 'losses',
	title: { en: 'Half the squared error', ko: '제곱 오차의 절반' },
	build(r): Built {
		const g = new Graph();
		const yv = round(r, -3, 3, 1);
		const y = g.input('y', yv);
		const yhat = g.input(
			'ŷ',
			apart(r, (s) => round(s, -3, 3, 1), [yv], 0.3)
		);
		const { L, inner } = squaredLoss(g, y, yhat);
		const [res, sq] = inner;
		return {
			graph: g,
			root: L,
			asks: { values: [res, sq, L], locals: [sq, res], upstream: [L, sq, res, yhat] },
			prompt: {
				en: 'The prediction ŷ is compared with the target y by $L = \\tfrac{1}{2}(y - \\hat{y})^2$. Fill in the forward values, then the gradients down to $\\frac{\\partial L}{\\partial \\hat{y}}$.',
				ko: '예측값 ŷ를 정답 y와 비교하는 손실은 $L = \\tfrac{1}{2}(y - \\hat{y})^2$입니다. 순전파 값을 채운 뒤, $\\frac{\\partial L}{\\partial \\hat{y}}$까지 기울기를 채우세요.'
			},
			formulaTex: SQUARED_TEX,
			notes: { [`u:${yhat.id}`]: squaredNote(y, yhat) }
		};
	}
});

const bce: PuzzleDef = graphDef({
	id: 'losses.cross-entropy',
	version: 1,
	tier: 'losses',
	title: { en: 'Cross-entropy after a sigmoid', ko: '시그모이드 뒤의 교차 엔트로피' },
	build(r): Built {
		const g = new Graph();
		const z = g.input('z', oneDecimal(r, 0.3, 2.5));
		const y = g.input('y', label01(r));
		const yhat = g.sigmoid(z, 'ŷ');
		const { L, inner } = crossEntropy(g, y, yhat);
		return {
			graph: g,
			root: L,
			asks: { values: [yhat, L], locals: [yhat], upstream: [L, ...inner, yhat, z] },
			prompt: {
				en: 'A score z becomes a probability $\\hat{y} = \\sigma(z)$, scored against the label y (0 or 1) by binary cross-entropy. Fill in ŷ and L, then every gradient down to $\\frac{\\partial L}{\\partial z}$: watch it simplify.',
				ko: '점수 z가 확률 $\\hat{y} = \\sigma(z)$가 되고, 이진 교차 엔트로피로 레이블 y(0 또는 1)와 비교됩니다. ŷ와 L을 채운 뒤, $\\frac{\\partial L}{\\partial z}$까지 모든 기울기를 채우세요. 식이 어떻게 간단해지는지 보세요.'
			},
			formulaTex: `${CROSS_ENTROPY_TEX},\\quad \\hat{y} = \\sigma(z)`,
			notes: {
				[`u:${yhat.id}`]: crossEntropyNote(),
				[`u:${z.id}`]: sigmoidCrossEntropyNote(y, yhat)
			}
		};
	}
});

export const LOSS_PUZZLES: readonly PuzzleDef[] = [squared, bce];
