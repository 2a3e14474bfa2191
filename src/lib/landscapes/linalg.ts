// Small dense linear algebra for classifying critical points: eigenvalues of a symmetric matrix.

/**
 * Eigenvalues of a symmetric matrix, ascending, by the cyclic Jacobi method (exact for 1×1 and
 * 2×2 up to rounding; converges quadratically for the small Hessians landscapes have).
 */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
	const n = matrix.length;
	const a = matrix.map((row) => [...row]);
	for (let sweep = 0; sweep < 100; sweep++) {
		let off = 0;
		for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
		if (off < 1e-30) break;
		for (let p = 0; p < n; p++) {
			for (let q = p + 1; q < n; q++) {
				if (a[p][q] === 0) continue;
				rotate(a, p, q);
			}
		}
	}
	return a.map((row, i) => row[i]).sort((x, y) => x - y);
}

/** One Jacobi rotation that zeroes a[p][q]. */
function rotate(a: number[][], p: number, q: number): void {
	const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
	const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
	const c = 1 / Math.sqrt(t * t + 1);
	const s = t * c;
	for (let k = 0; k < a.length; k++) {
		const akp = a[k][p];
		const akq = a[k][q];
		a[k][p] = c * akp - s * akq;
		a[k][q] = s * akp + c * akq;
	}
	for (let k = 0; k < a.length; k++) {
		const apk = a[p][k];
		const aqk = a[q][k];
		a[p][k] = c * apk - s * aqk;
		a[q][k] = s * apk + c * aqk;
	}
}

export type Signature = 'minimum' | 'maximum' | 'saddle' | 'degenerate';

/** What the Hessian's eigenvalues say about a stationary point (tolerance relative to their size). */
export function classify(eigenvalues: readonly number[], relativeTolerance = 1e-9): Signature {
	const scale = Math.max(...eigenvalues.map(Math.abs), 1e-300);
	const zero = scale * relativeTolerance;
	const positive = eigenvalues.filter((l) => l > zero).length;
	const negative = eigenvalues.filter((l) => l < -zero).length;
	if (positive === eigenvalues.length) return 'minimum';
	if (negative === eigenvalues.length) return 'maximum';
	if (positive > 0 && negative > 0) return 'saddle';
	return 'degenerate';
}
