// TeX to HTML with MathML, the one way Downhill calls KaTeX. The server renders every formula into
// the page; the browser loads this (and KaTeX with it) only when a formula changes after the page
// has loaded, so pages whose formulas never change ship no KaTeX at all.
import katex from 'katex';

export function renderTex(tex: string, display: boolean): string {
	return katex.renderToString(tex, {
		displayMode: display,
		output: 'htmlAndMathml',
		throwOnError: false,
		strict: 'ignore'
	});
}
