// "My class" on both back ends: the right assignments with due dates, the best verified attempt
// per assignment (accepted only, matched by item), and never anything of another learner.
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../levels';
import { chain, quiz } from '../../puzzles';
import * as assignments from '../db/repos/assignments';
import * as attempts from '../db/repos/attempts';
import type { ItemRef } from '../db/repos/codec';
import * as learners from '../db/repos/learners';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import { learnerBanner } from './banner';
import { myClass } from './my-class';

const NOW = new Date('2025-05-10T12:00:00.000Z');
const [L1, L2] = LEVELS;
const LEVEL_1: ItemRef = { kind: 'level', id: L1.id, version: L1.version };
const LEVEL_2: ItemRef = { kind: 'level', id: L2.id, version: L2.version };
const TIER = chain.TIERS[0];
const TIER_ITEM: ItemRef = { kind: 'puzzle', id: TIER.id, version: 1 };
const PUZZLE_IN_TIER: ItemRef = { kind: 'puzzle', id: TIER.puzzles[0].id, version: 1 };
const CONCEPT = quiz.CONCEPTS[0];
const CONCEPT_ITEM: ItemRef = { kind: 'quiz', id: CONCEPT.id, version: 1 };

describe.each(backends)('my class on $name', (backend) => {
	const db = useDatabase(backend);

	async function aClassroom() {
		const teacher = await aTeacher(db());
		const klass = await aClass(db(), teacher.id, { name: '5-2 <i>Maple</i>' });
		const me = await aLearner(db(), klass.joinCode, '<script>alert(1)</script>');
		const classmate = await aLearner(db(), klass.joinCode);
		const add = (item: ItemRef, dueAt: Date | null, minute: number) =>
			assignments.create(db(), {
				classId: klass.id,
				item,
				dueAt,
				now: new Date(NOW.getTime() - 86_400_000 + minute * 60_000)
			});
		await add(LEVEL_1, new Date('2025-05-09T08:00:00.000Z'), 1); // due yesterday, will be done
		await add(LEVEL_2, new Date('2025-05-09T09:00:00.000Z'), 2); // due yesterday, not done
		await add(TIER_ITEM, new Date('2025-05-11T08:00:00.000Z'), 3); // due tomorrow
		await add(CONCEPT_ITEM, null, 4);
		return { teacher, klass, me, classmate };
	}

	const attempt = (
		learnerId: number,
		item: ItemRef,
		score: number | null,
		stars: number | null,
		extra: Partial<attempts.NewAttempt> = {}
	) =>
		attempts.insert(db(), {
			learnerId,
			item,
			submission: {},
			result: { passed: (stars ?? 0) > 0 },
			score,
			stars,
			status: 'accepted',
			...extra
		});

	it('lists the class, the name as typed, and each assignment with what the server found', async () => {
		const { me, classmate } = await aClassroom();
		await attempt(me.id, LEVEL_1, 0.4, 1);
		await attempt(me.id, LEVEL_1, 0.9, 3);
		// Ignored: rejected, another version, and the classmate's work.
		await attempt(me.id, LEVEL_2, 1, 3, { status: 'rejected' });
		await attempt(me.id, { ...LEVEL_2, version: L2.version + 1 }, 1, 3);
		await attempt(classmate.id, LEVEL_2, 1, 3);
		await attempt(classmate.id, CONCEPT_ITEM, 1, 3);
		// A puzzle of the assigned tier counts for the tier; a failed try is "tried, not done".
		await attempt(me.id, PUZZLE_IN_TIER, 0.5, 0);

		const view = await myClass(db(), me.id, NOW);
		expect(view).toEqual({
			className: '5-2 <i>Maple</i>',
			displayName: '<script>alert(1)</script>',
			assignments: [
				{
					id: expect.any(Number),
					item: LEVEL_1,
					dueAt: '2025-05-09T08:00:00.000Z',
					overdue: false,
					done: true,
					best: { score: 0.9, stars: 3, passed: true }
				},
				{
					id: expect.any(Number),
					item: LEVEL_2,
					dueAt: '2025-05-09T09:00:00.000Z',
					overdue: true,
					done: false,
					best: null
				},
				{
					id: expect.any(Number),
					item: TIER_ITEM,
					dueAt: '2025-05-11T08:00:00.000Z',
					overdue: false,
					done: false,
					best: { score: 0.5, stars: 0, passed: false }
				},
				{
					id: expect.any(Number),
					item: CONCEPT_ITEM,
					dueAt: null,
					overdue: false,
					done: false,
					best: null
				}
			]
		});
		// The classmate sees their own work on the same assignments, not mine.
		const theirs = await myClass(db(), classmate.id, NOW);
		expect(theirs?.assignments.map((a) => a.done)).toEqual([false, true, false, true]);
	});

	it('shows another class nothing of this one, and a waiting learner no class at all', async () => {
		const { me } = await aClassroom();
		const other = await aClass(db(), (await aTeacher(db())).id, { approveJoins: true });
		const stranger = await aLearner(db(), other.joinCode);
		await attempt(me.id, LEVEL_1, 1, 3);
		expect(stranger.status).toBe('pending');
		expect(await myClass(db(), stranger.id, NOW)).toBeUndefined();
		const teacherId = other.teacherId;
		await learners.approve(db(), { learnerId: stranger.id, teacherId });
		expect(await myClass(db(), stranger.id, NOW)).toEqual({
			className: other.name,
			displayName: stranger.displayName,
			assignments: []
		});
		expect(await myClass(db(), 2 ** 31 - 1, NOW)).toBeUndefined();
	});

	it('gives the layout the learner id, name and class name, and nothing for a teacher or nobody', async () => {
		const { klass, me, teacher } = await aClassroom();
		const learner = {
			kind: 'learner' as const,
			learnerId: me.id,
			classId: klass.id,
			displayName: me.displayName
		};
		expect(await learnerBanner(db(), learner)).toEqual({
			learnerId: me.id,
			displayName: '<script>alert(1)</script>',
			className: '5-2 <i>Maple</i>'
		});
		const asTeacher = { kind: 'teacher' as const, teacherId: teacher.id, login: 'x@y.example' };
		expect(await learnerBanner(db(), asTeacher)).toBeNull();
		expect(await learnerBanner(db(), null)).toBeNull();
	});
});
