import { describe, expect, it } from 'vitest';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import * as learners from '../db/repos/learners';
import * as assignments from '../db/repos/assignments';
import * as classroom from './index';
import { aFullClass, ITEM } from './testing';

describe.each(backends)('teacher reads on $name', (backend) => {
	const db = useDatabase(backend);

	it('lists a teacher’s own classes with their learner and waiting counts', async () => {
		const teacher = await aTeacher(db());
		const open = await aClass(db(), teacher.id, { now: new Date('2025-01-01T00:00:00Z') });
		const gated = await aClass(db(), teacher.id, {
			approveJoins: true,
			now: new Date('2025-01-02T00:00:00Z')
		});
		const empty = await aClass(db(), teacher.id, { now: new Date('2025-01-03T00:00:00Z') });
		for (let i = 0; i < 3; i++) await aLearner(db(), open.joinCode);
		const waiting = [await aLearner(db(), gated.joinCode), await aLearner(db(), gated.joinCode)];
		await learners.approve(db(), { learnerId: waiting[0].id, teacherId: teacher.id });
		await aFullClass(db()); // someone else's
		const listed = await classroom.classesOf(db(), teacher.id);
		expect(listed.map((c) => [c.id, c.learners, c.pending])).toEqual([
			[open.id, 3, 0],
			[gated.id, 2, 1],
			[empty.id, 0, 0]
		]);
		expect(listed[1]).toMatchObject({ name: gated.name, approveJoins: true, locked: false });
	});

	it('shows a class, its roster, a learner and the assignments to the owner only', async () => {
		const mine = await aFullClass(db());
		const theirs = await aFullClass(db());
		const ref = { teacherId: mine.teacherId, classId: mine.class.id };
		const stranger = { teacherId: theirs.teacherId, classId: mine.class.id };
		expect(await classroom.classOf(db(), ref)).toEqual(mine.class);
		expect(await classroom.classOf(db(), stranger)).toBeUndefined();
		const names = mine.learners.map((l) => l.displayName).sort();
		expect((await classroom.rosterOf(db(), ref)).map((l) => l.displayName)).toEqual(names);
		expect(await classroom.rosterOf(db(), stranger)).toEqual([]);
		const learnerId = mine.learners[0].id;
		expect(await classroom.learnerOf(db(), { ...ref, learnerId })).toEqual(mine.learners[0]);
		expect(await classroom.learnerOf(db(), { ...stranger, learnerId })).toBeUndefined();
		// The owner's other class is not this learner's class either.
		const other = await aClass(db(), mine.teacherId);
		const wrongClass = { ...ref, classId: other.id, learnerId };
		expect(await classroom.learnerOf(db(), wrongClass)).toBeUndefined();
		expect((await classroom.assignmentsOf(db(), ref)).map((a) => a.item)).toEqual([ITEM]);
		expect(await classroom.assignmentsOf(db(), stranger)).toEqual([]);
	});

	it('lists assignments by due date, soonest first, as the repository does', async () => {
		const teacher = await aTeacher(db());
		const made = await aClass(db(), teacher.id);
		const due = ['2031-05-01', '2030-02-01', '2030-11-15'];
		for (const [i, day] of due.entries()) {
			await assignments.create(db(), {
				classId: made.id,
				item: { kind: 'quiz', id: `concept-${i}`, version: 1 },
				dueAt: new Date(`${day}T23:59:59.999Z`)
			});
		}
		const listed = await classroom.assignmentsOf(db(), { teacherId: teacher.id, classId: made.id });
		expect(listed.map((a) => a.dueAt?.slice(0, 10))).toEqual([...due].sort());
		expect(listed).toEqual(await assignments.listByClass(db(), made.id));
	});
});
