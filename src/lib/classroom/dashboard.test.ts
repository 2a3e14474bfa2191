// The dashboard from real verdicts: each attempt below is what the server stores after
// verifyAttempt re-ran it, and every expected number is counted by hand from the class described
// in the comments (who did what), not read back from the code under test.
import { describe, expect, it } from 'vitest';
import { getLevel } from '../levels';
import { chain, quiz } from '../puzzles';
import type { AttemptPayload, LevelDetails } from './attempt';
import { attemptItem } from './attempt';
import {
	bestOf,
	buildDashboard,
	mistakesOf,
	type DashboardAssignment,
	type DashboardAttempt
} from './dashboard';
import { arrange, DEFAULT_VIEW, parseView, viewQuery, type View } from './dashboard-view';
import { verifyAttempt } from './verify';

const NOW = new Date('2026-03-10T12:00:00.000Z');
let clock = Date.parse('2026-03-01T08:00:00.000Z');

/** Verifies the payload as the server does and stores it as the attempts table would. */
function stored(learnerId: number, payload: AttemptPayload): DashboardAttempt {
	const verdict = verifyAttempt(payload);
	const accepted = verdict.status === 'accepted';
	clock += 60_000;
	return {
		learnerId,
		item: attemptItem(payload),
		status: verdict.status,
		score: accepted ? verdict.score : null,
		stars: accepted ? verdict.stars : null,
		createdAt: new Date(clock).toISOString(),
		result: JSON.parse(JSON.stringify(verdict)),
		seed: 'seed' in payload ? payload.seed : undefined
	};
}

const level = getLevel('first-step');
const levelRun = (lr: number, claim?: { steps: number; finalLoss: number }) => ({
	kind: 'level' as const,
	item: 'first-step',
	version: level.version,
	run: { settings: { name: 'gd' as const, lr }, start: { w: -3 }, seed: 0 },
	...(claim ? { claim } : {})
});

const mul = chain.makePuzzle('gates.mul', 5);
if (mul.kind !== 'graph') throw new Error('gates.mul is a graph puzzle');
const [x, y, g] = [0, 1, 2].map((id) => mul.graph.nodes[id].value);
// f = x·y, L = g·f: ∂f/∂x = y, ∂f/∂y = x; f sends g·y to x and g·x to y (worked by hand).
const mulRight = {
	'l:3:0': String(y),
	'l:3:1': String(x),
	'd:3:0': String(g * y),
	'd:3:1': String(g * x)
};
const mulSwapped = { ...mulRight, 'l:3:0': String(x), 'l:3:1': String(y) };
const puzzle = (answers: Record<string, string>) => ({
	kind: 'puzzle' as const,
	item: 'gates.mul',
	version: 1,
	seed: 5,
	answers,
	hints: 0,
	gaveUp: false
});

const iterations = quiz.makeQuestion('batches.iterations', 7);
const { size, batch } = iterations.params as { size: number; batch: number };
const quizAnswer = (answer: string, seed = 7) => ({
	kind: 'quiz' as const,
	item: 'batches.iterations',
	seed,
	answer
});

// The class: three assignments, the level overdue (due 1 March), the others due later or never.
const assignments: DashboardAssignment[] = [
	{
		id: 11,
		item: { kind: 'level', id: 'first-step', version: level.version },
		dueAt: '2026-03-01T23:59:59.999Z'
	},
	{ id: 12, item: { kind: 'puzzle', id: 'gates', version: 1 }, dueAt: '2026-04-01T23:59:59.999Z' },
	{ id: 13, item: { kind: 'quiz', id: 'batches', version: 1 }, dueAt: null }
];
const learners = [
	{ id: 1, displayName: 'Ann' },
	{ id: 2, displayName: 'ben' },
	{ id: 3, displayName: 'Cy' },
	{ id: 4, displayName: 'Dee' }
];
// Ann: the level's reference run (★★★), the puzzle right, the quiz right.
// Ben: the level at η = 1.5 (|1 − 2η| = 2: each step doubles the distance to w = 2, so it never
// arrives), the puzzle with mul's inputs swapped (2 of 4 fields), the quiz wrong twice, then right.
// Cy: a level run whose claim is forged (rejected), and a wrong quiz answer at another seed.
// Dee: nothing.
const attempts: DashboardAttempt[] = [
	stored(1, { ...levelRun(level.reference.settings.lr), run: level.reference }),
	stored(1, puzzle(mulRight)),
	stored(1, quizAnswer(String(Math.ceil(size / batch)))),
	stored(2, levelRun(1.5)),
	stored(2, puzzle(mulSwapped)),
	stored(2, quizAnswer(String(Math.floor(size / batch)))),
	stored(2, quizAnswer('lots')),
	stored(2, quizAnswer(String(Math.ceil(size / batch)))),
	stored(3, levelRun(0.4, { steps: 3, finalLoss: 123 })),
	stored(3, quizAnswer('0', 8))
];
const dashboard = buildDashboard({ learners, assignments, attempts, now: NOW });
const row = (name: string) => dashboard.rows.find((r) => r.learner.displayName === name)!;

describe('buildDashboard: the grid', () => {
	it('the verdicts it stands on are what the comments say', () => {
		expect(attempts.map((a) => a.status)).toEqual([
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'accepted',
			'rejected',
			'accepted'
		]);
		expect((attempts[3].result as { details: LevelDetails }).details.goalReached).toBe(false);
		expect(quiz.makeQuestion('batches.iterations', 8).answer).not.toBe(0);
	});

	it('marks each cell done, started or not started, with best stars, score and attempts', () => {
		expect(row('Ann').cells.map((c) => [c.status, c.stars, c.score, c.attempts])).toEqual([
			['done', 3, 1, 1],
			['done', 3, 1, 1],
			['done', 3, 1, 1]
		]);
		expect(row('ben').cells.map((c) => [c.status, c.stars, c.score, c.attempts])).toEqual([
			['started', 0, 0, 1],
			['started', 0, 0.5, 1],
			['done', 3, 1, 3]
		]);
		expect(
			row('Cy').cells.map((c) => [c.status, c.stars, c.score, c.attempts, c.rejected])
		).toEqual([
			['started', null, null, 1, 1],
			['not-started', null, null, 0, 0],
			['started', 0, 0, 1, 0]
		]);
		expect(row('Dee').cells.every((c) => c.status === 'not-started' && c.attempts === 0)).toBe(
			true
		);
	});

	it('is overdue only past the due date and not done; totals and last activity per learner', () => {
		expect(dashboard.rows.map((r) => r.cells.map((c) => c.overdue))).toEqual([
			[false, false, false],
			[true, false, false],
			[true, false, false],
			[true, false, false]
		]);
		expect([row('Ann').done, row('ben').done, row('Cy').done, row('Dee').done]).toEqual([
			3, 1, 0, 0
		]);
		// Ben: (0 + 0.5 + 1) / 3; Cy: nothing accepted at the level, 0 at the quiz.
		expect(row('ben').average).toBeCloseTo(0.5, 12);
		expect(row('Cy').average).toBe(0);
		expect(row('ben').lastActivity).toBe(attempts[7].createdAt);
		expect(row('Dee').lastActivity).toBeNull();
	});
});

describe('buildDashboard: per assignment', () => {
	it('counts statuses, the distribution of best stars and score bands, median and mean', () => {
		const [lvl, puz, qz] = dashboard.items;
		expect([lvl.done, lvl.started, lvl.notStarted, lvl.overdue]).toEqual([1, 2, 1, 3]);
		// Best results at the level: Ann ★★★ (1.0), Ben 0 stars (0.0); Cy has no accepted one.
		expect(lvl.stars).toEqual([1, 0, 0, 1]);
		expect(lvl.scoreBands).toEqual([1, 0, 0, 0, 1]);
		expect([lvl.median, lvl.mean]).toEqual([0.5, 0.5]);
		// The puzzle: Ann 1.0, Ben 0.5 (band [.4, .6)).
		expect(puz.scoreBands).toEqual([0, 0, 1, 0, 1]);
		expect([puz.done, puz.started, puz.notStarted]).toEqual([1, 1, 2]);
		// The quiz: Ann 1, Ben 1, Cy 0 → median 1, mean 2/3.
		expect(qz.median).toBe(1);
		expect(qz.mean).toBeCloseTo(2 / 3, 12);
	});

	it('lists the most common mistakes by learners, then by attempts', () => {
		const [lvl, puz, qz] = dashboard.items;
		const ending = (attempts[3].result as { details: LevelDetails }).details.analysis;
		expect(lvl.mistakes.map((c) => [c.mistake, c.learners, c.attempts])).toEqual(
			[
				[{ kind: 'level', id: ending }, 1, 1],
				[{ kind: 'rejected' }, 1, 1]
			].sort((a, b) => JSON.stringify(a[0]).localeCompare(JSON.stringify(b[0])))
		);
		expect(puz.mistakes).toEqual([
			{ mistake: { kind: 'puzzle', id: 'mul-swapped' }, learners: 1, attempts: 1 }
		]);
		// Ben missed it twice (wrong, then unreadable), Cy once: 2 learners, 3 attempts; the
		// latest miss (Cy's, seed 8) names the question.
		expect(qz.mistakes).toEqual([
			{ mistake: { kind: 'quiz', id: 'batches.iterations', seed: 8 }, learners: 2, attempts: 3 }
		]);
	});

	it('finds no mistake in right answers or a run that reached its goal', () => {
		for (const attempt of attempts.filter((a) => a.learnerId === 1)) {
			expect(mistakesOf(attempt)).toEqual([]);
		}
		// A body that was not an attempt at all is rejected, but it is not a learner's mistake.
		const junk = { ...attempts[0], status: 'rejected' as const, result: verifyAttempt({}) };
		expect(mistakesOf(junk)).toEqual([]);
	});
});

describe('bestOf', () => {
	it('prefers stars, then score; "passed" holds if any counting attempt passed', () => {
		const base = {
			learnerId: 1,
			status: 'accepted' as const,
			createdAt: '',
			item: { kind: 'puzzle' as const, id: 'gates.mul', version: 1 }
		};
		const list: DashboardAttempt[] = [
			{ ...base, score: 1, stars: 1, result: { passed: true } },
			{ ...base, score: 0.9, stars: 2, result: { passed: false } },
			{ ...base, score: 1, stars: 3, result: null, status: 'rejected' },
			{
				...base,
				item: { kind: 'puzzle', id: 'matrix.shapes', version: 1 },
				score: 1,
				stars: 3,
				result: { passed: true }
			}
		];
		expect(bestOf({ kind: 'puzzle', id: 'gates', version: 1 }, list)).toEqual({
			score: 0.9,
			stars: 2,
			passed: true
		});
		expect(bestOf({ kind: 'puzzle', id: 'circuits', version: 1 }, list)).toBeNull();
	});
});

describe('arrange: sorting and filtering as the URL asks', () => {
	const names = (view: Partial<View>) =>
		arrange(dashboard, { ...DEFAULT_VIEW, ...view }).rows.map((r) => r.learner.displayName);

	it('sorts by name without regard to case, either way', () => {
		expect(names({})).toEqual(['Ann', 'ben', 'Cy', 'Dee']);
		expect(names({ dir: 'desc' })).toEqual(['Dee', 'Cy', 'ben', 'Ann']);
	});

	it('sorts by done, average, an assignment and activity, ties by name, nothing last', () => {
		expect(names({ sort: 'done', dir: 'desc' })).toEqual(['Ann', 'ben', 'Cy', 'Dee']);
		expect(names({ sort: 'average', dir: 'asc' })).toEqual(['Cy', 'Dee', 'ben', 'Ann']);
		// The puzzle: Ann 1, Ben 0.5, then Cy and Dee (not started) by name.
		expect(names({ sort: 'item-12', dir: 'desc' })).toEqual(['Ann', 'ben', 'Cy', 'Dee']);
		// The level ascending: Cy started without a score sorts above Dee who never started.
		expect(names({ sort: 'item-11', dir: 'asc' })).toEqual(['Dee', 'Cy', 'ben', 'Ann']);
		expect(names({ sort: 'activity', dir: 'desc' })).toEqual(['Cy', 'ben', 'Ann', 'Dee']);
		expect(names({ sort: 'activity', dir: 'asc' })).toEqual(['Ann', 'ben', 'Cy', 'Dee']);
	});

	it('filters learners by progress and name, and columns by kind (totals follow)', () => {
		expect(names({ show: 'overdue' })).toEqual(['ben', 'Cy', 'Dee']);
		expect(names({ show: 'not-started' })).toEqual(['Dee']);
		expect(names({ show: 'finished' })).toEqual(['Ann']);
		expect(names({ show: 'unfinished' })).toEqual(['ben', 'Cy', 'Dee']);
		expect(names({ q: 'E' })).toEqual(['ben', 'Dee']);
		const quizzes = arrange(dashboard, { ...DEFAULT_VIEW, kind: 'quiz' });
		expect(quizzes.assignments.map((a) => a.id)).toEqual([13]);
		expect(quizzes.rows.map((r) => r.done)).toEqual([1, 1, 0, 0]);
		expect(quizzes.items).toEqual([dashboard.items[2]]);
		// With the level hidden, only quiz columns count: Ben has finished everything shown.
		expect(
			arrange(dashboard, { ...DEFAULT_VIEW, kind: 'quiz', show: 'finished' }).rows.map(
				(r) => r.learner.displayName
			)
		).toEqual(['Ann', 'ben']);
	});

	it('reads the view from the URL, falling back to defaults for anything unknown', () => {
		const read = (query: string) => parseView(new URLSearchParams(query), [11, 12, 13]);
		expect(read('')).toEqual(DEFAULT_VIEW);
		expect(read('sort=item-12')).toMatchObject({ sort: 'item-12', dir: 'desc' });
		expect(read('sort=item-99&dir=sideways&show=x&kind=y').sort).toBe('name');
		expect(read('sort=item-99&dir=sideways&show=x&kind=y')).toEqual(DEFAULT_VIEW);
		expect(read('q=' + 'x'.repeat(500)).q).toHaveLength(60);
		for (const query of [
			'sort=average&dir=asc&show=overdue&kind=quiz&q=be',
			'sort=name&dir=desc',
			''
		]) {
			const view = read(query);
			expect(read(viewQuery(view).slice(1))).toEqual(view);
		}
		expect(viewQuery(DEFAULT_VIEW)).toBe('');
	});
});
