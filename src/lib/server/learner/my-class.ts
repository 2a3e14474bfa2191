// The learner's own class page, from the database: their class's name, their display name, and
// each assignment with its due date and the best verified attempt that counts for it. Every query
// is bounded by the learner id from the session, so one learner never sees another's work.
import type { Kysely } from 'kysely';
import { bestOf, type Best } from '../../classroom/dashboard';
import type { ItemRef } from '../../classroom/items';
import * as assignments from '../db/repos/assignments';
import { toAttempt, type Attempt } from '../db/repos/attempts';
import type { Database } from '../db/schema';

export type { Best };

export interface MyAssignment {
	id: number;
	item: ItemRef;
	dueAt: string | null;
	/** Past its due date and not done yet. */
	overdue: boolean;
	done: boolean;
	/** The best accepted attempt that counts for it, or null when there is none. */
	best: Best | null;
}

export interface MyClass {
	className: string;
	displayName: string;
	assignments: MyAssignment[];
}

/** The learner's display name and class name (approved learners only), or undefined. */
export async function whoAmI(db: Kysely<Database>, learnerId: number) {
	return db
		.selectFrom('learners')
		.innerJoin('classes', 'classes.id', 'learners.class_id')
		.select([
			'learners.class_id as classId',
			'learners.display_name as displayName',
			'classes.name as className'
		])
		.where('learners.id', '=', learnerId)
		.where('learners.status', '=', 'approved')
		.executeTakeFirst();
}

/** Only this learner's accepted, scored attempts: the best first. */
async function acceptedAttempts(db: Kysely<Database>, learnerId: number): Promise<Attempt[]> {
	const rows = await db
		.selectFrom('attempts')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.where('status', '=', 'accepted')
		.where('score', 'is not', null)
		.orderBy('score', 'desc')
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toAttempt);
}

/** The learner's class page, or undefined when the learner is gone or not approved. */
export async function myClass(
	db: Kysely<Database>,
	learnerId: number,
	now = new Date()
): Promise<MyClass | undefined> {
	const me = await whoAmI(db, learnerId);
	if (!me) return undefined;
	const [list, attempts] = await Promise.all([
		assignments.listByClass(db, me.classId),
		acceptedAttempts(db, learnerId)
	]);
	const at = now.toISOString();
	return {
		className: me.className,
		displayName: me.displayName,
		assignments: list.map((a) => {
			const best = bestOf(a.item, attempts);
			const done = best?.passed ?? false;
			const overdue = !done && a.dueAt !== null && a.dueAt < at;
			return { id: a.id, item: a.item, dueAt: a.dueAt, overdue, done, best };
		})
	};
}
