// The attempt each page sends, built from what the page already holds: a level run's spec (its
// settings, start and seed), a puzzle's answers with hints and giving up, a quiz question's answer.
// Nothing the browser computed about the result (loss, steps, stars, score) goes in.
import type { LevelAttempt, PuzzleAttempt, QuizAttempt } from '$lib/classroom/attempt';
import type { RunSpec } from '$lib/levels';

/** Who is signed in as a learner, from the root layout's data (null: nobody, or a teacher). */
export interface LearnerBanner {
	/** Their own id: the outbox keeps each attempt under it and sends it only in their session. */
	learnerId: number;
	displayName: string;
	className: string;
}

export function learnerOf(data: Record<string, unknown>): LearnerBanner | null {
	const learner = data.learner as Partial<LearnerBanner> | null | undefined;
	if (!learner || typeof learner.displayName !== 'string') return null;
	if (!Number.isSafeInteger(learner.learnerId)) return null;
	return {
		learnerId: learner.learnerId as number,
		displayName: learner.displayName,
		className: String(learner.className ?? '')
	};
}

export function levelAttempt(run: RunSpec): LevelAttempt {
	const { levelId, version, settings, start, seed } = run;
	return {
		kind: 'level',
		item: levelId,
		version,
		// A JSON copy: the settings may be Svelte state proxies, which structuredClone refuses.
		run: JSON.parse(JSON.stringify({ settings, start, seed })) as LevelAttempt['run']
	};
}

export function puzzleAttempt(input: {
	id: string;
	version: number;
	seed: number;
	answers: Record<string, string>;
	hints: number;
	gaveUp: boolean;
}): PuzzleAttempt {
	const { id, version, seed, hints, gaveUp } = input;
	return { kind: 'puzzle', item: id, version, seed, answers: { ...input.answers }, hints, gaveUp };
}

export function quizAttempt(
	question: { id: string; seed: number },
	answer: string | readonly string[]
): QuizAttempt {
	return {
		kind: 'quiz',
		item: question.id,
		seed: question.seed,
		answer: typeof answer === 'string' ? answer : [...answer]
	};
}
