// Public entry of the puzzles and quizzes. Pure: a puzzle or question is made from (id, seed), and
// a score is computed from (id, seed, answers) alone, so the server re-scores what a browser sent.
//   import { chain, quiz } from '$lib/puzzles';
//   chain.scorePuzzle({ id: 'circuits.xyz', version: 1, seed: 0, answers, hints: 0, gaveUp: false });
//   quiz.scoreAnswer({ id: 'batches.iterations', seed: 7, answer: '196' });
export type * from './types';
export * as chain from './chain';
export * as quiz from './quiz';
export { readNumber, accepts, show, ABS_TOLERANCE, REL_TOLERANCE } from './numbers';
