// The built-in worlds, in the order a learner meets them (they walk through CURRICULUM.md).
import type { World } from '../schema';
import { BLINDFOLDED } from './blindfolded';
import { DEEP_VALLEYS } from './deep-valleys';
import { FIRST_STEPS } from './first-steps';
import { NEWTON } from './newton';
import { RAVINE } from './ravine';
import { REAL_TERRAIN } from './real-terrain';
import { SADDLES } from './saddles';

export const WORLDS: readonly World[] = [
	FIRST_STEPS,
	RAVINE,
	SADDLES,
	REAL_TERRAIN,
	DEEP_VALLEYS,
	NEWTON,
	BLINDFOLDED
];
