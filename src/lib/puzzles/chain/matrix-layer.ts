// The numbers of a linear layer Y = X·W + b (X n×d, W d×m, b m entries) and its gradients, computed
// by the engine's vector-Jacobian products, plus the wrong answers a learner is likely to give for
// each gradient entry (so a wrong number can be named, and so a puzzle never makes two mistakes
// look alike).
import { tensor } from '../../engine';
import type { MistakeId, Puzzle, Text } from '../types';
import { at, fromView, inside, mat, product, type Mat } from './matrix-algebra';

export interface Layer {
	readonly X: Mat;
	readonly W: Mat;
	readonly b: Mat;
	readonly dY: Mat;
	readonly dW: Mat;
	/** 1×m. */
	readonly db: Mat;
	readonly dX: Mat;
}

/** The gradient matrices a learner fills, by view name. */
export type GradName = 'dW' | 'db' | 'dX';
export const GRAD_NAMES: readonly GradName[] = ['dW', 'db', 'dX'];

/** dX = dY·Wᵀ and dW = Xᵀ·dY from matmul's backward, db = column sums of dY from the bias's. */
export function layer(X: Mat, W: Mat, b: Mat, dY: Mat): Layer {
	const [n, d, m] = [X.rows, X.cols, W.cols];
	const dX = new Float64Array(n * d);
	const dW = new Float64Array(d * m);
	const db = new Float64Array(m);
	const g = Float64Array.from(dY.values);
	tensor.matmulBackward(
		dX,
		dW,
		g,
		Float64Array.from(X.values),
		Float64Array.from(W.values),
		n,
		d,
		m
	);
	tensor.addBiasBackward(db, g, n, m);
	return { X, W, b, dY, dW: mat(d, m, dW), db: mat(1, m, db), dX: mat(n, d, dX) };
}

/** The layer a matrix puzzle shows (X, W, b, dY), with its gradients recomputed. */
export const layerOf = (puzzle: Puzzle): Layer =>
	layer(
		fromView(puzzle, 'X'),
		fromView(puzzle, 'W'),
		fromView(puzzle, 'b'),
		fromView(puzzle, 'dY')
	);

export interface Slip {
	readonly mistake?: MistakeId;
	readonly value: number;
	/** What the learner did, in words. */
	readonly note: Text;
}

/** The likely wrong values of entry (r, c) of gradient `name`, named mistakes first. */
export function slips(l: Layer, name: GradName, r: number, c: number): Slip[] {
	const right = at(l[name], r, c);
	const out: Slip[] = [];
	if (name !== 'db') {
		// X·dY for Xᵀ·dY, dY·W for dY·Wᵀ: only where the sizes happen to allow the wrong product.
		const swapped = name === 'dW' ? product(l.X, l.dY) : product(l.dY, l.W);
		if (swapped && inside(swapped, r, c)) out.push(wrongProduct(name, at(swapped, r, c)));
	}
	if (name !== 'db' && r !== c && inside(l[name], c, r)) {
		out.push({
			mistake: 'transposed',
			value: at(l[name], c, r),
			note: {
				en: `That is ${name}[${c}][${r}], the entry at the transposed position.`,
				ko: `그 값은 전치된 자리의 ${name}[${c}][${r}]입니다.`
			}
		});
	}
	if (name === 'db' && c < l.dY.rows) out.push(rowSum(l, c));
	out.push({
		mistake: 'sign-slip',
		value: -right,
		note: { en: 'Right size, wrong sign.', ko: '크기는 맞지만 부호가 반대입니다.' }
	});
	if (name !== 'dX') out.push(oneExample(l, name, r, c));
	return out;
}

function wrongProduct(name: 'dW' | 'dX', value: number): Slip {
	const [wrong, right] = name === 'dW' ? ['X·dY', 'Xᵀ·dY'] : ['dY·W', 'dY·Wᵀ'];
	return {
		mistake: 'transposed',
		value,
		note: {
			en: `That is the entry of ${wrong}: the product without the transpose. The rule is ${name} = ${right}.`,
			ko: `그 값은 전치 없이 곱한 ${wrong}의 원소입니다. 규칙은 ${name} = ${right}입니다.`
		}
	};
}

function rowSum(l: Layer, c: number): Slip {
	let s = 0;
	for (let j = 0; j < l.dY.cols; j++) s += at(l.dY, c, j);
	return {
		mistake: 'transposed',
		value: s,
		note: {
			en: `That is the sum of row ${c} of dY; db sums a column (over the examples), not a row.`,
			ko: `그 값은 dY의 ${c}번 행의 합입니다. db는 행이 아니라 열을 (예제들에 걸쳐) 더합니다.`
		}
	};
}

/** Only the first example's share: the sum over the batch was forgotten. */
function oneExample(l: Layer, name: 'dW' | 'db', r: number, c: number): Slip {
	const value = name === 'dW' ? at(l.X, 0, r) * at(l.dY, 0, c) : at(l.dY, 0, c);
	return {
		value,
		note: {
			en: 'That is only the first example’s share; every example in the batch adds its own.',
			ko: '그 값은 첫 번째 예제의 몫뿐입니다. 배치의 모든 예제가 각자의 몫을 더합니다.'
		}
	};
}
