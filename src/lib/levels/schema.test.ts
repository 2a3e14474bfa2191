// The level format: every built-in level passes, and broken levels are refused with every problem
// named by its path (structural problems from the schema, cross-field ones from validateLevel).
import { describe, expect, it } from 'vitest';
import { getLevel, LEVELS, validateLevel, WORLDS } from './index';

type Json = { [key: string]: unknown };

/** A JSON copy of a built-in level with dotted paths set (undefined deletes the field). */
function edit(id: string, changes: Record<string, unknown> = {}): Json {
	const copy = JSON.parse(JSON.stringify(getLevel(id))) as Json;
	for (const [path, value] of Object.entries(changes)) {
		const keys = path.split('.');
		const last = keys.pop()!;
		const parent = keys.reduce((node, key) => node[key] as Json, copy);
		if (value === undefined) delete parent[last];
		else parent[last] = value;
	}
	return copy;
}

describe('built-in levels', () => {
	it('ship at least 7 worlds and 28 levels with unique kebab-case ids at version 1', () => {
		expect(WORLDS.length).toBeGreaterThanOrEqual(7);
		expect(LEVELS.length).toBeGreaterThanOrEqual(28);
		expect(new Set(LEVELS.map((l) => l.id)).size).toBe(LEVELS.length);
		for (const world of WORLDS)
			for (const level of world.levels) {
				expect(level.world).toBe(world.id);
				expect(level.version).toBe(1);
			}
	});

	it.each(LEVELS.map((l) => [l.id, l] as const))('%s validates', (_, level) => {
		const result = validateLevel(level);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('are JSON data: a JSON round trip validates to the same level', () => {
		for (const level of LEVELS) {
			const result = validateLevel(edit(level.id));
			expect(result.ok && result.level).toEqual(level);
		}
	});

	it('getLevel finds a level and names an unknown id', () => {
		expect(getLevel('newton-1d').world).toBe('newtons-shortcut');
		expect(() => getLevel('no-such-level')).toThrow('Unknown level "no-such-level"');
	});
});

describe('broken levels', () => {
	const problemsOf = (level: unknown) => {
		const result = validateLevel(level);
		expect(result.ok).toBe(false);
		return result.ok ? [] : result.problems;
	};

	it('lists every structural problem with its path', () => {
		const level = edit('first-step', {
			id: 'First Step',
			'goal.radius': 0,
			'title.ko': 'Down the bowl',
			'intro.en': '  ',
			'budget.steps': 2.5,
			'optimizers.0.name': 'sgd',
			hints: undefined,
			extra: true
		});
		const problems = problemsOf(level);
		expect(problems).toEqual(
			expect.arrayContaining([
				'id: must be kebab-case (a-z, 0-9 and single dashes)',
				'goal.radius: must be > 0',
				'title.ko: must be Korean text (no Hangul found)',
				'intro.en: must not be empty',
				'budget.steps: must be a positive integer',
				expect.stringMatching(/^optimizers\.0\.name: must be one of gd, momentum/),
				expect.stringMatching(/^hints: /),
				expect.stringMatching(/^extra: /)
			])
		);
		expect(problems).toHaveLength(8);
	});

	it('lists every cross-field problem at once', () => {
		const level = edit('first-step', {
			'start.at': { w: 9 },
			'goal.minimum': 'summit',
			stars: { by: 'steps', two: 4, three: 10 },
			concepts: ['C4', 'C26', 'C4'],
			'intendedFailure.run.settings': { name: 'adam', lr: 0.1 },
			'reference.settings.lr': 2
		});
		const problems = problemsOf(level);
		expect(problems).toEqual(
			expect.arrayContaining([
				'concepts.1: "C26" is not a curriculum concept (C1–C25)',
				'concepts.2: "C4" is listed twice',
				'stars.three: 10 must not exceed stars.two (4)',
				'start.at.w: 9 is outside the map [-4, 8]',
				'goal.minimum: "summit" is not a minimum of bowl-1d (bottom)'
			])
		);
		expect(problems).toHaveLength(5);
	});

	it('checks the reference and failure runs against the level’s own rules', () => {
		const level = edit('first-step', {
			'intendedFailure.run.settings': { name: 'adam', lr: 0.1 },
			'reference.settings.lr': 2,
			'reference.start': { w: 0 }
		});
		expect(problemsOf(level)).toEqual([
			'reference.settings.lr: 2 is outside [0.01, 1.5]',
			'reference.start.w: this level starts at -3',
			'intendedFailure.run.settings.name: adam is not allowed here (allowed: gd)'
		]);
	});

	it('names an unknown landscape, a bad formula and a missing Hessian or data set', () => {
		const unknown = edit('first-step', { 'landscape.id': 'everest' });
		expect(problemsOf(unknown)).toEqual(['landscape.id: Unknown landscape "everest"']);

		const typo = edit('flat-trough', { 'landscape.formula': '(x - y)^^2' });
		expect(problemsOf(typo)[0]).toMatch(/^landscape\.formula: /);

		const slices = edit('blobs', { 'optimizers.1': { name: 'newton', lr: [1, 1] } });
		const bowl = edit('first-step', { batchSize: [1, 4] });
		expect(problemsOf(slices)).toEqual([
			'optimizers.1.name: newton needs a Hessian, which blobs-relu has not'
		]);
		expect(problemsOf(bowl)).toEqual(['batchSize: bowl-1d is not a loss over a data set']);
	});

	it('refuses a start region that already contains the goal', () => {
		const level = edit('four-valleys', { 'start.region': { x: [-4, 0], y: [-4, 0] } });
		expect(problemsOf(level)).toEqual(['start.region: the goal lies inside the start region']);
	});

	it('needs an evaluation budget to give stars by evaluations', () => {
		const level = edit('first-step', { 'stars.by': 'evaluations' });
		expect(problemsOf(level)).toEqual(['stars.by: "evaluations" needs budget.evaluations']);
	});
});
