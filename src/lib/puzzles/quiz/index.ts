// Public entry of the concept quizzes: the generators and concepts, making a question from
// (id, seed), scoring an answer (pure, so the server re-scores), and the mastery model. It imports
// every generator (for the server and tests); pages import the light modules directly (catalogue,
// concepts, mastery, judge) and make questions with `load.ts` (not exported here), which loads only
// the generators a round needs.
export type * from './types';
export type { Text } from '../types';
export { GENERATORS } from './generators';
export { CONCEPTS, conceptInfo, type ConceptInfo } from './concepts';
export { getGenerator, makeQuestion } from './registry';
export {
	CATALOGUE,
	askedConcepts,
	questionForms,
	formConcepts,
	splitId,
	type CatalogueEntry
} from './catalogue';
export { scoreAnswer, judge, resultOf, MAX_NUMBER_LENGTH } from './score';
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
