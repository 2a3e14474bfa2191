// A parsed expression as a flat node list in topological order (every input before its
// consumer, the root last). Each variable has exactly one leaf, shared by all its uses, so a
// variable used twice accumulates gradient like any other shared node.
import { OP_LIST, type OpRule } from './ops';

/** Leaf codes; an op node's code is its index in OP_LIST (≥ 0). */
export const CONST = -1;
export const VAR = -2;

export interface Program {
	readonly size: number;
	readonly code: Int16Array;
	/** Input indices; a unary op repeats its input in `b`, a leaf points at itself. */
	readonly a: Int32Array;
	readonly b: Int32Array;
	/** Values of constant leaves (0 elsewhere). */
	readonly constant: Float64Array;
	/** Leaf names: the variable, `pi`/`e`, or a number's source text; '' for op nodes. */
	readonly text: readonly string[];
	/** Variable names sorted by code point, and the leaf of each. */
	readonly variables: readonly string[];
	readonly varNode: Int32Array;
}

const OP_CODE = new Map<OpRule, number>(OP_LIST.map((op, i) => [op, i]));

export class ProgramBuilder {
	private code: number[] = [];
	private a: number[] = [];
	private b: number[] = [];
	private constant: number[] = [];
	private text: string[] = [];
	private vars = new Map<string, number>();

	private push(code: number, a: number, b: number, value: number, text: string): number {
		const k = this.code.length;
		this.code.push(code);
		this.a.push(a < 0 ? k : a);
		this.b.push(b < 0 ? k : b);
		this.constant.push(value);
		this.text.push(text);
		return k;
	}

	literal(value: number, text: string): number {
		return this.push(CONST, -1, -1, value, text);
	}

	variable(name: string): number {
		const known = this.vars.get(name);
		if (known !== undefined) return known;
		const k = this.push(VAR, -1, -1, 0, name);
		this.vars.set(name, k);
		return k;
	}

	apply(op: OpRule, a: number, b = a): number {
		const code = OP_CODE.get(op);
		if (code === undefined) throw new Error(`Op "${op.name}" is not in the op table`);
		return this.push(code, a, b, 0, '');
	}

	finish(): Program {
		const variables = [...this.vars.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
		return {
			size: this.code.length,
			code: Int16Array.from(this.code),
			a: Int32Array.from(this.a),
			b: Int32Array.from(this.b),
			constant: Float64Array.from(this.constant),
			text: this.text,
			variables,
			varNode: Int32Array.from(variables, (name) => this.vars.get(name)!)
		};
	}
}
