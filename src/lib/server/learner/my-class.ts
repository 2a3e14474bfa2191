// The learner's own class page, from the database: their class's name, their display name, and
// each assignment with its due date and the best verified attempt that counts for it. Every query
// is bounded by the learner id from the session, so one learner never sees another's work.
import type { Kysely } from 'kysely';
import { itemMatches, type ItemRef } from '../../classroom/items';
import * as assignments from '../db/repos/assignments';
import { toAttempt, type Attempt } from '../db/repos/attempts';
import type { Database } from '../db/schema';

export interface Best {
	score: number;
	stars: number;
	/** The server's own judgement (its stored verdict said passed, or it gave a star). */
	passed: boolean;
}

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

/** Whether the stored verdict says the attempt passed; without one, a star counts as passing. */
function passedOf(attempt: Attempt): boolean {
	const result = attempt.result as { passed?: unknown } | null;
	if (result && typeof result === 'object' && typeof result.passed === 'boolean') {
		return result.passed;
	}
	return (attempt.stars ?? 0) > 0;
}

/** The best of the matching attempts: most stars, then highest score (ties: the earliest). */
function bestFor(item: ItemRef, attempts: readonly Attempt[]): Best | null {
	let best: Best | null = null;
	for (const attempt of attempts) {
		if (!itemMatches(item, attempt.item)) continue;
		const candidate = {
			score: attempt.score ?? 0,
			stars: attempt.stars ?? 0,
			passed: passedOf(attempt)
		};
		const better: boolean =
			!best ||
			candidate.stars > best.stars ||
			(candidate.stars === best.stars && candidate.score > best.score);
		best = better ? candidate : { ...best!, passed: best!.passed || candidate.passed };
	}
	return best;
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
			const best = bestFor(a.item, attempts);
			const done = best?.passed ?? false;
			const overdue = !done && a.dueAt !== null && a.dueAt < at;
			return { id: a.id, item: a.item, dueAt: a.dueAt, overdue, done, best };
		})
	};
}
