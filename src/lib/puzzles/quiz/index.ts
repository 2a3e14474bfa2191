// Public entry of the concept quizzes: the generators and concepts, making a question from
// (id, seed), scoring an answer (pure, so the server re-scores), and the mastery model.
export type * from './types';
export type { Text } from '../types';
export { GENERATORS } from './generators';
export { CONCEPTS, conceptInfo, type ConceptInfo } from './concepts';
export { getGenerator, makeQuestion, questionForms, formConcepts, splitId } from './registry';
export { scoreAnswer, judge, MAX_NUMBER_LENGTH } from './score';
export {
	MASTERY_VERSION,
	emptyMastery,
	recordAnswer,
	isDue,
	nextRound,
	parseMastery,
	conceptRecord,
	type ConceptRecord,
	type MasteryState,
	type RoundOptions,
	type RoundPick
} from './mastery';
