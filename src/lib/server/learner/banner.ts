// Who the pages should submit attempts for: the signed-in learner's display name, class name and
// id, or null for everyone else (nobody, a teacher). The id (their own) tags what the browser's
// outbox keeps for them, so a shared device never sends one learner's work in another's session.
import type { Kysely } from 'kysely';
import type { Principal } from '../auth/service';
import type { Database } from '../db/schema';

export interface LearnerBanner {
	learnerId: number;
	displayName: string;
	className: string;
}

export async function learnerBanner(
	db: Kysely<Database>,
	principal: Principal | null
): Promise<LearnerBanner | null> {
	if (principal?.kind !== 'learner') return null;
	const row = await db
		.selectFrom('classes')
		.select('name')
		.where('id', '=', principal.classId)
		.executeTakeFirst();
	return row
		? { learnerId: principal.learnerId, displayName: principal.displayName, className: row.name }
		: null;
}
