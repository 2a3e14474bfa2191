// Inline TeX in quiz sentences: text stays text, formulas become their own pieces, and malformed
// dollars never swallow the sentence.
import { describe, expect, it } from 'vitest';
import { plainText, splitTex, texToText } from './split-tex';

const text = (t: string) => ({ kind: 'text', text: t });
const tex = (t: string) => ({ kind: 'tex', tex: t });

describe('splitTex', () => {
	it('cuts a sentence at each $…$ pair', () => {
		expect(splitTex('Take $\\eta = 0.1$ and $g = 4$.')).toEqual([
			text('Take '),
			tex('\\eta = 0.1'),
			text(' and '),
			tex('g = 4'),
			text('.')
		]);
	});

	it('keeps a sentence without formulas whole, and an empty one empty', () => {
		expect(splitTex('No maths here.')).toEqual([text('No maths here.')]);
		expect(splitTex('')).toEqual([]);
	});

	it('handles a formula at either end', () => {
		expect(splitTex('$x^2$ grows')).toEqual([tex('x^2'), text(' grows')]);
		expect(splitTex('it is $\\sigma$')).toEqual([text('it is '), tex('\\sigma')]);
	});

	it('reads \\$ outside a formula as a dollar and keeps it as TeX inside one', () => {
		expect(splitTex('costs \\$5, so $\\$5 \\cdot 2$')).toEqual([
			text('costs $5, so '),
			tex('\\$5 \\cdot 2')
		]);
	});

	it('treats a dollar after an even run of backslashes as a real delimiter', () => {
		expect(splitTex('$a \\\\$b')).toEqual([tex('a \\\\'), text('b')]);
	});

	it('shows an unclosed or empty pair as the text it is', () => {
		expect(splitTex('a $5 bill')).toEqual([text('a $5 bill')]);
		expect(splitTex('$x$ and $ y')).toEqual([tex('x'), text(' and $ y')]);
		expect(splitTex('two $$ signs')).toEqual([text('two $$ signs')]);
	});

	it('never loses a character of text: pieces join back to the source', () => {
		const sources = ['a $b$ c $d', '$$x$$', '\\$ $\\$$ $', 'σ(1 − σ) $=$ 0.25'];
		for (const source of sources) {
			const joined = splitTex(source)
				.map((p) => (p.kind === 'text' ? p.text.replace(/\$/g, '\\$') : `$${p.tex}$`))
				.join('');
			// Re-escaping every literal dollar gives back the source up to escapes the source omitted.
			expect(joined.replace(/\\\$/g, '$')).toBe(source.replace(/\\\$/g, '$'));
		}
	});
});

describe('texToText', () => {
	it('reads common commands as symbols and fractions with a slash', () => {
		expect(texToText('\\eta \\cdot \\frac{\\partial L}{\\partial w}')).toBe('η · (∂ L)/(∂ w)');
		expect(texToText('\\frac{1}{2}(y - \\hat{y})^{2}')).toBe('1/2(y - y\u0302)^2');
		expect(texToText('\\left( x \\right)')).toBe('( x )');
		expect(texToText('\\text{ReLU}(x)')).toBe('ReLU(x)');
	});

	it('makes a sentence with formulas plain', () => {
		expect(plainText('Step $\\eta g$ downhill')).toBe('Step η g downhill');
	});
});
