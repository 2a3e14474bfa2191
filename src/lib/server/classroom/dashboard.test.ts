// The dashboard read from the database, on both back ends: attempts go in through the real
// submission path (so each stored verdict is the server's own), and the dashboard shows exactly
// this class's approved learners — never a waiting learner, never another teacher's class.
import { describe, expect, it } from 'vitest';
import { chain } from '../../puzzles';
import { submitAttempt } from '../attempts/submit';
import * as assignments from '../db/repos/assignments';
import * as learners from '../db/repos/learners';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher, unique } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import { DASHBOARD_CSV_COLUMNS, dashboardCsv, dashboardOf } from './dashboard';
import { aFullClass } from './testing';

const mul = chain.makePuzzle('gates.mul', 5);
if (mul.kind !== 'graph') throw new Error('gates.mul is a graph puzzle');
const [x, y, g] = [0, 1, 2].map((id) => mul.graph.nodes[id].value);
// Worked by hand: f = x·y, L = g·f.
const right = { 'l:3:0': `${y}`, 'l:3:1': `${x}`, 'd:3:0': `${g * y}`, 'd:3:1': `${g * x}` };
const swapped = { ...right, 'l:3:0': `${x}`, 'l:3:1': `${y}` };
const body = (answers: Record<string, string>) =>
	JSON.stringify({
		kind: 'puzzle',
		item: 'gates.mul',
		version: 1,
		seed: 5,
		answers,
		hints: 0,
		gaveUp: false
	});

describe.each(backends)('the progress dashboard on $name', (backend) => {
	const db = useDatabase(backend);

	it('shows the server-verified best per learner and assignment, to the owner only', async () => {
		const teacher = await aTeacher(db());
		const made = await aClass(db(), teacher.id, { approveJoins: true });
		const ann = await aLearner(db(), made.joinCode, '=Ann, "the first"');
		const ben = await aLearner(db(), made.joinCode, 'Ben');
		const waiting = await aLearner(db(), made.joinCode, 'Waiting');
		for (const learner of [ann, ben])
			await learners.approve(db(), { learnerId: learner.id, teacherId: teacher.id });
		const tier = { kind: 'puzzle', id: 'gates', version: 1 } as const;
		await assignments.create(db(), { classId: made.id, item: tier, dueAt: null });
		const level = { kind: 'level', id: 'first-step', version: 1 } as const;
		await assignments.create(db(), {
			classId: made.id,
			item: level,
			dueAt: new Date('2020-01-01')
		});
		const as = (learner: typeof ann) => ({
			kind: 'learner' as const,
			learnerId: learner.id,
			classId: made.id,
			displayName: learner.displayName
		});
		const sent = [
			await submitAttempt(db(), as(ann), unique('key'), body(swapped)),
			await submitAttempt(db(), as(ann), unique('key'), body(right)),
			await submitAttempt(db(), as(ben), unique('key'), body(swapped))
		];
		expect(sent.map((r) => r.status)).toEqual([201, 201, 201]);
		const theirs = await aFullClass(db());

		const ref = { teacherId: teacher.id, classId: made.id };
		const dashboard = await dashboardOf(db(), ref, new Date('2026-01-01T00:00:00Z'));
		expect(dashboard).toBeDefined();
		const board = dashboard!;
		expect(board.pending).toBe(1);
		// Approved learners only, by name; the waiting learner and the other class are absent.
		expect(board.rows.map((r) => r.learner.id)).toEqual([ann.id, ben.id]);
		expect(board.rows.some((r) => r.learner.id === waiting.id)).toBe(false);
		// Assignments soonest due first: the (overdue) level, then the undated tier.
		expect(board.assignments.map((a) => a.item.id)).toEqual(['first-step', 'gates']);
		const cells = board.rows.map((r) =>
			r.cells.map((c) => [c.status, c.score, c.attempts, c.overdue])
		);
		expect(cells).toEqual([
			[
				['not-started', null, 0, true],
				['done', 1, 2, false]
			],
			[
				['not-started', null, 0, true],
				['started', 0.5, 1, false]
			]
		]);
		expect(board.items[1].mistakes).toEqual([
			{ mistake: { kind: 'puzzle', id: 'mul-swapped' }, learners: 2, attempts: 2 }
		]);

		// Another teacher asking for this class, or this teacher for theirs: nothing.
		const stranger = { teacherId: theirs.teacherId, classId: made.id };
		expect(await dashboardOf(db(), stranger)).toBeUndefined();
		expect(await dashboardOf(db(), { ...ref, classId: theirs.class.id })).toBeUndefined();

		// The CSV: a row per learner and assignment; a name that looks like a formula is defused.
		const csv = dashboardCsv(board, (a) => ({ title: a.item.id, due: null }));
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe(DASHBOARD_CSV_COLUMNS.join(','));
		expect(lines).toHaveLength(1 + 2 * 2);
		expect(lines[1].startsWith(`${ann.id},"'=Ann, ""the first""",`)).toBe(true);
		const fields = lines[2].split(',').slice(-7);
		expect(fields.slice(0, 6)).toEqual(['done', 'no', '1', '3', '2', '0']);
		expect(fields[6]).toMatch(/^\d{4}-\d\d-\d\dT/);
	});
});
