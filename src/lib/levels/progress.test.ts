// Progress: recording keeps the better run, merging keeps the better entry, parsing rejects foreign
// or broken files with every problem, drops stale entries one by one and re-plays every imported
// run so a claimed star count is never believed; unlocking follows the world rules.
// Step counts below are hand-computed: on bowl-1d (curvature 2, bottom w = 2) GD from w = -3
// shrinks the distance 5 by |1 − 2η| a step and the goal is within 0.05, so it needs the least k
// with |1 − 2η|^k ≤ 0.01: η = 0.4 → 3 steps (3 stars), 0.3 → 6 and 0.25 → 7 (2 stars, ≤ 10),
// 0.1 → 21 (1 star); η = 1.2 diverges.
import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	getLevel,
	mergeProgress,
	parseProgress,
	recordResult,
	runLevel,
	unlocked,
	worldSummary,
	WORLDS,
	type Level,
	type LevelProgress,
	type Progress,
	type RunSpec,
	type World
} from './index';

const T0 = new Date('2025-01-02T03:04:05.000Z');
const T1 = new Date('2025-02-03T04:05:06.000Z');

const gdRun = (lr: number, levelId = 'first-step'): RunSpec => ({
	levelId,
	version: 1,
	settings: { name: 'gd', lr },
	start: { w: -3 },
	seed: 0
});
const play = (lr: number) => runLevel(getLevel('first-step'), gdRun(lr));
const refSpec = (id: string): RunSpec => {
	const level = getLevel(id);
	return { levelId: id, version: level.version, ...level.reference };
};
const entry = (
	id: string,
	stars: 0 | 1 | 2 | 3,
	steps = 5,
	evaluations = steps
): LevelProgress => ({
	stars,
	steps,
	evaluations,
	best: refSpec(id),
	at: T0.toISOString()
});
const withEntries = (...entries: LevelProgress[]): Progress => ({
	...emptyProgress(T0),
	levels: Object.fromEntries(entries.map((e) => [e.best.levelId, e]))
});

describe('the hand-computed step counts', () => {
	it('come out of runLevel', () => {
		expect([0.4, 0.3, 0.25, 0.1].map((lr) => [play(lr).stepsUsed, play(lr).stars])).toEqual([
			[3, 3],
			[6, 2],
			[7, 2],
			[21, 1]
		]);
		expect(play(1.2).goalReached).toBe(false);
	});
});

describe('recordResult', () => {
	it('records a win with the real result and the time', () => {
		const start = emptyProgress();
		const next = recordResult(start, play(0.4), T0);
		expect(start.levels).toEqual({});
		expect(next.levels['first-step']).toEqual({
			stars: 3,
			steps: 3,
			evaluations: 3,
			best: gdRun(0.4),
			at: '2025-01-02T03:04:05.000Z'
		});
		expect(next.updatedAt).toBe('2025-01-02T03:04:05.000Z');
	});

	it('keeps the better run: more stars, then fewer steps', () => {
		let p = recordResult(emptyProgress(), play(0.1), T0);
		expect(p.levels['first-step'].stars).toBe(1);
		p = recordResult(p, play(0.25), T0);
		expect(p.levels['first-step']).toMatchObject({ stars: 2, steps: 7 });
		p = recordResult(p, play(0.3), T1);
		expect(p.levels['first-step']).toMatchObject({ stars: 2, steps: 6, at: T1.toISOString() });
		const same = recordResult(p, play(0.25), T1);
		expect(same).toBe(p);
		expect(recordResult(p, play(0.1), T1)).toBe(p);
	});

	it('never lets a loss replace a win; a first loss is kept as a try with 0 stars', () => {
		const win = recordResult(emptyProgress(), play(0.1), T0);
		expect(recordResult(win, play(1.2), T1)).toBe(win);
		const lost = recordResult(emptyProgress(), play(1.2), T0);
		expect(lost.levels['first-step']).toMatchObject({ stars: 0, best: gdRun(1.2) });
		expect(recordResult(lost, play(0.01 + 1.19), T1)).toBe(lost);
		expect(recordResult(lost, play(0.1), T1).levels['first-step'].stars).toBe(1);
	});

	it('ignores unscored results: unknown level, stale version, broken rules, inconsistent claims', () => {
		const p = emptyProgress();
		const result = play(0.4);
		const forged = [
			{ ...result, run: { ...result.run, levelId: 'sandbox' } },
			{ ...result, run: { ...result.run, version: 2 } },
			{ ...result, run: gdRun(5) },
			{ ...result, goalReached: false },
			{ ...result, stars: 4 },
			{ ...result, stars: 0 },
			{ ...result, stepsUsed: Number.NaN }
		];
		for (const bad of forged) expect(recordResult(p, bad, T0)).toBe(p);
	});
});

describe('mergeProgress', () => {
	it('keeps the better entry per level, a on ties, and the later date', () => {
		const a = {
			...withEntries(entry('first-step', 2, 7), entry('too-timid', 3, 2)),
			updatedAt: T1.toISOString()
		};
		const b = withEntries(entry('first-step', 2, 6), entry('too-timid', 3, 2), entry('zigzag', 1));
		b.levels['too-timid'] = { ...b.levels['too-timid'], at: T1.toISOString() };
		const merged = mergeProgress(a, b);
		expect(merged.levels['first-step'].steps).toBe(6);
		expect(merged.levels['too-timid']).toBe(a.levels['too-timid']);
		expect(merged.levels.zigzag).toBe(b.levels.zigzag);
		expect(merged.updatedAt).toBe(T1.toISOString());
		expect(mergeProgress(b, a).levels['first-step'].steps).toBe(6);
	});

	it('compares by evaluations first where the level counts evaluations', () => {
		expect(getLevel('price-of-the-hessian').stars.by).toBe('evaluations');
		const cheap = withEntries(entry('price-of-the-hessian', 3, 9, 9));
		const short = withEntries(entry('price-of-the-hessian', 3, 5, 15));
		expect(mergeProgress(short, cheap).levels['price-of-the-hessian'].evaluations).toBe(9);
		const fewSteps = withEntries(entry('first-step', 3, 3, 30));
		const fewEvals = withEntries(entry('first-step', 3, 4, 4));
		expect(mergeProgress(fewEvals, fewSteps).levels['first-step'].steps).toBe(3);
	});
});

describe('parseProgress', () => {
	const saved = () =>
		recordResult(
			recordResult(emptyProgress(), play(0.3), T0),
			runLevel(getLevel('too-timid'), refSpec('too-timid')),
			T1
		);

	it('reads back what was saved, through JSON', () => {
		const p = saved();
		expect(parseProgress(JSON.parse(JSON.stringify(p)))).toEqual({
			ok: true,
			progress: p,
			dropped: []
		});
		expect(parseProgress(emptyProgress())).toEqual({
			ok: true,
			progress: emptyProgress(),
			dropped: []
		});
	});

	it("rejects another app's file with every problem", () => {
		const result = parseProgress({ format: 'other-app', version: 3, name: 'x' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^format: must be "downhill-progress"/),
				expect.stringMatching(/^version: must be 1/),
				expect.stringMatching(/^levels: /),
				expect.stringMatching(/^updatedAt: /),
				expect.stringMatching(/^name: /)
			])
		);
		for (const junk of [null, 'text', 42, []]) expect(parseProgress(junk).ok).toBe(false);
	});

	it('rejects a broken entry naming its path', () => {
		const p: Record<string, unknown> = JSON.parse(JSON.stringify(saved()));
		const levels = p.levels as Record<string, Record<string, unknown>>;
		levels['first-step'].stars = 'three';
		levels['too-timid'].at = 'yesterday';
		const result = parseProgress(p);
		expect(result).toEqual({
			ok: false,
			problems: [
				'levels.first-step.stars: must be 0, 1, 2 or 3',
				'levels.too-timid.at: must be an ISO date string'
			]
		});
	});

	it('drops unknown levels, stale versions and runs that break the rules, keeping the rest', () => {
		const p = saved();
		const file = structuredClone(p);
		file.levels['no-such-level'] = {
			...entry('zigzag', 3),
			best: { ...refSpec('zigzag'), levelId: 'no-such-level' }
		};
		file.levels.zigzag = {
			...entry('zigzag', 3),
			best: { ...refSpec('zigzag'), settings: { name: 'gd', lr: 99 } }
		};
		file.levels['edge-of-stability'] = entry('two-valleys', 3);
		const result = parseProgress(file);
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(result.progress).toEqual(p);
		expect(result.dropped).toEqual([
			'levels.no-such-level: there is no level "no-such-level" (dropped)',
			expect.stringMatching(
				/^levels\.zigzag: the saved run no longer fits this level \(dropped\): settings\.lr: 99 is outside/
			),
			expect.stringMatching(/^levels\.edge-of-stability: .*levelId: this run is for "two-valleys"/)
		]);
	});

	it('drops an entry whose level moved to a new version', () => {
		const bumped: Level[] = WORLDS.flatMap((w) => w.levels).map((l) =>
			l.id === 'first-step' ? { ...l, version: 2 } : l
		);
		const result = parseProgress(saved(), { levels: bumped });
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(Object.keys(result.progress.levels)).toEqual(['too-timid']);
		expect(result.dropped).toEqual([
			'levels.first-step: the saved run no longer fits this level (dropped): version: the run is for version 1; the level is at 2'
		]);
	});

	it('never believes a claimed star count: the run is re-played', () => {
		const file = saved();
		file.levels['first-step'] = { ...entry('first-step', 3, 1, 1), best: gdRun(0.1) };
		file.levels['too-timid'] = { ...file.levels['too-timid'], stars: 0, steps: 99 };
		const result = parseProgress(file);
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(result.progress.levels['first-step']).toMatchObject({
			stars: 1,
			steps: 21,
			evaluations: 21
		});
		expect(result.progress.levels['too-timid']).toEqual(saved().levels['too-timid']);
		expect(result.dropped).toEqual([
			'levels.first-step: the file claims 3 stars but the run earns 1; kept 1',
			'levels.too-timid: the file claims 0 stars but the run earns 2; kept 2'
		]);
		const trusted = parseProgress(file, { replay: false });
		expect(trusted.ok && trusted.progress.levels['first-step'].stars).toBe(3);
	});
});

describe('unlocked and worldSummary', () => {
	const [first, ravine, saddles] = WORLDS;
	const ids = (world: World, n: number) => world.levels.slice(0, n).map((l) => l.id);
	const wins = (...levelIds: string[]) => withEntries(...levelIds.map((id) => entry(id, 1)));

	it('opens only the first level at the start', () => {
		expect([...unlocked(emptyProgress())]).toEqual(['first-step']);
		const summary = worldSummary(emptyProgress());
		expect(summary).toHaveLength(WORLDS.length);
		expect(summary[0]).toEqual({
			id: 'first-steps',
			stars: 0,
			possible: 15,
			won: 0,
			levels: 5,
			open: true
		});
		expect(summary.slice(1).every((w) => !w.open && w.stars === 0)).toBe(true);
	});

	it('opens the next level after a star, not after a 0-star try', () => {
		expect([...unlocked(wins('first-step'))]).toEqual(['first-step', 'too-timid']);
		expect([...unlocked(withEntries(entry('first-step', 0)))]).toEqual(['first-step']);
	});

	it('opens the next world when half its predecessor (rounded up) is won', () => {
		expect(first.levels).toHaveLength(5);
		const two = unlocked(wins(...ids(first, 2)));
		expect(two.has(ravine.levels[0].id)).toBe(false);
		const three = unlocked(wins(...ids(first, 3)));
		expect([...three]).toEqual([...ids(first, 4), ravine.levels[0].id]);
		const summary = worldSummary(wins(...ids(first, 3)));
		expect(summary.slice(0, 3).map((w) => [w.won, w.stars, w.open])).toEqual([
			[3, 3, true],
			[0, 0, true],
			[0, 0, false]
		]);
		// 2 of ravine's 4 levels is half: saddles opens even though the world before it is not done.
		const chain = unlocked(wins(...ids(first, 3), ...ids(ravine, 2)));
		expect(chain.has(saddles.levels[0].id)).toBe(true);
		expect(chain.has(saddles.levels[1].id)).toBe(false);
	});

	it('keeps a won level open in a locked world, but not its successor', () => {
		const open = unlocked(wins('ravine-momentum'));
		expect(open.has('ravine-momentum')).toBe(true);
		expect(open.has('look-ahead')).toBe(false);
		expect(open.has('ravine-speed-limit')).toBe(false);
	});

	it('follows the rules on hand-made worlds (odd sizes round up)', () => {
		const level = (id: string) => ({ ...getLevel('first-step'), id });
		const worlds: World[] = [
			{ ...first, id: 'a', levels: ['a1', 'a2', 'a3'].map(level) },
			{ ...first, id: 'b', levels: ['b1'].map(level) }
		];
		const progress = (...won: string[]) =>
			withEntries(
				...won.map((id) => ({
					...entry('first-step', 2),
					best: { ...refSpec('first-step'), levelId: id }
				}))
			);
		expect([...unlocked(progress('a1'), worlds)]).toEqual(['a1', 'a2']);
		expect([...unlocked(progress('a1', 'a3'), worlds)]).toEqual(['a1', 'a2', 'a3', 'b1']);
		expect(worldSummary(progress('a1', 'a3'), worlds)).toEqual([
			{ id: 'a', stars: 4, possible: 9, won: 2, levels: 3, open: true },
			{ id: 'b', stars: 0, possible: 3, won: 0, levels: 1, open: true }
		]);
	});
});
