// A landscape from a formula someone typed (the Sandbox; teachers' own levels). The engine parses
// it, so a typo comes back as an ExpressionError with its position; critical points are unknown.
import { parse } from '../engine';
import type { Bounds, Landscape, Point } from './types';

export function fromFormula(source: string, bounds: Bounds, start?: Point): Landscape {
	const objective = parse(source);
	if (objective.variables.length < 1 || objective.variables.length > 2) {
		throw new Error(
			`A landscape needs one or two variables; "${source}" has ${objective.variables.length}`
		);
	}
	for (const name of objective.variables) {
		const range = bounds[name];
		if (!range || !(range[0] < range[1]))
			throw new Error(`bounds.${name} must be [low, high] with low < high`);
	}
	const centre = Object.fromEntries(
		objective.variables.map((name) => [name, (bounds[name][0] + bounds[name][1]) / 2])
	);
	return {
		id: `formula:${source}`,
		version: 1,
		family: 'analytic',
		name: { en: source, ko: source },
		description: {
			en: 'A landscape from your own formula.',
			ko: '직접 입력한 수식으로 만든 지형입니다.'
		},
		objective,
		formula: source,
		tex: objective.toLatex(),
		bounds,
		starts: [start ?? centre],
		critical: []
	};
}
