// Numbers on the map: nice tick steps and short labels that read at a glance (axis ticks, contour
// levels). Pure, so the page's tests and the scene agree on what "nice" means.

/** A step of 1, 2 or 5 × 10^k that cuts `span` into about `count` pieces. */
export function niceStep(span: number, count: number): number {
	const raw = Math.abs(span) / Math.max(1, count);
	if (!(raw > 0) || !Number.isFinite(raw)) return 1;
	const power = 10 ** Math.floor(Math.log10(raw));
	const mantissa = raw / power;
	return (mantissa < 1.5 ? 1 : mantissa < 3 ? 2 : mantissa < 7 ? 5 : 10) * power;
}

/** Removes binary noise such as 0.30000000000000004. */
export function clean(value: number): number {
	return Number(value.toPrecision(12));
}

/** Multiples of a nice step inside [lo, hi] (about `count` of them). */
export function ticks(lo: number, hi: number, count: number): { values: number[]; step: number } {
	if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) return { values: [], step: 1 };
	const step = niceStep(hi - lo, count);
	const first = Math.ceil(lo / step - 1e-9);
	const last = Math.floor(hi / step + 1e-9);
	const values: number[] = [];
	for (let i = first; i <= last && values.length < 200; i++) values.push(clean(i * step));
	return { values, step };
}

/** How many decimals a step needs to be written exactly (0.25 → 2, 5 → 0). */
export function decimalsOf(step: number): number {
	let d = 0;
	while (d < 12 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-6) d++;
	return d;
}

const MINUS = '\u2212';

/** A short label: fixed decimals for a step, exponent form for very large or small values. */
export function formatNumber(value: number, step?: number): string {
	if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? `${MINUS}∞` : '?';
	const size = Math.abs(value);
	let text: string;
	if (value === 0) text = '0';
	else if (size >= 1e5 || size < 1e-3) {
		text = value.toExponential(step === undefined ? 2 : 1).replace(/\.?0+e/, 'e');
		text = text.replace('e+', 'e');
	} else if (step !== undefined) text = value.toFixed(Math.min(decimalsOf(step), 6));
	else text = String(Number(value.toPrecision(3)));
	return text.replace(/^-/, MINUS).replace(/e-/, `e${MINUS}`);
}
