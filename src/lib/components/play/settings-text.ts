// Numbers in the settings' text boxes: lenient parsing ("0.5", ".5", "-1e-3", "0,5", " 2 ") and
// the text a box shows, in a form that can be typed back (1e-8, not format.ts's 1 × 10⁻⁸).

/** The number typed, or null when it is not one (empty, text, infinite). */
export function parseLenient(text: string): number | null {
	const cleaned = text
		.trim()
		.replace(/\s+/g, '')
		.replace(/^−/, '-')
		.replace(/^(-?\d*),(\d+)$/, '$1.$2');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
	const x = Number(cleaned);
	return Number.isFinite(x) ? x : null;
}

/** Up to 4 significant digits, scientific notation below 1e-3 or from 1e5. */
export function settingText(x: number): string {
	if (!Number.isFinite(x)) return String(x);
	const abs = Math.abs(x);
	if (abs !== 0 && (abs < 1e-3 || abs >= 1e5))
		return x
			.toExponential()
			.replace(/\.?0+e/, 'e')
			.replace('e+', 'e');
	return String(Number(x.toPrecision(4)));
}
