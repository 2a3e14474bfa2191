// Who the pages should submit attempts for: the signed-in learner's display name and class name,
// or null for everyone else (nobody, a teacher). Pages only ever learn these two names.
import type { Kysely } from 'kysely';
import type { Principal } from '../auth/service';
import type { Database } from '../db/schema';

export interface LearnerBanner {
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
	return row ? { displayName: principal.displayName, className: row.name } : null;
}
