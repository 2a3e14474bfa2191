// The altitude profile's geometry, kept pure so it can be tested: round ticks (1, 2, 5 × 10ᵏ;
// powers of ten on a log axis), the loss → height mapping (log10 of loss − floor when log), SVG
// paths that break to the top edge where a run diverged, and outline colours that keep every
// racer's line at 3:1 contrast against both colour schemes.

/** One run on the profile; `colour` is '#rrggbb'. */
export interface ProfileRacer {
	id: string | number;
	colour: string;
	label: string;
	losses: readonly number[]; // loss at the start, then after each step
}

/** A run drawn faintly behind the others, e.g. the learner's best. */
export interface ProfileGhost {
	losses: readonly number[];
	label?: string;
}

export interface Axis {
	min: number;
	max: number;
	ticks: number[];
}

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

export interface Frame {
	x: Axis;
	y: Axis; // in loss units, or log10(loss − floor) when log
	log: boolean;
	floor: number;
}

/** Log scale cannot show a range wider than this many decades below the largest value. */
const MAX_DECADES = 15;

const round = (x: number) => Number(x.toPrecision(12)) + 0; // + 0 turns −0 into 0

/** The smallest of 1, 2, 5 × 10ᵏ that is at least `raw`. */
export function niceStep(raw: number): number {
	const power = 10 ** Math.floor(Math.log10(raw));
	const f = raw / power;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

function ticksBetween(min: number, max: number, step: number): number[] {
	const ticks: number[] = [];
	for (let i = 0; min + i * step <= max + step * 1e-9; i++) ticks.push(round(min + i * step));
	return ticks;
}

/** About `count` round ticks; the axis runs from the first tick (≤ lo) to the last (≥ hi). */
export function linearAxis(lo: number, hi: number, count = 5): Axis {
	if (!(hi > lo)) {
		const pad = Math.abs(lo) * 0.1 || 1;
		[lo, hi] = [lo - pad, hi + pad];
	}
	const step = niceStep((hi - lo) / count);
	const min = round(Math.floor(lo / step) * step);
	const max = round(Math.ceil(hi / step) * step);
	return { min, max, ticks: ticksBetween(min, max, step) };
}

/** A log axis over exponents lo…hi (log10 values): ticks at whole powers of ten, at most ~7. */
export function logAxis(lo: number, hi: number): Axis {
	let min = Math.floor(lo);
	let max = Math.ceil(hi);
	if (max === min) max += 1;
	const stride = Math.ceil((max - min) / 6);
	min = Math.floor(min / stride) * stride;
	max = Math.ceil(max / stride) * stride;
	return { min, max, ticks: ticksBetween(min, max, stride) };
}

/** The step axis from 0: whole-number ticks. */
export function stepAxis(steps: number, count = 5): Axis {
	const step = Math.max(1, niceStep(Math.max(steps, 1) / count));
	const max = Math.ceil(Math.max(steps, 1) / step) * step;
	return { min: 0, max, ticks: ticksBetween(0, max, step) };
}

/** Log scale is offered with a known floor (the global minimum), or when every finite loss is > 0. */
export function logAvailable(
	series: readonly (readonly number[])[],
	floor?: number | null
): boolean {
	if (floor !== undefined && floor !== null && Number.isFinite(floor)) return true;
	return series.every((losses) => losses.every((l) => !Number.isFinite(l) || l > 0));
}

/** Height of a loss on the chosen scale; NaN when the loss is not finite (drawn as a break). */
export function altitude(loss: number, log: boolean, floor: number): number {
	if (!Number.isFinite(loss)) return NaN;
	if (!log) return loss;
	const above = loss - floor;
	return above > 0 ? Math.log10(above) : -Infinity; // at the floor: clamped to the bottom edge
}

export interface FrameOptions {
	log: boolean;
	floor?: number | null;
	goal?: number | null;
	steps?: number; // x extent (e.g. the step budget); at least the longest series
}

/** Axes for the series, the goal line included; log only when logAvailable. */
export function profileFrame(series: readonly (readonly number[])[], o: FrameOptions): Frame {
	const log = o.log && logAvailable(series, o.floor);
	const floor = log && o.floor !== null && o.floor !== undefined ? o.floor : 0;
	const losses = series.flat().concat(o.goal ?? []);
	const heights = losses.map((l) => altitude(l, log, floor)).filter((h) => Number.isFinite(h));
	const longest = Math.max(0, ...series.map((s) => s.length - 1));
	const x = stepAxis(Math.max(longest, o.steps ?? 0));
	if (!heights.length) return { x, y: log ? logAxis(-1, 0) : linearAxis(0, 1), log, floor };
	const hi = Math.max(...heights);
	if (!log) return { x, y: linearAxis(Math.min(...heights), hi), log, floor };
	const lo = Math.max(Math.min(...heights), hi - MAX_DECADES);
	return { x, y: logAxis(lo, hi), log, floor };
}

/** SVG coordinates to a tenth of a pixel: shorter paths, and no 122.00000000000001 in the markup. */
const px = (x: number) => Math.round(x * 10) / 10;

export const scaleX = (f: Frame, b: Box, step: number) =>
	px(b.left + ((step - f.x.min) / (f.x.max - f.x.min)) * b.width);

/** Vertical position of a height, clamped into the box (below the log range → bottom edge). */
export function scaleY(f: Frame, b: Box, h: number): number {
	const t = (h - f.y.min) / (f.y.max - f.y.min);
	return px(b.top + (1 - Math.min(1, Math.max(0, Number.isNaN(t) ? 0 : t))) * b.height);
}

/** The SVG path of one series; where a loss is not finite the line rises to the top edge and breaks. */
export function linePath(losses: readonly number[], f: Frame, b: Box) {
	let d = '';
	let penDown = false;
	const breaks: { x: number; y: number }[] = [];
	losses.forEach((loss, step) => {
		const x = scaleX(f, b, step);
		const h = altitude(loss, f.log, f.floor);
		if (Number.isNaN(h)) {
			if (penDown) d += `L${x} ${px(b.top)}`;
			breaks.push({ x, y: px(b.top) });
			penDown = false;
			return;
		}
		d += `${penDown ? 'L' : 'M'}${x} ${scaleY(f, b, h)}`;
		penDown = true;
	});
	return { d, breaks };
}

/** WCAG relative luminance of '#rrggbb'. */
export function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (hi + 0.05) / (lo + 0.05);
}

/** app.css's --bg and --surface per scheme, and the outline (its --text) used there when needed. */
const SCHEMES = {
	light: { backgrounds: ['#f7f8f6', '#ffffff'], outline: '#1c2320' },
	dark: { backgrounds: ['#111614', '#1a211e'], outline: '#e6ece9' }
} as const;

/** The outline a line in `colour` needs on each scheme to reach 3:1 (WCAG 1.4.11), or null. */
export function outlineFor(colour: string): { light: string | null; dark: string | null } {
	const need = (scheme: keyof typeof SCHEMES) => {
		const { backgrounds, outline } = SCHEMES[scheme];
		return backgrounds.some((bg) => contrastRatio(colour, bg) < 3) ? outline : null;
	};
	return { light: need('light'), dark: need('dark') };
}
