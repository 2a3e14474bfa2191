// Sign-in cards. Only a hash of each learner's code is stored, so a card cannot be printed again:
// printing means issuing NEW codes, which ends the chosen learners' sessions (their old cards stop
// working). The page says so and asks to confirm before calling this.
import * as auth from '../auth/service';
import type { AuthContext } from '../auth/service';
import { rosterOf, type ClassRef } from './queries';

export interface Card {
	learnerId: number;
	displayName: string;
	/** The four words, e.g. river-candle-tiger-plum. */
	signInCode: string;
}

/**
 * New codes for the chosen learners of one of the teacher's classes, in roster order. Ids that are
 * not in this class (or not this teacher's) are ignored; each code is issued by the auth module,
 * which also ends the learner's sessions.
 */
export async function issueCards(
	ctx: AuthContext,
	ref: ClassRef,
	learnerIds: readonly number[]
): Promise<Card[]> {
	const wanted = new Set(learnerIds);
	const chosen = (await rosterOf(ctx.db, ref)).filter((l) => wanted.has(l.id));
	const cards: Card[] = [];
	for (const learner of chosen) {
		const issued = await auth.regenerateSignInCode(ctx, ref.teacherId, { learnerId: learner.id });
		if (issued.ok) {
			cards.push({
				learnerId: learner.id,
				displayName: learner.displayName,
				signInCode: issued.signInCode
			});
		}
	}
	return cards;
}
