// Verifying a chain-rule puzzle or a quiz answer: re-make it from (id, seed) and re-score the typed
// answers with the scorers the page uses. The scorers throw on a submission no honest page could
// send (unknown field, stale version, bad seed); that becomes a rejected attempt with the reason.
import { chain, quiz } from '../puzzles';
import type { PuzzleAttempt, PuzzleDetails, QuizAttempt, QuizDetails, Verdict } from './attempt';
import { tierOf } from './items';
import { say } from './say';

function refused(reason: string, details: PuzzleDetails | QuizDetails): Verdict {
	return {
		status: 'rejected',
		reason,
		score: 0,
		stars: 0,
		passed: false,
		summary: say.rejected(reason),
		details: { ...details, problems: [reason] }
	};
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function verifyPuzzle(attempt: PuzzleAttempt): Verdict {
	const def = chain.findPuzzleDef(attempt.item);
	if (!def) return refused(`unknown puzzle "${attempt.item}"`, { kind: 'puzzle' });
	if (attempt.version !== def.version)
		return refused(
			`puzzle changed: the attempt is for version ${attempt.version}, the puzzle is at version ${def.version}`,
			{ kind: 'puzzle', tier: def.tier }
		);
	let scored;
	try {
		scored = chain.scorePuzzle({
			id: def.id,
			version: attempt.version,
			seed: attempt.seed,
			answers: attempt.answers,
			hints: attempt.hints,
			gaveUp: attempt.gaveUp
		});
	} catch (error) {
		return refused(messageOf(error), { kind: 'puzzle', tier: def.tier });
	}
	return {
		status: 'accepted',
		score: scored.total === 0 ? 0 : scored.correct / scored.total,
		stars: scored.stars,
		passed: scored.solved,
		summary: say.puzzle(scored.correct, scored.total, scored.solved),
		details: {
			kind: 'puzzle',
			tier: tierOf(def.id),
			correct: scored.correct,
			total: scored.total,
			solved: scored.solved,
			hints: attempt.hints,
			gaveUp: attempt.gaveUp,
			mistakes: [...scored.mistakes]
		}
	};
}

export function verifyQuiz(attempt: QuizAttempt): Verdict {
	let result: quiz.QuizResult;
	try {
		result = quiz.scoreAnswer({ id: attempt.item, seed: attempt.seed, answer: attempt.answer });
	} catch (error) {
		return refused(`unknown question "${attempt.item}": ${messageOf(error)}`, { kind: 'quiz' });
	}
	const correct = result.status === 'correct';
	return {
		status: 'accepted',
		score: correct ? 1 : 0,
		stars: correct ? 3 : 0,
		passed: correct,
		summary: say.quiz(result.status),
		details: { kind: 'quiz', concept: result.concept, status: result.status }
	};
}
