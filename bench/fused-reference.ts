// Hand-fused float64 reference loops for the 2-H-H-1 tanh / sigmoid-BCE network of W1 and W2:
// everything inlined, no abstraction. They set the bar for the engine (`engine_vs_fused`) and
// cross-check its numbers. Parameter layout as the engine's: W1 (H×2), b1, W2 (H×H), b2, W3 (1×H), b3.

/** Mean BCE-from-logits of the network with parameters p on X (n×2), y. */
function fusedLoss(
	p: Float64Array,
	X: Float64Array,
	y: Float64Array,
	n: number,
	H: number,
	h1: Float64Array
): number {
	const oB1 = 2 * H;
	const oW2 = oB1 + H;
	const oB2 = oW2 + H * H;
	const oW3 = oB2 + H;
	const oB3 = oW3 + H;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const x0 = X[2 * i];
		const x1 = X[2 * i + 1];
		for (let j = 0; j < H; j++) h1[j] = Math.tanh(p[oB1 + j] + p[2 * j] * x0 + p[2 * j + 1] * x1);
		let z = p[oB3];
		for (let k = 0; k < H; k++) {
			let s = p[oB2 + k];
			const row = oW2 + k * H;
			for (let j = 0; j < H; j++) s += p[row + j] * h1[j];
			z += p[oW3 + k] * Math.tanh(s);
		}
		total += (z > 0 ? z : 0) - z * y[i] + Math.log1p(Math.exp(-Math.abs(z)));
	}
	return total / n;
}

/** Loss over the N×N grid θ + a·d1 + b·d2 (rows along b), written into out. */
export function fusedLandscape(
	X: Float64Array,
	y: Float64Array,
	H: number,
	theta: Float64Array,
	d1: Float64Array,
	d2: Float64Array,
	aRange: readonly [number, number],
	bRange: readonly [number, number],
	N: number,
	out: Float64Array
): void {
	const n = y.length;
	const p = new Float64Array(theta.length);
	const h1 = new Float64Array(H);
	for (let row = 0; row < N; row++) {
		const b = bRange[0] + ((bRange[1] - bRange[0]) * row) / (N - 1);
		for (let col = 0; col < N; col++) {
			const a = aRange[0] + ((aRange[1] - aRange[0]) * col) / (N - 1);
			for (let i = 0; i < p.length; i++) p[i] = theta[i] + a * d1[i] + b * d2[i];
			out[row * N + col] = fusedLoss(p, X, y, n, H, h1);
		}
	}
}

/** Full-batch Adam (PyTorch's rule) from theta0; returns the loss at the last step taken (before its update). */
export function fusedTrain(
	X: Float64Array,
	y: Float64Array,
	H: number,
	theta0: Float64Array,
	steps: number,
	lr: number,
	beta1: number,
	beta2: number,
	eps: number
): { loss: number; params: Float64Array } {
	const n = y.length;
	const P = theta0.length;
	const p = Float64Array.from(theta0);
	const g = new Float64Array(P);
	const m = new Float64Array(P);
	const v = new Float64Array(P);
	const h1 = new Float64Array(H);
	const h2 = new Float64Array(H);
	const dh2 = new Float64Array(H);
	const oB1 = 2 * H;
	const oW2 = oB1 + H;
	const oB2 = oW2 + H * H;
	const oW3 = oB2 + H;
	const oB3 = oW3 + H;
	let loss = 0;
	for (let t = 1; t <= steps; t++) {
		g.fill(0);
		loss = 0;
		for (let i = 0; i < n; i++) {
			const x0 = X[2 * i];
			const x1 = X[2 * i + 1];
			for (let j = 0; j < H; j++) h1[j] = Math.tanh(p[oB1 + j] + p[2 * j] * x0 + p[2 * j + 1] * x1);
			let z = p[oB3];
			for (let k = 0; k < H; k++) {
				let s = p[oB2 + k];
				const row = oW2 + k * H;
				for (let j = 0; j < H; j++) s += p[row + j] * h1[j];
				h2[k] = Math.tanh(s);
				z += p[oW3 + k] * h2[k];
			}
			loss += (z > 0 ? z : 0) - z * y[i] + Math.log1p(Math.exp(-Math.abs(z)));
			const sig = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
			const dz = (sig - y[i]) / n;
			g[oB3] += dz;
			for (let k = 0; k < H; k++) {
				g[oW3 + k] += dz * h2[k];
				const d = dz * p[oW3 + k] * (1 - h2[k] * h2[k]);
				dh2[k] = d;
				g[oB2 + k] += d;
				const row = oW2 + k * H;
				for (let j = 0; j < H; j++) g[row + j] += d * h1[j];
			}
			for (let j = 0; j < H; j++) {
				let s = 0;
				for (let k = 0; k < H; k++) s += dh2[k] * p[oW2 + k * H + j];
				const d = s * (1 - h1[j] * h1[j]);
				g[oB1 + j] += d;
				g[2 * j] += d * x0;
				g[2 * j + 1] += d * x1;
			}
		}
		loss /= n;
		const c1 = 1 - Math.pow(beta1, t);
		const c2 = 1 - Math.pow(beta2, t);
		for (let i = 0; i < P; i++) {
			m[i] = beta1 * m[i] + (1 - beta1) * g[i];
			v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
			p[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
		}
	}
	return { loss, params: p };
}
