// Judging an answer to a question in hand: what the page does with the question it shows, and what
// `score.ts` does after re-making the question from its id and seed (the server's way). Learner
// input never throws. Kept apart from the generators so a page can judge without loading them.
import type { NumericQuestion, OrderQuestion, Question, QuizResult } from './types';
import { accepts, readNumber } from '../numbers';

/** Longer typed numbers are refused unread (nobody types 65 characters of a number). */
export const MAX_NUMBER_LENGTH = 64;

type Status = QuizResult['status'];

function scoreChoice(choices: readonly { id: string }[], key: string, answer: unknown): Status {
	if (typeof answer !== 'string' || !choices.some((c) => c.id === answer)) return 'unreadable';
	return answer === key ? 'correct' : 'wrong';
}

function scoreNumeric(q: NumericQuestion, answer: unknown): Status {
	if (typeof answer !== 'string' || answer.length > MAX_NUMBER_LENGTH) return 'unreadable';
	const given = readNumber(answer);
	if (given === undefined) return 'unreadable';
	const ok =
		q.tolerance === undefined
			? accepts(given, q.answer)
			: Math.abs(given - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer));
	return ok ? 'correct' : 'wrong';
}

function scoreOrder(q: OrderQuestion, answer: unknown): Status {
	if (!Array.isArray(answer) || answer.length !== q.answer.length) return 'unreadable';
	const ids = new Set(q.choices.map((c) => c.id));
	if (!answer.every((a) => typeof a === 'string' && ids.has(a))) return 'unreadable';
	if (new Set(answer).size !== answer.length) return 'unreadable';
	return answer.every((a, i) => a === q.answer[i]) ? 'correct' : 'wrong';
}

/** Whether `answer` answers `question`: correct, wrong, or unreadable (malformed, unknown id, not a number). */
export function judge(question: Question, answer: unknown): Status {
	switch (question.kind) {
		case 'choice':
			return scoreChoice(question.choices, question.answer, answer);
		case 'numeric':
			return scoreNumeric(question, answer);
		case 'order':
			return scoreOrder(question, answer);
	}
}

/** The result of `answer` to `question`: its status, with the explanation to show. */
export function resultOf(question: Question, answer: unknown): QuizResult {
	return {
		id: question.id,
		seed: question.seed,
		concept: question.concept,
		status: judge(question, answer),
		explanation: question.explanation,
		...(question.explanationTex === undefined ? {} : { explanationTex: question.explanationTex })
	};
}
