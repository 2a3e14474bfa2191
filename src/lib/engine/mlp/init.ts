// Seeded weight initialisation: Glorot/Xavier uniform (Glorot & Bengio 2010) for saturating
// activations, He uniform (He et al. 2015) for layers feeding ReLU-like units; biases start at 0.

import { mulberry32, uniform } from './random';
import { parameterCount, parameterLayout, validateSpec, type MlpSpec } from './spec';

export type InitScheme = 'glorot' | 'he';

/** He for hidden layers followed by relu/leakyRelu, Glorot otherwise (always for the output layer). */
export function defaultScheme(spec: MlpSpec, layer: number): InitScheme {
	const hiddenLayer = layer < spec.hidden.length;
	return hiddenLayer && (spec.activation === 'relu' || spec.activation === 'leakyRelu')
		? 'he'
		: 'glorot';
}

/**
 * A fresh flat parameter vector. W ~ U(−r, r) with r = √(6 / (in + out)) (Glorot) or √(6 / in) (He),
 * drawn in layout order from mulberry32(seed): the same seed gives the same weights everywhere.
 */
export function initParameters(spec: MlpSpec, seed: number, scheme?: InitScheme): Float64Array {
	validateSpec(spec);
	const params = new Float64Array(parameterCount(spec));
	const random = mulberry32(seed);
	parameterLayout(spec).forEach(({ inF, outF, wOffset }, l) => {
		const which = scheme ?? defaultScheme(spec, l);
		const r = which === 'he' ? Math.sqrt(6 / inF) : Math.sqrt(6 / (inF + outF));
		for (let i = 0; i < inF * outF; i++) params[wOffset + i] = uniform(random, -r, r);
	});
	return params;
}
