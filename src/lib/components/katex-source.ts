// Which TeX a piece of KaTeX output was rendered from: its MathML's TeX annotation (KaTeX writes the
// source there verbatim), or, for a formula KaTeX could not parse, the error span's text (the source
// again). Lets a page check, while hydrating, that the formula it carries is the one it should show.

/** The part of a DOM element this reads. */
export interface TexHolder {
	querySelector(selectors: string): { textContent: string | null } | null;
}

/** The TeX the formula in `root` was rendered from, or null when `root` holds no KaTeX output. */
export function renderedTex(root: TexHolder): string | null {
	const source =
		root.querySelector('annotation[encoding="application/x-tex"]') ??
		root.querySelector('.katex-error');
	return source?.textContent ?? null;
}
