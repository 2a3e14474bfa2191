// Dense layers and matrix products on row-major Float64Arrays, forward and backward side by side.
// Weights use PyTorch's nn.Linear layout (W is out × in, so one row is one neuron's fan-in):
// that is what filter-wise normalisation of loss-landscape directions needs.

/** out (m×n) = a (m×k) · b (k×n). */
export function matmul(
	out: Float64Array,
	a: Float64Array,
	b: Float64Array,
	m: number,
	k: number,
	n: number
): void {
	out.fill(0, 0, m * n);
	for (let i = 0; i < m; i++) {
		const ai = i * k;
		const oi = i * n;
		for (let p = 0; p < k; p++) {
			const aip = a[ai + p];
			const bp = p * n;
			for (let j = 0; j < n; j++) out[oi + j] += aip * b[bp + j];
		}
	}
}

/** Vector-Jacobian product of `matmul`: dA = dOut·bᵀ, dB = aᵀ·dOut (overwritten; pass null to skip). */
export function matmulBackward(
	dA: Float64Array | null,
	dB: Float64Array | null,
	dOut: Float64Array,
	a: Float64Array,
	b: Float64Array,
	m: number,
	k: number,
	n: number
): void {
	if (dA) {
		for (let i = 0; i < m; i++) {
			for (let p = 0; p < k; p++) {
				let s = 0;
				for (let j = 0; j < n; j++) s += dOut[i * n + j] * b[p * n + j];
				dA[i * k + p] = s;
			}
		}
	}
	if (dB) {
		dB.fill(0, 0, k * n);
		for (let i = 0; i < m; i++) {
			for (let p = 0; p < k; p++) {
				const aip = a[i * k + p];
				for (let j = 0; j < n; j++) dB[p * n + j] += aip * dOut[i * n + j];
			}
		}
	}
}

/**
 * y (batch×outF) = x (batch×inF) · wᵀ + b, with w (outF×inF) and b (outF): matmul and bias add fused.
 * Rows go four at a time so each weight is loaded once per four rows (register blocking); each
 * output still sums its terms in the same order, so results equal the one-row loop bit for bit.
 */
export function linear(
	y: Float64Array,
	x: Float64Array,
	w: Float64Array,
	b: Float64Array,
	batch: number,
	inF: number,
	outF: number
): void {
	let i = 0;
	for (; i + 4 <= batch; i += 4) {
		const x0 = i * inF;
		const x1 = x0 + inF;
		const x2 = x1 + inF;
		const x3 = x2 + inF;
		const y0 = i * outF;
		for (let j = 0; j < outF; j++) {
			const wj = j * inF;
			const bj = b[j];
			let s0 = bj;
			let s1 = bj;
			let s2 = bj;
			let s3 = bj;
			for (let p = 0; p < inF; p++) {
				const wp = w[wj + p];
				s0 += x[x0 + p] * wp;
				s1 += x[x1 + p] * wp;
				s2 += x[x2 + p] * wp;
				s3 += x[x3 + p] * wp;
			}
			y[y0 + j] = s0;
			y[y0 + outF + j] = s1;
			y[y0 + 2 * outF + j] = s2;
			y[y0 + 3 * outF + j] = s3;
		}
	}
	for (; i < batch; i++) {
		const xi = i * inF;
		const yi = i * outF;
		for (let j = 0; j < outF; j++) {
			const wj = j * inF;
			let s = b[j];
			for (let p = 0; p < inF; p++) s += x[xi + p] * w[wj + p];
			y[yi + j] = s;
		}
	}
}

/**
 * Vector-Jacobian product of `linear`: dW = dyᵀ·x, db = Σ_rows dy, dx = dy·w.
 * dW and db are overwritten; dx is overwritten unless null (the first layer needs no input gradient).
 * Four rows at a time, like `linear`: each dW entry is read and written once per four rows.
 */
export function linearBackward(
	dx: Float64Array | null,
	dW: Float64Array,
	db: Float64Array,
	dy: Float64Array,
	x: Float64Array,
	w: Float64Array,
	batch: number,
	inF: number,
	outF: number
): void {
	dW.fill(0, 0, outF * inF);
	db.fill(0, 0, outF);
	if (dx) dx.fill(0, 0, batch * inF);
	let i = 0;
	for (; i + 4 <= batch; i += 4) backwardFourRows(dx, dW, db, dy, x, w, i, inF, outF);
	for (; i < batch; i++) {
		const xi = i * inF;
		const yi = i * outF;
		for (let j = 0; j < outF; j++) {
			const g = dy[yi + j];
			const wj = j * inF;
			db[j] += g;
			for (let p = 0; p < inF; p++) dW[wj + p] += g * x[xi + p];
			if (dx) for (let p = 0; p < inF; p++) dx[xi + p] += g * w[wj + p];
		}
	}
}

/** Rows i … i+3 of linearBackward. */
function backwardFourRows(
	dx: Float64Array | null,
	dW: Float64Array,
	db: Float64Array,
	dy: Float64Array,
	x: Float64Array,
	w: Float64Array,
	i: number,
	inF: number,
	outF: number
): void {
	const x0 = i * inF;
	const x1 = x0 + inF;
	const x2 = x1 + inF;
	const x3 = x2 + inF;
	const y0 = i * outF;
	for (let j = 0; j < outF; j++) {
		const g0 = dy[y0 + j];
		const g1 = dy[y0 + outF + j];
		const g2 = dy[y0 + 2 * outF + j];
		const g3 = dy[y0 + 3 * outF + j];
		const wj = j * inF;
		db[j] += g0 + g1 + g2 + g3;
		for (let p = 0; p < inF; p++) {
			dW[wj + p] += g0 * x[x0 + p] + g1 * x[x1 + p] + g2 * x[x2 + p] + g3 * x[x3 + p];
		}
	}
	if (!dx) return;
	// dx[r, p] = Σ_j dy[r, j]·w[j, p]: accumulated in registers, four rows per pass over w.
	for (let p = 0; p < inF; p++) {
		let s0 = 0;
		let s1 = 0;
		let s2 = 0;
		let s3 = 0;
		for (let j = 0; j < outF; j++) {
			const wp = w[j * inF + p];
			s0 += dy[y0 + j] * wp;
			s1 += dy[y0 + outF + j] * wp;
			s2 += dy[y0 + 2 * outF + j] * wp;
			s3 += dy[y0 + 3 * outF + j] * wp;
		}
		dx[x0 + p] = s0;
		dx[x1 + p] = s1;
		dx[x2 + p] = s2;
		dx[x3 + p] = s3;
	}
}

/** out (m×n) = a (m×n) + b broadcast over rows (b has n entries). */
export function addBias(
	out: Float64Array,
	a: Float64Array,
	b: Float64Array,
	m: number,
	n: number
): void {
	for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = a[i * n + j] + b[j];
}

/** Vector-Jacobian product of `addBias` for b: db = Σ_rows dOut (overwritten). dA is dOut itself. */
export function addBiasBackward(db: Float64Array, dOut: Float64Array, m: number, n: number): void {
	db.fill(0, 0, n);
	for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) db[j] += dOut[i * n + j];
}
