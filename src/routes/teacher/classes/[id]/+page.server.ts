// One class: the roster (approve a waiting learner; removing goes through a confirmation page), the
// join code with its expiry (renew, new code, lock, approval), and the assignments. Every load and
// action starts with who is asking, then asks for the class by teacher id (404 if not theirs).
import { fail, type RequestEvent } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/service';
import { formatJoinCode } from '$lib/server/auth/codes';
import * as classroom from '$lib/server/classroom';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ id: string }>;

/** The signed-in teacher and the class id of the URL, or a redirect / 404. */
async function who(event: Event) {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const ctx = await classroom.contextOf(event);
	return { ctx, db: ctx.db, ref: { teacherId, classId } };
}

export const load: PageServerLoad = async (event) => {
	const { db, ref } = await who(event);
	const found = await classroom.classOf(db, ref);
	if (!found) classroom.notFound();
	const now = new Date();
	const expiresAt = found.joinCodeExpiresAt;
	const assignments = await classroom.assignmentsOf(db, ref);
	return {
		class: {
			id: found.id,
			name: found.name,
			joinCode: formatJoinCode(found.joinCode),
			expiresAt,
			expired: expiresAt !== null && expiresAt <= now.toISOString(),
			locked: found.locked,
			approveJoins: found.approveJoins
		},
		learners: await classroom.rosterOf(db, ref),
		assignments: assignments.map((a) => ({
			id: a.id,
			kind: a.item.kind,
			itemId: a.item.id,
			title: classroom.titleOf(a.item) ?? null,
			due: a.dueAt && classroom.dueDateOf(a.dueAt)
		})),
		catalogue: classroom.optionGroups(),
		dueRange: { min: classroom.earliestDueDate(now), max: classroom.latestDueDate(now) }
	};
};

const DUE_WORDS = {
	'item-unknown': m.teacher_item_unknown,
	'due-missing': m.teacher_due_missing,
	'due-format': m.teacher_due_format,
	'due-past': m.teacher_due_past,
	'due-far': m.teacher_due_far
} satisfies Record<classroom.AssignmentProblem, () => string>;

/** An action's form value as text (absent → ''), capped so a huge field costs nothing. */
const text = (form: FormData, name: string) => String(form.get(name) ?? '').slice(0, 200);

export const actions: Actions = {
	approve: async (event) => {
		const { db, ref } = await who(event);
		const learnerId = classroom.idParam(text(await event.request.formData(), 'learnerId'));
		if (!(await classroom.approveLearner(db, { ...ref, learnerId }))) classroom.notFound();
		return { action: 'approve' as const, done: true };
	},
	renew: async (event) => {
		const { ctx, ref } = await who(event);
		const newCode = text(await event.request.formData(), 'newCode') === 'on';
		const done = await auth.renewJoinCode(ctx, ref.teacherId, { classId: ref.classId, newCode });
		if (!done.ok) classroom.notFound();
		return { action: newCode ? ('new-code' as const) : ('renew' as const), done: true };
	},
	lock: async (event) => {
		const { ctx, ref } = await who(event);
		const locked = text(await event.request.formData(), 'locked') === 'on';
		const done = await auth.setClassLocked(ctx, ref.teacherId, { classId: ref.classId, locked });
		if (!done.ok) classroom.notFound();
		return { action: locked ? ('locked' as const) : ('unlocked' as const), done: true };
	},
	approveJoins: async (event) => {
		const { ctx, ref } = await who(event);
		const approveJoins = text(await event.request.formData(), 'approveJoins') === 'on';
		const input = { classId: ref.classId, approveJoins };
		const done = await auth.setApproveJoins(ctx, ref.teacherId, input);
		if (!done.ok) classroom.notFound();
		return { action: 'approve-joins' as const, done: true };
	},
	addAssignment: async (event) => {
		const { db, ref } = await who(event);
		const form = await event.request.formData();
		const values = { item: text(form, 'item'), due: text(form, 'due') };
		const parsed = classroom.parseAssignment(values, classroom.knownKeys(), new Date());
		if (!parsed.ok) {
			const errors: Partial<Record<'item' | 'due', string>> = {};
			for (const [field, code] of Object.entries(parsed.problems)) {
				errors[field as 'item' | 'due'] = DUE_WORDS[code]();
			}
			return fail(400, { action: 'add' as const, values, errors });
		}
		const item = classroom.itemByKey(parsed.value.itemKey)!;
		const chosen = { kind: item.kind, id: item.id, version: item.version };
		const dueAt = parsed.value.dueAt;
		const added = await classroom.addAssignment(db, ref, { item: chosen, dueAt });
		if (!added.ok && added.reason === 'not-found') classroom.notFound();
		if (!added.ok) {
			const errors = { item: m.teacher_item_duplicate() };
			return fail(400, { action: 'add' as const, values, errors });
		}
		return { action: 'add' as const, done: true };
	},
	removeAssignment: async (event) => {
		const { db, ref } = await who(event);
		const assignmentId = classroom.idParam(text(await event.request.formData(), 'assignmentId'));
		if (!(await classroom.removeAssignment(db, { ...ref, assignmentId }))) classroom.notFound();
		return { action: 'remove-assignment' as const, done: true };
	}
};
