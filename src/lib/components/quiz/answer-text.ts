// The right answer of a question in words, for the feedback after a miss: the number as a learner
// would write it (whole numbers in full), the choice's text, or the items in their right order.
import { show } from '$lib/puzzles/numbers';
import type { Choice, NumericQuestion } from '$lib/puzzles/quiz/types';

/** A numeric answer as shown: whole numbers exactly (196, 50000), others to 4 significant digits. */
export function numberText(q: Pick<NumericQuestion, 'answer'>): string {
	if (Number.isInteger(q.answer)) return String(q.answer).replace('-', '−');
	return show(q.answer, 4);
}

/** The choices in the order `ids` gives (ids that name no choice are left out). */
export function inOrder(choices: readonly Choice[], ids: readonly string[]): Choice[] {
	const byId = new Map(choices.map((c) => [c.id, c]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}
