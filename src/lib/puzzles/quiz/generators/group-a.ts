// Question generators (group A); see ./index.ts. One file per generator.
import type { Generator } from '../types';
import { learningRate } from './learning-rate';
import { batches } from './batches';
import { gradients } from './gradients';
import { chainRule } from './chain-rule';
import { activations } from './activations';
import { vanishing } from './vanishing';
import { whyActivations } from './why-activations';
import { optimizers } from './optimizers';

export const GROUP_A: readonly Generator[] = [
	learningRate,
	batches,
	gradients,
	chainRule,
	activations,
	vanishing,
	whyActivations,
	optimizers
];
