// A 1-D terrain drawn in profile: loss against the variable. The vertical range is clipped so one
// steep side (a cliff of 10⁶ beside a bowl of depth 1) does not flatten the bowl into a line; the
// clipped part stays reachable by panning up. Pure.

/** The loss range to fit on screen: min up to a robust top, padded; never above max. */
export function profileRange(values: Float64Array, min: number, max: number): [number, number] {
	const finite = Array.from(values)
		.filter(Number.isFinite)
		.sort((a, b) => a - b);
	if (finite.length === 0 || !(max > min)) {
		const centre = Number.isFinite(min) ? min : 0;
		return [centre - 1, centre + 1];
	}
	// Three times the height that 90 % of the curve stays under: a bowl keeps its walls, a spike
	// at one end is cut.
	const q90 = finite[Math.min(finite.length - 1, Math.floor(0.9 * (finite.length - 1)))];
	const top = Math.min(max, min + 3 * (q90 - min));
	const height = top > min ? top - min : max - min;
	return [min - 0.06 * height, min + 1.06 * height];
}

/** The curve's value at x by linear interpolation between the samples (bounds included). */
export function curveAt(
	values: Float64Array,
	bounds: readonly [number, number],
	x: number
): number {
	const n = values.length;
	if (n === 0 || !Number.isFinite(x)) return NaN;
	if (n === 1) return values[0];
	const pos = ((x - bounds[0]) / (bounds[1] - bounds[0])) * (n - 1);
	const i = Math.min(n - 2, Math.max(0, Math.floor(pos)));
	const f = Math.min(1, Math.max(0, pos - i));
	return values[i] + f * (values[i + 1] - values[i]);
}
