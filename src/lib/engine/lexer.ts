// Tokens of the expression syntax, read one at a time so that the first error in the source is
// the one reported.
import { ExpressionError } from './ExpressionError';

export type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | ',' | 'end';

export interface Token {
	readonly kind: TokenKind;
	readonly text: string;
	readonly position: number;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNamePart = (c: string) => isNameStart(c) || isDigit(c);

export class Lexer {
	private pos = 0;
	private current: Token;

	constructor(private readonly source: string) {
		this.current = this.read();
	}

	peek(): Token {
		return this.current;
	}

	next(): Token {
		const token = this.current;
		this.current = this.read();
		return token;
	}

	private read(): Token {
		const s = this.source;
		while (this.pos < s.length && /\s/.test(s[this.pos])) this.pos++;
		const start = this.pos;
		if (start >= s.length) return { kind: 'end', text: '', position: start };
		const c = s[start];
		if (isDigit(c) || c === '.') return this.number(start);
		if (isNameStart(c)) {
			while (this.pos < s.length && isNamePart(s[this.pos])) this.pos++;
			return { kind: 'name', text: s.slice(start, this.pos), position: start };
		}
		this.pos++;
		if ('+-*/^'.includes(c)) return { kind: 'op', text: c, position: start };
		if (c === '(' || c === ')' || c === ',') return { kind: c, text: c, position: start };
		const shown = String.fromCodePoint(s.codePointAt(start)!);
		throw new ExpressionError(
			`Unexpected character '${shown}': expected a number, a name, an operator (+ - * / ^) or a parenthesis`,
			start
		);
	}

	/** digits [. digits] [e [+-] digits], or . digits; a second '.' or a bare 'e' is an error. */
	private number(start: number): Token {
		const s = this.source;
		const digits = () => {
			const from = this.pos;
			while (this.pos < s.length && isDigit(s[this.pos])) this.pos++;
			return this.pos - from;
		};
		let count = digits();
		if (s[this.pos] === '.') {
			this.pos++;
			count += digits();
		}
		if (count === 0) throw new ExpressionError(`Bad number: expected a digit after '.'`, this.pos);
		if (s[this.pos] === 'e' || s[this.pos] === 'E') {
			this.pos++;
			if (s[this.pos] === '+' || s[this.pos] === '-') this.pos++;
			if (digits() === 0) {
				const text = s.slice(start, this.pos);
				throw new ExpressionError(
					`Bad number '${text}': expected digits after the exponent`,
					this.pos
				);
			}
		}
		if (s[this.pos] === '.') {
			throw new ExpressionError(
				`Bad number '${s.slice(start, this.pos)}': a number has at most one '.'`,
				this.pos
			);
		}
		return { kind: 'number', text: s.slice(start, this.pos), position: start };
	}
}
