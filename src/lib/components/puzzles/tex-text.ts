// Learner-facing text may carry inline TeX between `$…$` ("the gradient is $\sigma(1-\sigma)$").
// This splits it into plain and TeX pieces for the view; `\$` is a literal dollar sign.

export interface TextPiece {
	readonly tex: boolean;
	readonly text: string;
}

export function splitTex(source: string): TextPiece[] {
	const pieces: TextPiece[] = [];
	let current = '';
	let tex = false;
	for (let i = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\' && source[i + 1] === '$') {
			current += tex ? '\\$' : '$';
			i++;
		} else if (c === '$') {
			if (current) pieces.push({ tex, text: current });
			current = '';
			tex = !tex;
		} else current += c;
	}
	// An unclosed `$` is not maths: give it back as it was typed.
	if (tex) pieces.push({ tex: false, text: `$${current}` });
	else if (current) pieces.push({ tex: false, text: current });
	return merge(pieces);
}

/** Adjacent plain pieces joined (an unclosed `$` may leave two). */
function merge(pieces: TextPiece[]): TextPiece[] {
	const out: TextPiece[] = [];
	for (const piece of pieces) {
		const last = out.at(-1);
		if (last && !last.tex && !piece.tex)
			out[out.length - 1] = { tex: false, text: last.text + piece.text };
		else out.push(piece);
	}
	return out;
}
