// The matrix tier: backpropagation through a linear layer Y = X·W + b with shapes, first the
// sizes, then every entry by hand (dW = Xᵀ·dY, db = column sums of dY, dX = dY·Wᵀ).
import type { TierDef } from '../types';
import { linearPuzzle } from './matrix-linear';
import { SHAPES } from './matrix-shapes';

export const MATRIX_TIER: TierDef = {
	id: 'matrix',
	title: { en: 'Matrices', ko: '행렬' },
	intro: {
		en: 'A whole layer at once: the gradient of a matrix has its shape, and dW = Xᵀ·dY, db = the column sums of dY, dX = dY·Wᵀ.',
		ko: '층 하나를 한꺼번에: 행렬의 기울기는 그 행렬과 모양이 같고, dW = Xᵀ·dY, db = dY의 열 합, dX = dY·Wᵀ입니다.'
	},
	puzzles: [
		SHAPES,
		linearPuzzle('linear-2x2', { en: 'Linear layer, 2 × 2', ko: '선형 층, 2 × 2' }, 2, 2, 2),
		linearPuzzle('linear-2x3', { en: 'Linear layer, 2 × 3', ko: '선형 층, 2 × 3' }, 2, 3, 2)
	]
};
