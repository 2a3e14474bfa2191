import { describe, expect, it } from 'vitest';
import { ExpressionError } from './ExpressionError';
import { parse } from './expression';
import { MAX_DEPTH, nearestFunction } from './parser';

function errorOf(source: string): ExpressionError {
	try {
		parse(source);
	} catch (error) {
		expect(error).toBeInstanceOf(ExpressionError);
		return error as ExpressionError;
	}
	throw new Error(`expected "${source}" to be refused`);
}

// [source, position, what the message must say]
const BAD: [string, number, RegExp][] = [
	['', 0, /empty/],
	['   ', 0, /empty/],
	['2x', 1, /operator before 'x'.*implicit multiplication/],
	['2 x', 2, /operator before 'x'/],
	['x y', 2, /operator before 'y'/],
	['x(y)', 1, /'x' is not a function.*x\*\(/],
	['pi(2)', 2, /'pi' is not a function/],
	['(a)(b)', 3, /operator before '\('/],
	['sin(x)2', 6, /operator before the number 2/],
	['foo(x)', 0, /Unknown function 'foo'.*known functions: exp, log/],
	['1 + sigmod(x)', 4, /Unknown function 'sigmod'.*did you mean 'sigmoid'/],
	['tahn(x)', 0, /did you mean 'tanh'/],
	['Exp(x)', 0, /did you mean 'exp'/],
	['max(x)', 5, /'max' takes two arguments.*found '\)'/],
	['max(x, y, z)', 8, /'max' takes two arguments.*comma/],
	['sin(x, y)', 5, /'sin' takes one argument/],
	['sin()', 4, /Expected a number, a variable, a function or '\(' but found '\)'/],
	['sin x', 4, /Expected '\(' after the function 'sin'/],
	['exp', 3, /Expected '\(' after the function 'exp'/],
	['(x + 1', 6, /Expected '\)' to close the '\(' at position 0 but the input ended/],
	['((x)', 4, /Expected '\)' to close the '\(' at position 0/],
	['(x, y)', 2, /Expected '\)'.*found ','/],
	['x + 1)', 5, /Unmatched '\)'/],
	['x + 1 ,', 6, /Expected an operator or the end but found ','/],
	['x +', 3, /but the input ended/],
	['x + * y', 4, /but found '\*'/],
	['()', 1, /but found '\)'/],
	['1e', 2, /Bad number '1e': expected digits after the exponent/],
	['2*1e+', 5, /Bad number '1e\+'/],
	['1.2.3', 3, /Bad number '1\.2': a number has at most one '\.'/],
	['.', 1, /Bad number: expected a digit after '\.'/],
	['x $ y', 2, /Unexpected character '\$'/],
	['x = 1', 2, /Unexpected character '='/],
	['3 × 4', 2, /Unexpected character '×'/],
	['x^', 2, /but the input ended/]
];

describe('parse errors', () => {
	for (const [source, position, message] of BAD) {
		it(`refuses ${JSON.stringify(source)} at ${position}`, () => {
			const error = errorOf(source);
			expect(error.message).toMatch(message);
			expect(error.position).toBe(position);
		});
	}

	it('refuses a source longer than 10,000 characters at position 10000', () => {
		const error = errorOf('x+'.repeat(5000) + 'x');
		expect(error.position).toBe(10_000);
		expect(error.message).toMatch(/10,000/);
		expect(parse('x+'.repeat(4999) + 'x').variables).toEqual(['x']);
	});

	it('refuses deep nesting with an ExpressionError, never a RangeError', () => {
		const error = errorOf('('.repeat(4000) + 'x' + ')'.repeat(4000));
		expect(error.message).toMatch(new RegExp(`deeper than ${MAX_DEPTH}`));
		expect(error.position).toBe(MAX_DEPTH);
		expect(errorOf('x^'.repeat(3000) + 'x').message).toMatch(/deeper than/);
		expect(errorOf('exp('.repeat(1500) + 'x' + ')'.repeat(1500)).message).toMatch(/deeper than/);
		const ok = MAX_DEPTH - 1;
		expect(parse('('.repeat(ok) + 'x' + ')'.repeat(ok)).value({ x: 2 })).toBe(2);
	});

	it('evaluates a long run of unary minus without recursion', () => {
		expect(parse('-'.repeat(5001) + 'x').value({ x: 2 })).toBe(-2);
	});

	it('suggests only close function names', () => {
		expect(nearestFunction('sinn')).toBe('sin');
		expect(nearestFunction('softpuls')).toBe('softplus');
		expect(nearestFunction('foo')).toBeUndefined();
		expect(nearestFunction('banana')).toBeUndefined();
	});
});
