// Newton's step: solve H·d = g by Gaussian elimination with partial pivoting.
// "Cannot invert" is decided by a relative pivot tolerance: after pivoting, a pivot smaller than
// PIVOT_TOLERANCE × (largest |entry| of H) means H is singular to working precision (the
// elimination would divide by rounding noise and send the walker to a meaningless far point).
// A Hessian with a non-finite entry, or all zeros, is singular too.

export const PIVOT_TOLERANCE = 1e-12;

/** d with H·d = g, or null when H cannot be inverted. H and g are left unchanged. */
export function solveNewton(
	h: readonly (readonly number[])[],
	g: ArrayLike<number>
): Float64Array | null {
	const n = g.length;
	const a = h.map((row) => Float64Array.from(row));
	const d = Float64Array.from(g);
	let scale = 0;
	for (const row of a) for (const x of row) scale = Math.max(scale, Math.abs(x)); // NaN-safe below
	if (
		!(scale > 0 && Number.isFinite(scale)) ||
		a.some((row) => row.some((x) => !Number.isFinite(x)))
	) {
		return null;
	}
	for (let k = 0; k < n; k++) {
		let p = k;
		for (let i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
		if (!(Math.abs(a[p][k]) > PIVOT_TOLERANCE * scale)) return null;
		[a[k], a[p]] = [a[p], a[k]];
		[d[k], d[p]] = [d[p], d[k]];
		for (let i = k + 1; i < n; i++) {
			const f = a[i][k] / a[k][k];
			for (let j = k; j < n; j++) a[i][j] -= f * a[k][j];
			d[i] -= f * d[k];
		}
	}
	for (let k = n - 1; k >= 0; k--) {
		let sum = d[k];
		for (let j = k + 1; j < n; j++) sum -= a[k][j] * d[j];
		d[k] = sum / a[k][k];
	}
	return d;
}
