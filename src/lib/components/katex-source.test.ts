import { describe, expect, it } from 'vitest';
import { renderTex } from './katex-render';
import { renderedTex, type TexHolder } from './katex-source';

// Node has no DOM: this reads KaTeX's real output the way the browser's querySelector would for
// the two selectors renderedTex asks for (first match, text with HTML entities decoded).
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };
const decode = (html: string) =>
	html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ENTITIES[e]);

function holder(html: string): TexHolder {
	const patterns: Record<string, RegExp> = {
		'annotation[encoding="application/x-tex"]':
			/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/,
		'.katex-error': /<span class="katex-error"[^>]*>([\s\S]*?)<\/span>/
	};
	return {
		querySelector(selectors) {
			const match = patterns[selectors]?.exec(html);
			return match ? { textContent: decode(match[1]) } : null;
		}
	};
}

describe('renderedTex', () => {
	it.each([
		'f = x + y',
		'\\frac{\\partial L}{\\partial f} = g = -3',
		'x = −0.5',
		'a < b \\& "c"',
		'\\text{café}\n  + 1'
	])('finds the source of %j in KaTeX’s output, inline and displayed', (tex) => {
		expect(renderedTex(holder(renderTex(tex, false)))).toBe(tex);
		expect(renderedTex(holder(renderTex(tex, true)))).toBe(tex);
	});

	it('finds the source of a formula KaTeX could not parse', () => {
		const html = renderTex('\\frac{', false);
		expect(html).toContain('katex-error');
		expect(renderedTex(holder(html))).toBe('\\frac{');
	});

	it('tells two formulas apart and finds nothing where there is no formula', () => {
		expect(renderedTex(holder(renderTex('g = 1.6', false)))).not.toBe('g = -3');
		expect(renderedTex(holder(' '))).toBeNull();
	});
});
