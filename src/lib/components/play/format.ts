// Numbers as the play page shows them, in plain text and in TeX: plain decimals at ordinary sizes,
// a × 10^k when tiny or huge, a real minus sign, ∞ and NaN by name. One module, so the update
// rule, the altitude profile and the path table always print the same number the same way.

/** Below this magnitude (or at LARGE and above) a number is written as a × 10^k. */
const SMALL = 1e-3;
const LARGE = 1e6;

type Parts =
	| { kind: 'nan' }
	| { kind: 'infinity'; negative: boolean }
	| { kind: 'finite'; negative: boolean; mantissa: string; exponent: number | null };

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

function scientific(abs: number, digits: number, trim: boolean) {
	const [mantissa, exponent] = abs.toExponential(digits - 1).split('e');
	return { mantissa: trim ? trimZeros(mantissa) : mantissa, exponent: Number(exponent) };
}

/** Splits |x| into a mantissa and (for tiny or huge numbers) a power of ten. */
function parts(x: number, digits: number, trim: boolean): Parts {
	if (Number.isNaN(x)) return { kind: 'nan' };
	if (!Number.isFinite(x)) return { kind: 'infinity', negative: x < 0 };
	const abs = Math.abs(x);
	const negative = x < 0;
	if (abs === 0) return { kind: 'finite', negative: false, mantissa: '0', exponent: null };
	if (abs < SMALL || abs >= LARGE)
		return { kind: 'finite', negative, ...scientific(abs, digits, trim) };
	// Whole numbers beyond the requested precision keep every digit: 12346, not 1.23 × 10⁴.
	let mantissa = abs.toPrecision(digits);
	if (mantissa.includes('e')) mantissa = String(Math.round(abs));
	else if (trim) mantissa = trimZeros(mantissa);
	if (Number(mantissa) >= LARGE)
		return { kind: 'finite', negative, ...scientific(abs, digits, trim) };
	return { kind: 'finite', negative, mantissa, exponent: null };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer in superscript digits (−3 → ⁻³), for 10ᵏ in plain text. */
export function superscript(k: number): string {
	const digits = String(Math.abs(k)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
	return k < 0 ? `⁻${digits}` : digits;
}

function plain(p: Parts): string {
	if (p.kind === 'nan') return 'NaN';
	if (p.kind === 'infinity') return p.negative ? '−∞' : '∞';
	const sign = p.negative ? '−' : '';
	if (p.exponent === null) return sign + p.mantissa;
	const power = `10${superscript(p.exponent)}`;
	return sign + (p.mantissa === '1' ? power : `${p.mantissa} × ${power}`);
}

function tex(p: Parts): string {
	if (p.kind === 'nan') return '\\mathrm{NaN}';
	if (p.kind === 'infinity') return p.negative ? '-\\infty' : '\\infty';
	const sign = p.negative ? '-' : ''; // TeX sets a hyphen in maths as a true minus sign
	if (p.exponent === null) return sign + p.mantissa;
	const power = `10^{${p.exponent}}`;
	return sign + (p.mantissa === '1' ? power : `${p.mantissa} \\times ${power}`);
}

/** A computed number in plain text with `digits` significant digits (trailing zeros kept). */
export function formatNumber(x: number, digits = 3): string {
	return plain(parts(x, digits, false));
}

/** The same number as TeX. */
export function formatTex(x: number, digits = 3): string {
	return tex(parts(x, digits, false));
}

/** A setting as the learner typed it (0.1, not 0.100): up to 4 significant digits, no trailing zeros. */
export function formatSetting(x: number): string {
	return plain(parts(x, 4, true));
}

/** A setting as TeX (1e-8 → 10^{-8}). */
export function settingTex(x: number): string {
	return tex(parts(x, 4, true));
}
