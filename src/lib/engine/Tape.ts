// The compiled form of an expression: op codes and input indices in typed arrays, and values,
// adjoints and Hessian work buffers in Float64Arrays that are reused on every call. Forward,
// backward (reverse mode) and the exact Hessian (forward-over-reverse) are flat loops over the
// topologically ordered nodes, so there is no recursion and no allocation per node per call.
import { OP_LIST, derivativeRule, secondDerivativeRule, type LocalRule } from './ops';
import { CONST, VAR, type Program } from './program';

type Forward = (a: number, b: number) => number;

// Per-op-code rule arrays, built once; a missing rule fails here, by name, at load time.
const FORWARD: Forward[] = OP_LIST.map((op) => op.forward);
const ARITY = Int8Array.from(OP_LIST, (op) => op.arity);
const D0: LocalRule[] = OP_LIST.map((op) => derivativeRule(op, 0));
const D1: LocalRule[] = OP_LIST.map((op) => (op.arity === 2 ? derivativeRule(op, 1) : D0[0]));
const S = (i: number, j: number): LocalRule[] =>
	OP_LIST.map((op) => (op.arity > Math.max(i, j) ? secondDerivativeRule(op, i, j) : D0[0]));
const S00 = S(0, 0);
const S01 = S(0, 1);
const S11 = S(1, 1);

export class Tape {
	readonly size: number;
	readonly value: Float64Array;
	readonly adjoint: Float64Array;
	private readonly code: Int16Array;
	private readonly a: Int32Array;
	private readonly b: Int32Array;
	/** 1 where that input depends on a variable; constant inputs get no gradient (so no NaN from log of a negative base in x^2). */
	private readonly needA: Uint8Array;
	private readonly needB: Uint8Array;
	/** Local derivatives from the last backward pass, reused by the Hessian. */
	private readonly local0: Float64Array;
	private readonly local1: Float64Array;
	private hessianBuffers?: Float64Array[];

	constructor(private readonly program: Program) {
		const n = program.size;
		this.size = n;
		this.code = program.code;
		this.a = program.a;
		this.b = program.b;
		this.value = Float64Array.from(program.constant);
		this.adjoint = new Float64Array(n);
		this.local0 = new Float64Array(n);
		this.local1 = new Float64Array(n);
		[this.needA, this.needB] = dependence(program);
	}

	/** Sets the variables (in `program.variables` order) and returns the root's value. */
	forward(inputs: ArrayLike<number>): number {
		const { code, a, b, value, program } = this;
		for (let i = 0; i < inputs.length; i++) value[program.varNode[i]] = inputs[i];
		for (let k = 0; k < this.size; k++) {
			const c = code[k];
			if (c >= 0) value[k] = FORWARD[c](value[a[k]], value[b[k]]);
		}
		return value[this.size - 1];
	}

	/** Reverse sweep after `forward`; fills `out` with ∂root/∂variable in variables order. */
	backward(out: Float64Array): void {
		const { code, a, b, value, adjoint, needA, needB, local0, local1 } = this;
		adjoint.fill(0);
		adjoint[this.size - 1] = 1;
		for (let k = this.size - 1; k >= 0; k--) {
			const c = code[k];
			if (c < 0) continue;
			const g = adjoint[k];
			const x = value[a[k]];
			const y = value[b[k]];
			if (needA[k]) adjoint[a[k]] += g * (local0[k] = D0[c](x, y, value[k]));
			if (needB[k]) adjoint[b[k]] += g * (local1[k] = D1[c](x, y, value[k]));
		}
		for (let i = 0; i < out.length; i++) out[i] = adjoint[this.program.varNode[i]];
	}

	/** Exact Hessian after `forward` and `backward`: one tangent sweep per variable. */
	hessian(): number[][] {
		const vars = this.program.varNode;
		const [s00, s01, s11, tangent, adjTangent] = this.secondDerivatives();
		const H = vars.length;
		const rows = Array.from({ length: H }, () => new Array<number>(H).fill(0));
		for (let j = 0; j < H; j++) {
			this.tangentSweep(vars[j], tangent, adjTangent, s00, s01, s11);
			for (let i = 0; i < H; i++) rows[i][j] = adjTangent[vars[i]];
		}
		// Columns come from separate sweeps; averaging makes the result exactly symmetric.
		for (let i = 0; i < H; i++) {
			for (let j = 0; j < i; j++) rows[i][j] = rows[j][i] = (rows[i][j] + rows[j][i]) / 2;
		}
		return rows;
	}

	private secondDerivatives(): Float64Array[] {
		const n = this.size;
		this.hessianBuffers ??= Array.from({ length: 5 }, () => new Float64Array(n));
		const [s00, s01, s11] = this.hessianBuffers;
		const { code, a, b, value } = this;
		for (let k = 0; k < n; k++) {
			const c = code[k];
			if (c < 0) continue;
			const x = value[a[k]];
			const y = value[b[k]];
			s00[k] = this.needA[k] ? S00[c](x, y, value[k]) : 0;
			s01[k] = this.needA[k] && this.needB[k] ? S01[c](x, y, value[k]) : 0;
			s11[k] = this.needB[k] ? S11[c](x, y, value[k]) : 0;
		}
		return this.hessianBuffers;
	}

	/** Forward tangent seeded at one leaf, then the tangent of every adjoint (reverse). */
	private tangentSweep(
		seed: number,
		t: Float64Array,
		at: Float64Array,
		s00: Float64Array,
		s01: Float64Array,
		s11: Float64Array
	): void {
		const { code, a, b, needA, needB, local0, local1, adjoint } = this;
		t.fill(0);
		at.fill(0);
		t[seed] = 1;
		for (let k = 0; k < this.size; k++) {
			if (code[k] < 0) continue;
			t[k] = (needA[k] ? local0[k] * t[a[k]] : 0) + (needB[k] ? local1[k] * t[b[k]] : 0);
		}
		for (let k = this.size - 1; k >= 0; k--) {
			if (code[k] < 0) continue;
			const g = adjoint[k];
			const ta = t[a[k]];
			const tb = t[b[k]];
			if (needA[k]) at[a[k]] += at[k] * local0[k] + g * (s00[k] * ta + s01[k] * tb);
			if (needB[k]) at[b[k]] += at[k] * local1[k] + g * (s01[k] * ta + s11[k] * tb);
		}
	}
}

/** For each node, whether input a and input b depend on some variable. */
function dependence(p: Program): [Uint8Array, Uint8Array] {
	const depends = new Uint8Array(p.size);
	const needA = new Uint8Array(p.size);
	const needB = new Uint8Array(p.size);
	for (let k = 0; k < p.size; k++) {
		const c = p.code[k];
		if (c === VAR) depends[k] = 1;
		if (c === CONST || c === VAR) continue;
		needA[k] = depends[p.a[k]];
		needB[k] = ARITY[c] === 2 ? depends[p.b[k]] : 0;
		depends[k] = needA[k] | needB[k];
	}
	return [needA, needB];
}
