// Reading a number a learner typed, leniently, and judging it against the engine's number with
// the tolerance the puzzles and quizzes state: "answers to two decimals are accepted".

/** Accepted when |given − expected| ≤ ABS_TOLERANCE (two decimals, rounded) … */
export const ABS_TOLERANCE = 0.005;
/** … or when within this fraction of |expected| (large numbers need not be typed to the unit). */
export const REL_TOLERANCE = 0.001;

const MINUS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g; // − ‒ – — ﹣ －
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The number in `text`, or undefined when it is not one. Accepts `0.5`, `.5`, `-1e-3`, `−4`
 * (Unicode minus), `-1/4`, `3 / 8`, `1,5` (comma as the decimal mark), surrounding spaces.
 */
export function readNumber(text: string): number | undefined {
	const s = text.trim().replace(MINUS, '-').replace(/\s+/g, '');
	if (s === '') return undefined;
	const slash = s.indexOf('/');
	if (slash >= 0) {
		const top = readDecimal(s.slice(0, slash));
		const bottom = readDecimal(s.slice(slash + 1));
		if (top === undefined || bottom === undefined || bottom === 0) return undefined;
		return top / bottom;
	}
	return readDecimal(s);
}

function readDecimal(s: string): number | undefined {
	const t = /^[+-]?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
	if (!DECIMAL.test(t)) return undefined;
	const value = Number(t);
	return Number.isFinite(value) ? value : undefined;
}

/** Whether `given` is close enough to `expected` (see the tolerances above). */
export function accepts(given: number, expected: number): boolean {
	if (!Number.isFinite(expected)) return given === expected;
	const gap = Math.abs(given - expected);
	return gap <= ABS_TOLERANCE + 1e-12 || gap <= REL_TOLERANCE * Math.abs(expected);
}

/** A number as a learner would write it: at most `digits` significant digits, no trailing zeros. */
export function show(value: number, digits = 4): string {
	if (!Number.isFinite(value)) return String(value);
	if (value === 0) return '0';
	const text = Number(value.toPrecision(digits)).toString();
	return text.replace('-', '−');
}
