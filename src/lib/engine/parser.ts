// Recursive-descent parser for the expression syntax (CONTRACT.md), emitting nodes straight into
// a flat Program. Sums and products are parsed with loops, so a 5,000-term loss is no deeper than
// one term; only parentheses, function calls and `^` recurse, and they are capped at MAX_DEPTH so
// that deep nesting is refused with an ExpressionError instead of overflowing the stack.
import { ExpressionError } from './ExpressionError';
import { Lexer, type Token } from './lexer';
import { OPS, OP_LIST, type OpRule } from './ops';
import { ProgramBuilder, type Program } from './program';

export const MAX_SOURCE_LENGTH = 10_000;
export const MAX_DEPTH = 250;

const FUNCTIONS = new Map<string, OpRule>(
	OP_LIST.filter((op) => op.syntax === 'call').map((op) => [op.name, op])
);
const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };
const INFIX: Readonly<Record<string, OpRule>> = {
	'+': OPS.add,
	'-': OPS.sub,
	'*': OPS.mul,
	'/': OPS.div
};

export function parseProgram(source: string): Program {
	if (source.length > MAX_SOURCE_LENGTH) {
		throw new ExpressionError(
			`Expression too long: at most ${MAX_SOURCE_LENGTH.toLocaleString('en')} characters`,
			MAX_SOURCE_LENGTH
		);
	}
	const parser = new Parser(source);
	return parser.parse();
}

class Parser {
	private readonly lexer: Lexer;
	private readonly out = new ProgramBuilder();
	private depth = 0;

	constructor(source: string) {
		this.lexer = new Lexer(source);
	}

	parse(): Program {
		if (this.lexer.peek().kind === 'end') {
			throw new ExpressionError('Expected an expression but the input is empty', 0);
		}
		this.sum();
		const t = this.lexer.peek();
		if (t.kind === ')') throw new ExpressionError(`Unmatched ')': no '(' to close`, t.position);
		if (t.kind !== 'end') {
			throw new ExpressionError(`Expected an operator or the end but found ${show(t)}`, t.position);
		}
		return this.out.finish();
	}

	private sum(): number {
		let left = this.product();
		for (let t = this.lexer.peek(); t.text === '+' || t.text === '-'; t = this.lexer.peek()) {
			this.lexer.next();
			left = this.out.apply(INFIX[t.text], left, this.product());
		}
		return left;
	}

	private product(): number {
		let left = this.unary();
		for (let t = this.lexer.peek(); t.text === '*' || t.text === '/'; t = this.lexer.peek()) {
			this.lexer.next();
			left = this.out.apply(INFIX[t.text], left, this.unary());
		}
		return left;
	}

	/** Any run of signs, then a power: `-x^2` is -(x^2). Unary plus is accepted and dropped. */
	private unary(): number {
		let negations = 0;
		for (let t = this.lexer.peek(); t.text === '-' || t.text === '+'; t = this.lexer.peek()) {
			if (this.lexer.next().text === '-') negations++;
		}
		let node = this.power();
		for (let i = 0; i < negations; i++) node = this.out.apply(OPS.neg, node);
		return node;
	}

	/** primary [^ unary]: right-associative, and the exponent may carry a sign (2^-1). */
	private power(): number {
		const base = this.primary();
		const t = this.lexer.peek();
		if (t.text !== '^') return base;
		this.lexer.next();
		this.enter(t);
		const exponent = this.unary();
		this.depth--;
		return this.out.apply(OPS.pow, base, exponent);
	}

	private primary(): number {
		const t = this.lexer.next();
		let node: number;
		if (t.kind === 'number') node = this.out.literal(Number(t.text), t.text);
		else if (t.kind === 'name') node = this.name(t);
		else if (t.kind === '(') {
			this.enter(t);
			node = this.sum();
			this.expectClose(t);
			this.depth--;
		} else {
			const found = t.kind === 'end' ? 'the input ended' : `found ${show(t)}`;
			throw new ExpressionError(
				`Expected a number, a variable, a function or '(' but ${found}`,
				t.position
			);
		}
		this.refuseImplicitProduct();
		return node;
	}

	private name(t: Token): number {
		const fn = FUNCTIONS.get(t.text);
		if (fn) return this.call(t, fn);
		const next = this.lexer.peek();
		if (next.kind === '(') throw notAFunction(t, next);
		return Object.hasOwn(CONSTANTS, t.text)
			? this.out.literal(CONSTANTS[t.text], t.text)
			: this.out.variable(t.text);
	}

	private call(name: Token, fn: OpRule): number {
		const open = this.lexer.next();
		if (open.kind !== '(') {
			throw new ExpressionError(`Expected '(' after the function '${name.text}'`, open.position);
		}
		this.enter(open);
		const args = [this.sum()];
		while (this.lexer.peek().kind === ',') {
			const comma = this.lexer.next();
			if (args.length === fn.arity) throw arityError(fn, 'a comma', comma.position);
			args.push(this.sum());
		}
		const close = this.lexer.peek();
		if (close.kind === ')' && args.length < fn.arity) {
			throw arityError(fn, `')'`, close.position);
		}
		this.expectClose(open);
		this.depth--;
		return this.out.apply(fn, args[0], args[1]);
	}

	private expectClose(open: Token): void {
		const t = this.lexer.next();
		if (t.kind === ')') return;
		const found = t.kind === 'end' ? 'the input ended' : `found ${show(t)}`;
		throw new ExpressionError(
			`Expected ')' to close the '(' at position ${open.position} but ${found}`,
			t.position
		);
	}

	/** A number, name or '(' right after an operand is implicit multiplication: refuse it. */
	private refuseImplicitProduct(): void {
		const t = this.lexer.peek();
		if (t.kind !== 'number' && t.kind !== 'name' && t.kind !== '(') return;
		throw new ExpressionError(
			`Expected an operator before ${show(t)}: implicit multiplication is not supported, write '*'`,
			t.position
		);
	}

	private enter(t: Token): void {
		if (++this.depth > MAX_DEPTH) {
			throw new ExpressionError(`Expression nested deeper than ${MAX_DEPTH} levels`, t.position);
		}
	}
}

function show(t: Token): string {
	return t.kind === 'number' ? `the number ${t.text}` : `'${t.text}'`;
}

function arityError(fn: OpRule, found: string, position: number): ExpressionError {
	const n = fn.arity === 1 ? 'one argument' : 'two arguments';
	const usage = fn.arity === 1 ? `${fn.name}(x)` : `${fn.name}(a, b)`;
	return new ExpressionError(
		`The function '${fn.name}' takes ${n}, as in ${usage}; found ${found} here`,
		position
	);
}

/** `x(y)` is implicit multiplication; `foo(x)` an unknown function, with the nearest known name. */
function notAFunction(name: Token, open: Token): ExpressionError {
	const fix = `write ${name.text}*(…) to multiply`;
	if (name.text.length === 1 || Object.hasOwn(CONSTANTS, name.text)) {
		return new ExpressionError(`'${name.text}' is not a function: ${fix}`, open.position);
	}
	const near = nearestFunction(name.text);
	const hint = near
		? `did you mean '${near}'?`
		: `known functions: ${[...FUNCTIONS.keys()].join(', ')}`;
	return new ExpressionError(`Unknown function '${name.text}' (${hint}); or ${fix}`, name.position);
}

export function nearestFunction(name: string): string | undefined {
	let best: string | undefined;
	// One edit for short names, two for longer ones: `foo` should not suggest `log`.
	let bestDistance = name.length <= 4 ? 2 : 3;
	for (const known of FUNCTIONS.keys()) {
		const d = editDistance(name.toLowerCase(), known);
		if (d < bestDistance) [best, bestDistance] = [known, d];
	}
	return best;
}

/** Optimal-string-alignment distance: edits plus adjacent swaps (`tahn` is one from `tanh`). */
function editDistance(s: string, t: string): number {
	const d = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
	for (let j = 1; j <= t.length; j++) d[0][j] = j;
	for (let i = 1; i <= s.length; i++) {
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			}
		}
	}
	return d[s.length][t.length];
}
