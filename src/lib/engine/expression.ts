// The public Expression (CONTRACT.md): parse once into a flat tape, then evaluate, differentiate
// and take exact Hessians as often as the optimizers like, without re-parsing or allocating per node.
import { programToLatex } from './latex';
import { parseProgram } from './parser';
import type { Program } from './program';
import { Tape } from './Tape';

export interface Expression {
	readonly source: string;
	/** Sorted by code point; the constants `pi` and `e` are not variables. */
	readonly variables: readonly string[];
	value(at: Readonly<Record<string, number>>): number;
	/** Exact, by reverse mode. */
	gradient(at: Readonly<Record<string, number>>): Record<string, number>;
	/** Exact (forward-over-reverse, no finite differences); rows and columns in `variables` order. */
	hessian(at: Readonly<Record<string, number>>): number[][];
	toLatex(): string;
}

/** Parses expression source; throws ExpressionError (with `position`) on bad input. */
export function parse(source: string): Expression {
	return new CompiledExpression(source, parseProgram(source));
}

/** An Expression together with its node list, for graph building. */
export class CompiledExpression implements Expression {
	readonly variables: readonly string[];
	private readonly tape: Tape;
	private readonly inputs: Float64Array;
	private readonly grad: Float64Array;
	private latex?: string;

	constructor(
		readonly source: string,
		readonly program: Program
	) {
		this.variables = Object.freeze([...program.variables]);
		this.tape = new Tape(program);
		this.inputs = new Float64Array(this.variables.length);
		this.grad = new Float64Array(this.variables.length);
	}

	value(at: Readonly<Record<string, number>>): number {
		return this.tape.forward(this.load(at));
	}

	gradient(at: Readonly<Record<string, number>>): Record<string, number> {
		this.tape.forward(this.load(at));
		this.tape.backward(this.grad);
		return Object.fromEntries(this.variables.map((name, i) => [name, this.grad[i]]));
	}

	hessian(at: Readonly<Record<string, number>>): number[][] {
		this.tape.forward(this.load(at));
		this.tape.backward(this.grad);
		return this.tape.hessian();
	}

	toLatex(): string {
		return (this.latex ??= programToLatex(this.program));
	}

	private load(at: Readonly<Record<string, number>>): Float64Array {
		for (let i = 0; i < this.variables.length; i++) {
			const v = at[this.variables[i]];
			if (typeof v !== 'number') {
				throw new Error(`Missing value for variable "${this.variables[i]}"`);
			}
			this.inputs[i] = v;
		}
		return this.inputs;
	}
}
