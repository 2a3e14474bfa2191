// Dense solve for the tiny systems model landscapes meet (normal equations, Newton steps).

/** x with A x = b, by Gaussian elimination with partial pivoting; throws if A is singular. */
export function solve(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
	const n = rhs.length;
	const a = matrix.map((row, i) => [...row, rhs[i]]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
		if (Math.abs(a[pivot][col]) < 1e-300) throw new Error('solve: the matrix is singular');
		[a[col], a[pivot]] = [a[pivot], a[col]];
		for (let r = col + 1; r < n; r++) {
			const f = a[r][col] / a[col][col];
			for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = a[r][n];
		for (let c = r + 1; c < n; c++) s -= a[r][c] * x[c];
		x[r] = s / a[r][r];
	}
	return x;
}
