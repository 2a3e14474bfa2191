import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { parse } from './expression';
import { numberLatex, variableLatex } from './latex';

const CASES: [string, string][] = [
	['(x + y) * z', '\\left(x + y\\right) \\cdot z'],
	['2*(x*y + max(z, w))', '2 \\cdot \\left(x \\cdot y + \\max\\left(z, w\\right)\\right)'],
	[
		'sigmoid(w0*x0 + w1*x1 + w2)',
		'\\sigma\\left(w_{0} \\cdot x_{0} + w_{1} \\cdot x_{1} + w_{2}\\right)'
	],
	[
		'(1 - x)^2 + 100*(y - x^2)^2',
		'\\left(1 - x\\right)^{2} + 100 \\cdot \\left(y - x^{2}\\right)^{2}'
	],
	['x/(y+1)', '\\frac{x}{y + 1}'],
	['-x^2', '-x^{2}'],
	['(-x)^2', '\\left(-x\\right)^{2}'],
	['2^-1', '2^{-1}'],
	['x^y^z', 'x^{y^{z}}'],
	['(x^y)^z', '\\left(x^{y}\\right)^{z}'],
	['a - (b - c)', 'a - \\left(b - c\\right)'],
	['a - b - c', 'a - b - c'],
	['a*-b', 'a \\cdot \\left(-b\\right)'],
	['-(a + b)', '-\\left(a + b\\right)'],
	['exp(x) - log(x)', 'e^{x} - \\ln\\left(x\\right)'],
	['exp(x)^2', '\\left(e^{x}\\right)^{2}'],
	['sqrt(abs(x))', '\\sqrt{\\left|x\\right|}'],
	[
		'relu(x) + softplus(y)',
		'\\operatorname{relu}\\left(x\\right) + \\operatorname{softplus}\\left(y\\right)'
	],
	[
		'min(tanh(a), sin(b)*cos(c))',
		'\\min\\left(\\tanh\\left(a\\right), \\sin\\left(b\\right) \\cdot \\cos\\left(c\\right)\\right)'
	],
	['e^x * pi', 'e^{x} \\cdot \\pi'],
	['.5*x + 1e-3', '0.5 \\cdot x + 0.001'],
	['(a/b)^2', '\\left(\\frac{a}{b}\\right)^{2}']
];

describe('toLatex', () => {
	for (const [source, latex] of CASES) {
		it(source, () => {
			const out = parse(source).toLatex();
			expect(out).toBe(latex);
			expect(() => katex.renderToString(out, { throwOnError: true })).not.toThrow();
		});
	}

	it('writes variable names the way mathematicians do', () => {
		expect(variableLatex('x')).toBe('x');
		expect(variableLatex('w_1')).toBe('w_{1}');
		expect(variableLatex('theta')).toBe('\\theta');
		expect(variableLatex('lr')).toBe('\\mathrm{lr}');
		expect(variableLatex('x_in')).toBe('x_{in}');
		expect(variableLatex('a_b_c')).toBe('a_{b\\_c}');
		expect(variableLatex('_tmp')).toBe('\\mathrm{\\_tmp}');
	});

	it('writes very large and small numbers with powers of ten', () => {
		expect(numberLatex(1e25)[0]).toBe('10^{25}');
		expect(numberLatex(2.5e-9)[0]).toBe('2.5 \\times 10^{-9}');
		expect(parse('x*1e25 + 3e-12').toLatex()).toBe('x \\cdot 10^{25} + 3 \\times 10^{-12}');
	});

	it('renders every variable name form with KaTeX', () => {
		const out = parse('lr*theta_1 + x_in - _tmp + a_b_c + Omega').toLatex();
		expect(() => katex.renderToString(out, { throwOnError: true })).not.toThrow();
	});
});
