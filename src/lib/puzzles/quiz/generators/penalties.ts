// The penalties of regularization (C22) with worked numbers: L2 Σw², L1 Σ|w|, elastic net
// Σ(βw² + |w|). Each is computed by a plain sum here; the questions live in regularization.ts.
import type { Text } from '../../types';
import { num, t, tex, par } from './b-kit';

export type Penalty = 'L1' | 'L2' | 'elastic';

export const l2 = (w: readonly number[]) => w.reduce((s, v) => s + v * v, 0);
export const l1 = (w: readonly number[]) => w.reduce((s, v) => s + Math.abs(v), 0);

export function penalty(kind: Penalty, w: readonly number[], beta = 1): number {
	if (kind === 'L1') return l1(w);
	if (kind === 'L2') return l2(w);
	return beta * l2(w) + l1(w);
}

export const PENALTY_NAME: Record<Penalty, Text> = {
	L1: t('L1', 'L1'),
	L2: t('L2', 'L2'),
	elastic: t('elastic net', '엘라스틱 넷')
};

export function penaltyTex(kind: Penalty, beta = 1): string {
	if (kind === 'L1') return 'R(w) = \\sum_k |w_k|';
	if (kind === 'L2') return 'R(w) = \\sum_k w_k^2';
	return `R(w) = \\sum_k \\left(${beta === 1 ? '' : tex(beta)}w_k^2 + |w_k|\\right)`;
}

/** The sum written out: "1² + 0² + … = 1" or "|1| + |0| + … = 1". */
export function worked(kind: Penalty, w: readonly number[], beta = 1): string {
	const sq = w.map((v) => `${par(v)}²`).join(' + ');
	const ab = w.map((v) => `|${num(v)}|`).join(' + ');
	const total = num(penalty(kind, w, beta));
	if (kind === 'L1') return `${ab} = ${total}`;
	if (kind === 'L2') return `${sq} = ${total}`;
	return `${beta === 1 ? '' : `${num(beta)}·`}(${sq}) + ${ab} = ${total}`;
}
