// Elementwise activations: one table, each rule with its forward map, its local derivative and its
// LaTeX, so the engine, the puzzles and the formula view read the same definitions.
// Derivatives are written in terms of the input z and the output a, whichever is cheaper.
// The constants and the overflow-free σ are the op table's, so scalar graphs and tensors agree.
import { ELU_ALPHA, LEAKY_SLOPE, sigmoid } from '../ops';

export { ELU_ALPHA, LEAKY_SLOPE, sigmoid };

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'elu';

export interface ActivationRule {
	readonly latex: string;
	readonly derivativeLatex: string;
	/** out[i] = f(z[i]) for i < n (out may be z). */
	forward(out: Float64Array, z: Float64Array, n: number): void;
	/** dz[i] = dOut[i] · f'(z[i]), given the forward output a (dz may alias dOut). */
	backward(dz: Float64Array, dOut: Float64Array, z: Float64Array, a: Float64Array, n: number): void;
}

export const activations: Readonly<Record<ActivationName, ActivationRule>> = {
	sigmoid: {
		latex: '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
		derivativeLatex: '\\sigma(z)\\,(1 - \\sigma(z))',
		forward(out, z, n) {
			for (let i = 0; i < n; i++) out[i] = sigmoid(z[i]);
		},
		backward(dz, dOut, _z, a, n) {
			for (let i = 0; i < n; i++) dz[i] = dOut[i] * a[i] * (1 - a[i]);
		}
	},
	tanh: {
		latex: '\\tanh(z)',
		derivativeLatex: '1 - \\tanh^2(z)',
		forward(out, z, n) {
			for (let i = 0; i < n; i++) out[i] = Math.tanh(z[i]);
		},
		backward(dz, dOut, _z, a, n) {
			for (let i = 0; i < n; i++) dz[i] = dOut[i] * (1 - a[i] * a[i]);
		}
	},
	relu: {
		latex: '\\max(0, z)',
		derivativeLatex: '[z > 0]',
		forward(out, z, n) {
			for (let i = 0; i < n; i++) out[i] = z[i] > 0 ? z[i] : 0;
		},
		// At z = 0 the derivative is 0, as in PyTorch.
		backward(dz, dOut, z, _a, n) {
			for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dOut[i] : 0;
		}
	},
	leakyRelu: {
		latex: `\\max(${LEAKY_SLOPE} z, z)`,
		derivativeLatex: `[z > 0] + ${LEAKY_SLOPE}\\,[z \\le 0]`,
		forward(out, z, n) {
			for (let i = 0; i < n; i++) out[i] = z[i] > 0 ? z[i] : LEAKY_SLOPE * z[i];
		},
		backward(dz, dOut, z, _a, n) {
			for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dOut[i] : LEAKY_SLOPE * dOut[i];
		}
	},
	elu: {
		latex: `z \\text{ if } z > 0 \\text{ else } ${ELU_ALPHA}(e^{z} - 1)`,
		derivativeLatex: `1 \\text{ if } z > 0 \\text{ else } ${ELU_ALPHA} e^{z}`,
		forward(out, z, n) {
			for (let i = 0; i < n; i++) out[i] = z[i] > 0 ? z[i] : ELU_ALPHA * Math.expm1(z[i]);
		},
		// For z ≤ 0, α·e^z = a + α, which reuses the forward output.
		backward(dz, dOut, z, a, n) {
			for (let i = 0; i < n; i++) dz[i] = z[i] > 0 ? dOut[i] : dOut[i] * (a[i] + ELU_ALPHA);
		}
	}
};

/** The rule for `name`, or a clear error naming the unknown activation. */
export function activation(name: string): ActivationRule {
	if (!Object.hasOwn(activations, name)) {
		throw new Error(
			`Unknown activation "${name}"; expected one of ${Object.keys(activations).join(', ')}`
		);
	}
	return activations[name as ActivationName];
}
