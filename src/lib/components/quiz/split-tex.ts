// Splits a sentence that holds inline TeX between `$…$` into plain-text and formula pieces, so a
// view can show the text as text (never as HTML) and each formula with KaTeX. A `$` preceded by an
// odd number of backslashes is escaped: outside a formula `\$` is a literal dollar sign; inside one
// it stays TeX's own `\$`. An unclosed or empty `$` pair is shown as the text it is.

export type Piece =
	{ readonly kind: 'text'; readonly text: string } | { readonly kind: 'tex'; readonly tex: string };

/** Whether the `$` at `at` is escaped by an odd run of backslashes before it. */
function escaped(source: string, at: number): boolean {
	let slashes = 0;
	for (let i = at - 1; i >= 0 && source[i] === '\\'; i--) slashes++;
	return slashes % 2 === 1;
}

/** The index of the next unescaped `$` at or after `from`, or -1. */
function nextDollar(source: string, from: number): number {
	for (let i = source.indexOf('$', from); i >= 0; i = source.indexOf('$', i + 1))
		if (!escaped(source, i)) return i;
	return -1;
}

/** Outside formulas an escaped dollar `\$` reads as `$`. */
const unescapeText = (text: string) => text.replace(/\\\$/g, '$');

/** The pieces of `source` in order; neighbouring text pieces are merged, empty ones dropped. */
export function splitTex(source: string): Piece[] {
	const pieces: Piece[] = [];
	const addText = (text: string) => {
		if (!text) return;
		const last = pieces.at(-1);
		if (last?.kind === 'text') pieces[pieces.length - 1] = { kind: 'text', text: last.text + text };
		else pieces.push({ kind: 'text', text });
	};
	let at = 0;
	while (at < source.length) {
		const open = nextDollar(source, at);
		const close = open < 0 ? -1 : nextDollar(source, open + 1);
		if (close < 0) break;
		addText(unescapeText(source.slice(at, open)));
		const tex = source.slice(open + 1, close);
		if (tex.trim()) pieces.push({ kind: 'tex', tex });
		else addText(source.slice(open, close + 1));
		at = close + 1;
	}
	addText(unescapeText(source.slice(at)));
	return pieces;
}

const SYMBOLS: Record<string, string> = {
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	delta: 'δ',
	epsilon: 'ε',
	varepsilon: 'ε',
	eta: 'η',
	theta: 'θ',
	lambda: 'λ',
	mu: 'μ',
	sigma: 'σ',
	tau: 'τ',
	phi: 'φ',
	omega: 'ω',
	Delta: 'Δ',
	nabla: '∇',
	partial: '∂',
	cdot: '·',
	times: '×',
	to: '→',
	rightarrow: '→',
	leftarrow: '←',
	le: '≤',
	leq: '≤',
	ge: '≥',
	geq: '≥',
	ne: '≠',
	neq: '≠',
	approx: '≈',
	infty: '∞',
	sum: 'Σ',
	top: 'ᵀ',
	log: 'log',
	ln: 'ln',
	exp: 'exp',
	max: 'max',
	min: 'min',
	tanh: 'tanh',
	sqrt: '√'
};

/** A formula as readable plain text for places that cannot show KaTeX (a live region): a rough reading. */
export function texToText(tex: string): string {
	const group = (part: string) => (/^[\w.]+$/.test(part) ? part : `(${part})`);
	let text = tex.replace(
		/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g,
		(_whole, top: string, bottom: string) => `${group(top)}/${group(bottom)}`
	);
	text = text.replace(/\\hat\s*\{(\w)\}/g, '$1\u0302').replace(/\\bar\s*\{(\w)\}/g, '$1\u0304');
	text = text.replace(/\\(left|right|big|Big|bigl|bigr|Bigl|Bigr)\b/g, '');
	text = text.replace(/\\(text|mathrm|mathbf|operatorname)\s*\{([^{}]*)\}/g, '$2');
	text = text.replace(/\\([A-Za-z]+)/g, (_whole, name: string) => SYMBOLS[name] ?? name);
	text = text.replace(/\\[,;:! ]/g, ' ').replace(/\\([{}$%&#_])/g, '$1');
	return text.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

/** The sentence as plain text (a live region, a label): formulas read roughly, as `texToText`. */
export function plainText(source: string): string {
	return splitTex(source)
		.map((piece) => (piece.kind === 'text' ? piece.text : texToText(piece.tex)))
		.join('');
}
