// Scoring a quiz answer: a pure function of (question id, seed, answer), so the server re-makes
// the question and re-scores whatever the page claims. Learner input never throws; an unknown
// question id does (that is a programming or tampering error, not a typo).
import type { QuizResult, QuizSubmission } from './types';
import { makeQuestion } from './registry';
import { resultOf } from './judge';

export { judge, resultOf, MAX_NUMBER_LENGTH } from './judge';

/**
 * Re-makes the question from (id, seed) and judges the answer. Throws only when the question
 * itself cannot be made (unknown generator or form, bad seed).
 */
export function scoreAnswer(sub: QuizSubmission): QuizResult {
	return resultOf(makeQuestion(sub.id, sub.seed), (sub as { answer?: unknown }).answer);
}
