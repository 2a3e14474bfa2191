// Assignments: an item (level, puzzle or quiz at one version) set for a class, with a due date.
import type { Kysely } from 'kysely';
import type { AssignmentRow, Database } from '../schema';
import { instant, type ItemRef } from './codec';

export interface Assignment {
	id: number;
	classId: number;
	item: ItemRef;
	dueAt: string | null;
	createdAt: string;
}

const toAssignment = (row: AssignmentRow): Assignment => ({
	id: row.id,
	classId: row.class_id,
	item: { kind: row.item_kind, id: row.item_id, version: row.item_version },
	dueAt: row.due_at,
	createdAt: row.created_at
});

/** The new assignment, or null when the class already has this item at this version. */
export async function create(
	db: Kysely<Database>,
	input: { classId: number; item: ItemRef; dueAt?: Date | null; now?: Date }
): Promise<Assignment | null> {
	const row = await db
		.insertInto('assignments')
		.values({
			class_id: input.classId,
			item_kind: input.item.kind,
			item_id: input.item.id,
			item_version: input.item.version,
			due_at: input.dueAt ? instant(input.dueAt) : null,
			created_at: instant(input.now ?? new Date())
		})
		.onConflict((oc) =>
			oc.columns(['class_id', 'item_kind', 'item_id', 'item_version']).doNothing()
		)
		.returningAll()
		.executeTakeFirst();
	return row ? toAssignment(row) : null;
}

/** Soonest due first; those without a due date last (the same order on both back ends). */
export async function listByClass(db: Kysely<Database>, classId: number): Promise<Assignment[]> {
	const rows = await db
		.selectFrom('assignments')
		.selectAll()
		.where('class_id', '=', classId)
		.orderBy('due_at', (ob) => ob.asc().nullsLast())
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toAssignment);
}
