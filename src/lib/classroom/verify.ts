// The server's judgement of an attempt, pure: re-compute the run, puzzle or quiz answer from what
// the learner chose and score that (DESIGN.md rule 7). Bad input never throws: it becomes a
// rejected verdict with the reason, which the server stores like any other attempt.
import { parseAttempt, type Verdict } from './attempt';
import { say } from './say';
import { verifyLevel } from './verify-level';
import { verifyPuzzle, verifyQuiz } from './verify-puzzle';

export { agrees, compareClaim, REL_TOLERANCE, ABS_TOLERANCE } from './verify-level';

/** Verifies an attempt payload (parsed here, so anything may be passed). */
export function verifyAttempt(payload: unknown): Verdict {
	const parsed = parseAttempt(payload);
	if (!parsed.ok) {
		const reason = `not an attempt: ${parsed.problems.join('; ')}`;
		return {
			status: 'rejected',
			reason,
			score: 0,
			stars: 0,
			passed: false,
			summary: say.rejected(reason),
			details: { kind: 'invalid', problems: parsed.problems }
		};
	}
	const attempt = parsed.attempt;
	switch (attempt.kind) {
		case 'level':
			return verifyLevel(attempt);
		case 'puzzle':
			return verifyPuzzle(attempt);
		case 'quiz':
			return verifyQuiz(attempt);
	}
}
