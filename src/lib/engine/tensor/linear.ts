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

/** y (batch×outF) = x (batch×inF) · wᵀ + b, with w (outF×inF) and b (outF): matmul and bias add fused. */
export function linear(
	y: Float64Array,
	x: Float64Array,
	w: Float64Array,
	b: Float64Array,
	batch: number,
	inF: number,
	outF: number
): void {
	for (let i = 0; i < batch; i++) {
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
	for (let i = 0; i < batch; i++) {
		const xi = i * inF;
		const yi = i * outF;
		for (let j = 0; j < outF; j++) {
			const g = dy[yi + j];
			if (g === 0) continue;
			const wj = j * inF;
			db[j] += g;
			// One pass over the row does both products: half the loop overhead of two passes.
			if (dx) {
				for (let p = 0; p < inF; p++) {
					dW[wj + p] += g * x[xi + p];
					dx[xi + p] += g * w[wj + p];
				}
			} else {
				for (let p = 0; p < inF; p++) dW[wj + p] += g * x[xi + p];
			}
		}
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
