// What a teacher reads about their classes: a class, its roster, one learner, its assignments.
// Every query takes the signed-in teacher's id and filters by it inside the SQL (a join or a
// sub-select on classes.teacher_id), so another teacher's id never yields a row: there is no
// "fetch, then check the owner" step that a forgotten check could skip.
import type { Kysely } from 'kysely';
import type { Database, LearnerRow } from '../db/schema';
import { toClass, type ClassInfo } from '../db/repos/classes';
import type { Learner } from '../db/repos/learners';
import type { Assignment } from '../db/repos/assignments';

export type { Assignment, ClassInfo, Learner };

const toLearner = (row: LearnerRow): Learner => ({
	id: row.id,
	classId: row.class_id,
	displayName: row.display_name,
	status: row.status,
	createdAt: row.created_at
});

/** The ids of this teacher's classes, as a sub-query. */
export const ownedClassIds = (db: Kysely<Database>, teacherId: number) =>
	db.selectFrom('classes').select('classes.id').where('classes.teacher_id', '=', teacherId);

export interface ClassSummary extends ClassInfo {
	learners: number;
	pending: number;
}

/** The teacher's classes, oldest first, with how many learners each has and how many wait. */
export async function classesOf(db: Kysely<Database>, teacherId: number): Promise<ClassSummary[]> {
	const rows = await db
		.selectFrom('classes')
		.leftJoin('learners', 'learners.class_id', 'classes.id')
		.selectAll('classes')
		.select((eb) => [
			eb.fn.count<number | string>('learners.id').as('learner_count'),
			eb.fn
				.sum<number | string | null>(
					eb.case().when('learners.status', '=', 'pending').then(1).else(0).end()
				)
				.as('pending_count')
		])
		.where('classes.teacher_id', '=', teacherId)
		.groupBy('classes.id')
		.orderBy('classes.created_at')
		.orderBy('classes.id')
		.execute();
	return rows.map(({ learner_count, pending_count, ...row }) => ({
		...toClass(row),
		learners: Number(learner_count),
		pending: Number(pending_count ?? 0)
	}));
}

export interface ClassRef {
	teacherId: number;
	classId: number;
}

/** The class when it is this teacher's; otherwise undefined (whether or not it exists). */
export async function classOf(
	db: Kysely<Database>,
	{ teacherId, classId }: ClassRef
): Promise<ClassInfo | undefined> {
	const row = await db
		.selectFrom('classes')
		.selectAll()
		.where('id', '=', classId)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return row && toClass(row);
}

/** The learners of one of the teacher's classes, by name (empty for anyone else's class). */
export async function rosterOf(db: Kysely<Database>, ref: ClassRef): Promise<Learner[]> {
	const rows = await db
		.selectFrom('learners')
		.innerJoin('classes', 'classes.id', 'learners.class_id')
		.selectAll('learners')
		.where('classes.id', '=', ref.classId)
		.where('classes.teacher_id', '=', ref.teacherId)
		.orderBy('learners.display_name')
		.orderBy('learners.id')
		.execute();
	return rows.map(toLearner);
}

export interface LearnerRef extends ClassRef {
	learnerId: number;
}

/** One learner of one of the teacher's classes, or undefined. */
export async function learnerOf(
	db: Kysely<Database>,
	ref: LearnerRef
): Promise<Learner | undefined> {
	const row = await db
		.selectFrom('learners')
		.innerJoin('classes', 'classes.id', 'learners.class_id')
		.selectAll('learners')
		.where('learners.id', '=', ref.learnerId)
		.where('classes.id', '=', ref.classId)
		.where('classes.teacher_id', '=', ref.teacherId)
		.executeTakeFirst();
	return row && toLearner(row);
}

/** The class's assignments, soonest due first, undated last (empty for anyone else's class). */
export async function assignmentsOf(db: Kysely<Database>, ref: ClassRef): Promise<Assignment[]> {
	const rows = await db
		.selectFrom('assignments')
		.innerJoin('classes', 'classes.id', 'assignments.class_id')
		.selectAll('assignments')
		.where('classes.id', '=', ref.classId)
		.where('classes.teacher_id', '=', ref.teacherId)
		.orderBy('assignments.due_at', (ob) => ob.asc().nullsLast())
		.orderBy('assignments.created_at')
		.orderBy('assignments.id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		classId: row.class_id,
		item: { kind: row.item_kind, id: row.item_id, version: row.item_version },
		dueAt: row.due_at,
		createdAt: row.created_at
	}));
}

/** How many attempts a learner of this class has made (0 for anyone else's learner). */
export async function attemptCountOf(db: Kysely<Database>, ref: LearnerRef): Promise<number> {
	const row = await db
		.selectFrom('attempts')
		.innerJoin('learners', 'learners.id', 'attempts.learner_id')
		.innerJoin('classes', 'classes.id', 'learners.class_id')
		.select((eb) => eb.fn.countAll<number | string>().as('n'))
		.where('learners.id', '=', ref.learnerId)
		.where('classes.id', '=', ref.classId)
		.where('classes.teacher_id', '=', ref.teacherId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
