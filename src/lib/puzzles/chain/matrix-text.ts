// The words of the linear-layer puzzles: each gradient entry's rule written out with its numbers
// (the worked line), and a hint that names the rule without the number.
import { show } from '../numbers';
import type { Text } from '../types';
import { at, sumOfProducts } from './matrix-algebra';
import type { GradName, Layer } from './matrix-layer';

/** dW[r][c] = Σₙ X[n][r]·dY[n][c] = … with the numbers of `l`. */
export function workedEntry(l: Layer, name: GradName, r: number, c: number): Text {
	const value = show(at(l[name], r, c));
	if (name === 'db') {
		const terms = Array.from({ length: l.dY.rows }, (_, n) => at(l.dY, n, c));
		const sum = terms.map((v, i) => (i > 0 && v < 0 ? `(${show(v)})` : show(v))).join(' + ');
		const line = `db[${c}] = Σₙ dY[n][${c}] = ${sum} = ${value}`;
		return {
			en: `${line}: b is added to every example, so its gradient adds up column ${c} of dY.`,
			ko: `${line}: b는 모든 예제에 더해지므로 그 기울기는 dY의 ${c}번 열을 모두 더한 것입니다.`
		};
	}
	if (name === 'dW') {
		const pairs = Array.from(
			{ length: l.X.rows },
			(_, n) => [at(l.X, n, r), at(l.dY, n, c)] as const
		);
		const line = `dW[${r}][${c}] = Σₙ X[n][${r}]·dY[n][${c}] = ${sumOfProducts(pairs)} = ${value}`;
		return {
			en: `${line} (dW = Xᵀ·dY: column ${r} of X against column ${c} of dY).`,
			ko: `${line} (dW = Xᵀ·dY: X의 ${r}번 열과 dY의 ${c}번 열).`
		};
	}
	const pairs = Array.from(
		{ length: l.W.cols },
		(_, j) => [at(l.dY, r, j), at(l.W, c, j)] as const
	);
	const line = `dX[${r}][${c}] = Σⱼ dY[${r}][j]·W[${c}][j] = ${sumOfProducts(pairs)} = ${value}`;
	return {
		en: `${line} (dX = dY·Wᵀ: row ${r} of dY against row ${c} of W).`,
		ko: `${line} (dX = dY·Wᵀ: dY의 ${r}번 행과 W의 ${c}번 행).`
	};
}

/** The rule for one entry, without its number. */
export function hintEntry(name: GradName, r: number, c: number): Text {
	if (name === 'db') {
		return {
			en: `b is added to every row of Y, so every example sends its gradient to b: add up column ${c} of dY.`,
			ko: `b는 Y의 모든 행에 더해지므로 모든 예제가 b로 기울기를 보냅니다. dY의 ${c}번 열을 모두 더하세요.`
		};
	}
	if (name === 'dW') {
		return {
			en: `dW = Xᵀ·dY has the shape of W. Go down column ${r} of X and column ${c} of dY together, multiply each pair and add.`,
			ko: `dW = Xᵀ·dY는 W와 모양이 같습니다. X의 ${r}번 열과 dY의 ${c}번 열을 나란히 내려가며 짝끼리 곱해 더하세요.`
		};
	}
	return {
		en: `dX = dY·Wᵀ has the shape of X. Multiply row ${r} of dY with row ${c} of W entry by entry and add.`,
		ko: `dX = dY·Wᵀ는 X와 모양이 같습니다. dY의 ${r}번 행과 W의 ${c}번 행을 원소끼리 곱해 더하세요.`
	};
}

/** A named slip's words before the rule. */
export const joinText = (first: Text, second: Text): Text => ({
	en: `${first.en} ${second.en}`,
	ko: `${first.ko} ${second.ko}`
});
