// A multilayer perceptron over a flat parameter vector (layout in ./spec), with a reusable
// workspace: after the first call for a batch size, loss, lossAndGradient and predict allocate
// nothing, which is what makes 64×64 landscape grids and training loops cheap.

import { activation, sigmoid, type ActivationRule } from '../tensor/activations';
import { linear, linearBackward } from '../tensor/linear';
import {
	bceWithLogits,
	l1Penalty,
	l2Penalty,
	meanSquaredError,
	softmaxCrossEntropy,
	softmaxRows
} from '../tensor/losses';
import {
	parameterCount,
	parameterLayout,
	validateSpec,
	type LayerLayout,
	type MlpSpec
} from './spec';

/** Per-layer W and b views into one flat vector, cached per buffer so steady state allocates nothing. */
interface Views {
	w: Float64Array[];
	b: Float64Array[];
}

export class Mlp {
	readonly spec: MlpSpec;
	readonly layers: readonly LayerLayout[];
	readonly parameterCount: number;
	private readonly act: ActivationRule;
	private readonly views = new WeakMap<Float64Array, Views>();
	private rows = 0;
	private z: Float64Array[] = []; // pre-activations per layer (rows × outF)
	private a: Float64Array[] = []; // hidden activations per hidden layer
	private dz = new Float64Array(0);
	private da = new Float64Array(0);

	/** `batchSize` preallocates the workspace; a larger batch later grows it once. */
	constructor(spec: MlpSpec, batchSize = 0) {
		validateSpec(spec);
		this.spec = spec;
		this.layers = parameterLayout(spec);
		this.parameterCount = parameterCount(spec);
		this.act = activation(spec.activation);
		this.reserve(batchSize);
	}

	/** Mean data loss plus penalties at `params` on inputs X (rows × inputs) and targets y. */
	loss(params: Float64Array, X: Float64Array, y: Float64Array): number {
		const rows = this.checkData(params, X, y);
		const p = this.viewsOf(params);
		this.forward(p, X, rows);
		return this.dataLoss(y, rows, false) + this.penalties(p, null);
	}

	/** As `loss`, and writes the full gradient (same layout as params) into `gradOut`. */
	lossAndGradient(
		params: Float64Array,
		X: Float64Array,
		y: Float64Array,
		gradOut: Float64Array
	): number {
		const rows = this.checkData(params, X, y);
		if (gradOut.length !== this.parameterCount) {
			throw new Error(
				`MLP: gradOut has ${gradOut.length} entries, expected ${this.parameterCount}`
			);
		}
		const p = this.viewsOf(params);
		const g = this.viewsOf(gradOut);
		this.forward(p, X, rows);
		const loss = this.dataLoss(y, rows, true);
		this.backward(p, g, X, rows);
		return loss + this.penalties(p, g);
	}

	/** Network outputs (rows × outputs): probabilities for sigmoid/softmax, raw values for linear. */
	predict(params: Float64Array, X: Float64Array, out?: Float64Array): Float64Array {
		const rows = this.checkData(params, X, null);
		this.forward(this.viewsOf(params), X, rows);
		const n = rows * this.spec.outputs;
		const result = out ?? new Float64Array(n);
		result.set(this.z[this.layers.length - 1].subarray(0, n));
		if (this.spec.output === 'sigmoid-bce')
			for (let i = 0; i < n; i++) result[i] = sigmoid(result[i]);
		if (this.spec.output === 'softmax-ce') softmaxRows(result, rows, this.spec.outputs);
		return result;
	}

	private reserve(rows: number): void {
		if (rows <= this.rows) return;
		this.rows = rows;
		this.z = this.layers.map((l) => new Float64Array(rows * l.outF));
		this.a = this.layers.slice(0, -1).map((l) => new Float64Array(rows * l.outF));
		const widest = Math.max(...this.layers.map((l) => Math.max(l.inF, l.outF)));
		this.dz = new Float64Array(rows * widest);
		this.da = new Float64Array(rows * widest);
	}

	private viewsOf(buffer: Float64Array): Views {
		let v = this.views.get(buffer);
		if (!v) {
			v = {
				w: this.layers.map((l) => buffer.subarray(l.wOffset, l.bOffset)),
				b: this.layers.map((l) => buffer.subarray(l.bOffset, l.bOffset + l.outF))
			};
			this.views.set(buffer, v);
		}
		return v;
	}

	private forward(p: Views, X: Float64Array, rows: number): void {
		let input = X;
		const last = this.layers.length - 1;
		for (let l = 0; l <= last; l++) {
			const { inF, outF } = this.layers[l];
			linear(this.z[l], input, p.w[l], p.b[l], rows, inF, outF);
			if (l < last) {
				this.act.forward(this.a[l], this.z[l], rows * outF);
				input = this.a[l];
			}
		}
	}

	/** Mean data loss from the output pre-activations; with `grad`, its gradient goes to this.dz. */
	private dataLoss(y: Float64Array, rows: number, grad: boolean): number {
		const z = this.z[this.layers.length - 1];
		const d = grad ? this.dz : null;
		const k = this.spec.outputs;
		if (this.spec.output === 'softmax-ce') return softmaxCrossEntropy(z, y, rows, k, d);
		if (this.spec.output === 'sigmoid-bce') return bceWithLogits(z, y, rows * k, d);
		return meanSquaredError(z, y, rows * k, d);
	}

	/** Backpropagates this.dz (gradient at the output pre-activations) into the gradient views g. */
	private backward(p: Views, g: Views, X: Float64Array, rows: number): void {
		for (let l = this.layers.length - 1; l >= 0; l--) {
			const { inF, outF } = this.layers[l];
			const input = l === 0 ? X : this.a[l - 1];
			linearBackward(
				l === 0 ? null : this.da,
				g.w[l],
				g.b[l],
				this.dz,
				input,
				p.w[l],
				rows,
				inF,
				outF
			);
			if (l > 0) this.act.backward(this.dz, this.da, this.z[l - 1], this.a[l - 1], rows * inF);
		}
	}

	/** L1/L2 penalties over the weights (biases are not penalised), adding into g if given. */
	private penalties(p: Views, g: Views | null): number {
		const { l1 = 0, l2 = 0 } = this.spec;
		let total = 0;
		for (let l = 0; l < this.layers.length && (l1 > 0 || l2 > 0); l++) {
			if (l2 > 0) total += l2Penalty(p.w[l], l2, g ? g.w[l] : null);
			if (l1 > 0) total += l1Penalty(p.w[l], l1, g ? g.w[l] : null);
		}
		return total;
	}

	/** Number of rows in X, after checking every length; grows the workspace if needed. */
	private checkData(params: Float64Array, X: Float64Array, y: Float64Array | null): number {
		const { inputs, outputs, output } = this.spec;
		if (params.length !== this.parameterCount) {
			throw new Error(`MLP: params has ${params.length} entries, expected ${this.parameterCount}`);
		}
		if (X.length % inputs !== 0) {
			throw new Error(`MLP: X has ${X.length} entries, not a multiple of inputs = ${inputs}`);
		}
		const rows = X.length / inputs;
		const want = output === 'softmax-ce' ? rows : rows * outputs;
		if (y && y.length !== want) {
			throw new Error(`MLP: y has ${y.length} entries, expected ${want} for ${rows} rows`);
		}
		this.reserve(rows);
		return rows;
	}
}
