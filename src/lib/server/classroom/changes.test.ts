import { describe, expect, it } from 'vitest';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import * as classroom from './index';
import { aFullClass, rowsOfClass, rowsOfLearners } from './testing';

const DUE = new Date('2030-06-30T23:59:59.999Z');
const quizItem = { kind: 'quiz', id: 'learning-rate', version: 1 } as const;

describe.each(backends)('teacher changes on $name', (backend) => {
	const db = useDatabase(backend);
	const assignmentRows = async (classId: number) =>
		db().selectFrom('assignments').selectAll().where('class_id', '=', classId).execute();

	it('adds an assignment to the owner’s class only, once per item', async () => {
		const owner = await aTeacher(db());
		const stranger = await aTeacher(db());
		const made = await aClass(db(), owner.id);
		const ref = { teacherId: owner.id, classId: made.id };
		const refused = await classroom.addAssignment(
			db(),
			{ ...ref, teacherId: stranger.id },
			{ item: quizItem, dueAt: DUE }
		);
		expect(refused).toEqual({ ok: false, reason: 'not-found' });
		expect(await assignmentRows(made.id)).toEqual([]);
		const now = new Date('2030-01-01T10:00:00.000Z');
		const added = await classroom.addAssignment(db(), ref, { item: quizItem, dueAt: DUE, now });
		expect(added).toMatchObject({ ok: true, assignment: { classId: made.id, item: quizItem } });
		expect(await assignmentRows(made.id)).toEqual([
			{
				id: added.ok ? added.assignment.id : -1,
				class_id: made.id,
				item_kind: 'quiz',
				item_id: 'learning-rate',
				item_version: 1,
				due_at: DUE.toISOString(),
				created_at: now.toISOString()
			}
		]);
		const again = await classroom.addAssignment(db(), ref, { item: quizItem, dueAt: DUE });
		expect(again).toEqual({ ok: false, reason: 'duplicate' });
		const missing = { ...ref, classId: 2 ** 31 - 1 };
		const none = await classroom.addAssignment(db(), missing, { item: quizItem, dueAt: DUE });
		expect(none).toEqual({ ok: false, reason: 'not-found' });
	});

	it('removes an assignment only for its own class and teacher', async () => {
		const mine = await aFullClass(db());
		const theirs = await aFullClass(db());
		const [assignment] = await assignmentRows(mine.class.id);
		const remove = (teacherId: number, classId: number) =>
			classroom.removeAssignment(db(), { teacherId, classId, assignmentId: assignment.id });
		expect(await remove(theirs.teacherId, mine.class.id)).toBe(false);
		expect(await remove(theirs.teacherId, theirs.class.id)).toBe(false);
		const otherOfMine = await aClass(db(), mine.teacherId);
		expect(await remove(mine.teacherId, otherOfMine.id)).toBe(false);
		expect(await assignmentRows(mine.class.id)).toHaveLength(1);
		expect(await remove(mine.teacherId, mine.class.id)).toBe(true);
		expect(await assignmentRows(mine.class.id)).toEqual([]);
		expect(await assignmentRows(theirs.class.id)).toHaveLength(1);
	});

	it('deletes a learner with every row about them, and nobody else’s', async () => {
		const mine = await aFullClass(db());
		const theirs = await aFullClass(db());
		const [doomed, kept] = mine.learners.map((l) => l.id);
		const ref = { teacherId: mine.teacherId, classId: mine.class.id, learnerId: doomed };
		expect(await rowsOfLearners(db(), [doomed])).toEqual([1, 1, 1, 1]);
		expect(await classroom.deleteLearner(db(), { ...ref, teacherId: theirs.teacherId })).toBe(
			false
		);
		const otherOfMine = await aClass(db(), mine.teacherId);
		expect(await classroom.deleteLearner(db(), { ...ref, classId: otherOfMine.id })).toBe(false);
		expect(await rowsOfLearners(db(), [doomed])).toEqual([1, 1, 1, 1]);
		expect(await classroom.deleteLearner(db(), ref)).toBe(true);
		expect(await rowsOfLearners(db(), [doomed])).toEqual([0, 0, 0, 0]);
		expect(await rowsOfLearners(db(), [kept])).toEqual([1, 1, 1, 1]);
		expect(
			await rowsOfLearners(
				db(),
				theirs.learners.map((l) => l.id)
			)
		).toEqual([2, 2, 2, 2]);
		expect(await classroom.deleteLearner(db(), ref)).toBe(false);
	});

	it('deletes a whole class with its learners, their rows and its assignments', async () => {
		const mine = await aFullClass(db());
		const theirs = await aFullClass(db());
		const ids = mine.learners.map((l) => l.id);
		const ref = { teacherId: mine.teacherId, classId: mine.class.id };
		expect(await classroom.deleteClass(db(), { ...ref, teacherId: theirs.teacherId })).toBe(false);
		expect(await rowsOfClass(db(), mine.class.id)).toEqual([1, 1]);
		expect(await rowsOfLearners(db(), ids)).toEqual([2, 2, 2, 2]);
		expect(await classroom.deleteClass(db(), ref)).toBe(true);
		expect(await rowsOfClass(db(), mine.class.id)).toEqual([0, 0]);
		expect(await rowsOfLearners(db(), ids)).toEqual([0, 0, 0, 0]);
		expect(await rowsOfClass(db(), theirs.class.id)).toEqual([1, 1]);
		expect(
			await rowsOfLearners(
				db(),
				theirs.learners.map((l) => l.id)
			)
		).toEqual([2, 2, 2, 2]);
	});

	it('approves a waiting learner of this class for its teacher only', async () => {
		const owner = await aTeacher(db());
		const stranger = await aTeacher(db());
		const made = await aClass(db(), owner.id, { approveJoins: true });
		const learner = await aLearner(db(), made.joinCode);
		const ref = { teacherId: owner.id, classId: made.id, learnerId: learner.id };
		const status = async () =>
			(
				await db()
					.selectFrom('learners')
					.select('status')
					.where('id', '=', learner.id)
					.executeTakeFirstOrThrow()
			).status;
		expect(await status()).toBe('pending');
		expect(await classroom.approveLearner(db(), { ...ref, teacherId: stranger.id })).toBe(false);
		expect(await status()).toBe('pending');
		expect(await classroom.approveLearner(db(), ref)).toBe(true);
		expect(await status()).toBe('approved');
	});
});
