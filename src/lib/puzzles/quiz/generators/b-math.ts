// Small numeric helpers of group B's generators: eigenvalues of a symmetric 2×2 matrix, what they
// say about a stationary point, and a 2×2 solve for Newton steps.
import type { Text } from '../../types';
import { t } from './b-kit';

/** Eigenvalues of [[p, q], [q, r]], larger first: the mean of the diagonal ± the radius. */
export function eig2(h: readonly (readonly number[])[]): [number, number] {
	const mean = (h[0][0] + h[1][1]) / 2;
	const radius = Math.hypot((h[0][0] - h[1][1]) / 2, h[0][1]);
	return [mean + radius, mean - radius];
}

export type PointKind = 'min' | 'max' | 'saddle' | 'flat';

/** The second-derivative test from the eigenvalues (within `tol` of zero counts as zero). */
export function pointKind(eigenvalues: readonly number[], tol = 1e-9): PointKind {
	if (eigenvalues.some((l) => Math.abs(l) <= tol)) return 'flat';
	if (eigenvalues.every((l) => l > 0)) return 'min';
	if (eigenvalues.every((l) => l < 0)) return 'max';
	return 'saddle';
}

export const KIND_NAME: Record<PointKind, Text> = {
	min: t('a minimum', '최솟값(극소점)'),
	max: t('a maximum', '최댓값(극대점)'),
	saddle: t('a saddle point', '안장점'),
	flat: t('cannot tell: an eigenvalue is zero', '판정할 수 없음: 고윳값 하나가 0')
};

export const KIND_WHY: Record<PointKind, Text> = {
	min: t(
		'Every eigenvalue is positive, so the surface curves upward in every direction: a minimum.',
		'고윳값이 모두 양수이므로 곡면이 모든 방향으로 위로 휘어 있습니다. 최솟값(극소점)입니다.'
	),
	max: t(
		'Every eigenvalue is negative, so the surface curves downward in every direction: a maximum.',
		'고윳값이 모두 음수이므로 곡면이 모든 방향으로 아래로 휘어 있습니다. 최댓값(극대점)입니다.'
	),
	saddle: t(
		'The eigenvalues have both signs: the surface curves up along one direction and down along another, so the point is a saddle point.',
		'고윳값의 부호가 섞여 있습니다. 한 방향으로는 위로, 다른 방향으로는 아래로 휘므로 안장점입니다.'
	),
	flat: t(
		'An eigenvalue is zero, so the second-derivative test says nothing; higher derivatives decide.',
		'고윳값 하나가 0이라 2계 도함수 판정법으로는 알 수 없습니다. 더 높은 차수의 도함수를 봐야 합니다.'
	)
};

/** Solves [[a, b], [c, d]]·s = v by Cramer's rule; undefined when the matrix is singular. */
export function solve2(m: readonly (readonly number[])[], v: readonly number[]) {
	const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
	if (Math.abs(det) < 1e-12) return undefined;
	return [(v[0] * m[1][1] - m[0][1] * v[1]) / det, (m[0][0] * v[1] - v[0] * m[1][0]) / det];
}

/** The terms max(0, s_j − s_y + Δ), with 0 at j = y. */
export const hingeTerms = (s: readonly number[], y: number, delta: number) =>
	s.map((v, j) => (j === y ? 0 : Math.max(0, v - s[y] + delta)));
export const hingeLoss = (s: readonly number[], y: number, delta: number) =>
	hingeTerms(s, y, delta).reduce((a, b) => a + b, 0);
