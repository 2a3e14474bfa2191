// Every question generator, in the order the quiz page lists their concepts. The puzzles'
// "which derivative?" mode is a generator too, so its questions also come back in quiz rounds.
import { WHICH_DERIVATIVE } from '../../chain/which-derivative';
import type { Generator } from '../types';
import { GROUP_A } from './group-a';
import { GROUP_B } from './group-b';

export const GENERATORS: readonly Generator[] = [...GROUP_A, ...GROUP_B, WHICH_DERIVATIVE];
