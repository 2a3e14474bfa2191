// Small jobs shared by the grid tests.
import { twoSpirals } from '../mlp/datasets';
import { filterNormalizedDirection } from '../mlp/directions';
import { initParameters } from '../mlp/init';
import { parameterLayout, type MlpSpec } from '../mlp/spec';
import type { ExpressionJob, MlpJob } from './jobs';

export const bowl: ExpressionJob = {
	kind: 'expression',
	source: 'x^2 + 3*y^2 + c*x*y',
	x: 'x',
	y: 'y',
	fixed: { c: 0.5 },
	bounds: { x: [-2, 2], y: [-1, 3] },
	n: 9
};

export function mlpJob(n = 6): MlpJob {
	const spec: MlpSpec = {
		inputs: 2,
		hidden: [4],
		outputs: 1,
		activation: 'tanh',
		output: 'sigmoid-bce'
	};
	const theta = initParameters(spec, 1);
	const layers = parameterLayout(spec);
	const data = twoSpirals(32, { seed: 2 });
	return {
		kind: 'mlp',
		spec,
		data: { X: data.X, y: data.y },
		theta,
		d1: filterNormalizedDirection(layers, theta, 1),
		d2: filterNormalizedDirection(layers, theta, 2),
		range: { a: [-1, 1], b: [-0.5, 1.5] },
		n
	};
}
