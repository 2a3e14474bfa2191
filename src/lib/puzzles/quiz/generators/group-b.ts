// Question generators (group B); see ./index.ts.
import type { Generator } from '../types';
import { curvature } from './curvature';
import { features } from './features';
import { hinge } from './hinge';
import { linearScore } from './linear-score';
import { misconceptions } from './misconceptions';
import { newton } from './newton';
import { regularization } from './regularization';
import { softmaxGenerator } from './softmax';

export const GROUP_B: readonly Generator[] = [
	curvature,
	newton,
	regularization,
	softmaxGenerator,
	hinge,
	linearScore,
	features,
	misconceptions
];
