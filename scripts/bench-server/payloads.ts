// The attempts `npm run bench:server` sends: what learners' pages send (DESIGN.md rule 7: settings,
// start, seed or answers, never a score), made with the levels' and puzzles' own modules.
//   - level runs on every built-in level: the settings a learner tries first (the level's reference
//     run), the classic mistake (its intended failure) and their own picks (an allowed optimizer, a
//     learning rate from the level's range as the log slider gives it, momentum/β within range, a
//     start in the region, now and then another seed). Each obeys the level's rules (validateRun),
//     so the server re-plays it in full;
//   - chain-rule puzzles of every tier, answered right (numbers typed to 6 digits) or with a sign
//     slipped on one or two backward fields; a few from a page left open across a deploy (an old
//     puzzle version, which the server stores as rejected);
//   - quiz questions of every form, answered right or wrong (another choice, a wrong number, a
//     swapped order).
// Each payload carries the verdict the server must give (verifyAttempt, computed here once), so
// the load generator can check every reply, not only its status code.
import type { AttemptPayload } from '../../src/lib/classroom/attempt';
import { assignableItems, type AssignableItem } from '../../src/lib/classroom/items';
import { verifyAttempt } from '../../src/lib/classroom/verify';
import {
	LEVELS,
	levelBounds,
	levelLandscape,
	validateRun,
	type Level,
	type RunChoice,
	type RunSettings
} from '../../src/lib/levels';
import { chain, quiz, show, type Puzzle } from '../../src/lib/puzzles';
import { rng } from '../../src/lib/puzzles/random';

/** The mix's categories, as the report lists them. */
export const CATEGORIES = [
	'level: reference settings',
	'level: own settings',
	'level: intended failure',
	'puzzle: right',
	'puzzle: wrong',
	'puzzle: old version',
	'quiz: right',
	'quiz: wrong'
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Share of each category in the load (sums to 1): roughly what a class sends in a lesson. */
export const MIX: Readonly<Record<Category, number>> = {
	'level: reference settings': 0.12,
	'level: own settings': 0.24,
	'level: intended failure': 0.08,
	'puzzle: right': 0.15,
	'puzzle: wrong': 0.1,
	'puzzle: old version': 0.01,
	'quiz: right': 0.19,
	'quiz: wrong': 0.11
};

/** Share of the attempts that are at an item the class was assigned (the rest is free play). */
export const ASSIGNED_SHARE = 0.85;

export interface Expected {
	status: 'accepted' | 'rejected';
	passed: boolean;
	stars: number;
}

export interface Planned {
	category: Category;
	payload: AttemptPayload;
	/** The JSON body, serialised once. */
	body: string;
	expected: Expected;
	/** Whether the item (or its tier or concept) is among the class's assignments. */
	assigned: boolean;
}

/**
 * The class's 30 assignments: every other level in playing order (17, over all seven worlds), the
 * first five puzzle tiers and the first eight quiz concepts.
 */
export function assignmentsFor(): AssignableItem[] {
	const items = assignableItems();
	const levels = items.filter((i) => i.kind === 'level').filter((_, k) => k % 2 === 0);
	const tiers = items.filter((i) => i.kind === 'puzzle').slice(0, 5);
	const concepts = items.filter((i) => i.kind === 'quiz').slice(0, 8);
	return [...levels, ...tiers, ...concepts];
}

type Rng = () => number;

/** A number as a slider or a typed value gives it: three significant digits. */
const tidy = (x: number) => Number(x.toPrecision(3));
const between = (r: Rng, [lo, hi]: readonly [number, number]) => lo + r() * (hi - lo);
const logBetween = (r: Rng, [lo, hi]: readonly [number, number]) =>
	lo === hi ? lo : Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));

const RANGED = ['momentum', 'beta1', 'beta2', 'alpha', 'radius'] as const;

/** A learner's own pick on this level: optimizer, rate and the other settings the level opens. */
function ownChoice(level: Level, r: Rng): RunChoice {
	const allowed = level.optimizers[Math.floor(r() * level.optimizers.length)];
	const settings: RunSettings = { name: allowed.name, lr: tidy(logBetween(r, allowed.lr)) };
	for (const key of RANGED) {
		const range = allowed[key];
		if (range) settings[key] = tidy(between(r, range));
	}
	if (level.batchSize && r() < 0.7) {
		const [lo, hi] = level.batchSize;
		settings.batchSize = Math.round(lo + r() * (hi - lo));
	}
	let start = { ...level.start.at };
	if (level.start.kind === 'region') {
		const region = { ...levelBounds(level, levelLandscape(level)), ...level.start.region };
		start = Object.fromEntries(
			Object.entries(region).map(([name, edge]) => [name, tidy(between(r, edge))])
		);
	}
	const seed = r() < 0.6 ? 0 : 1 + Math.floor(r() * 999);
	return { settings, start, seed };
}

function levelPayload(level: Level, run: RunChoice): AttemptPayload {
	return { kind: 'level', item: level.id, version: level.version, run };
}

function plan(category: Category, payload: AttemptPayload, assigned: boolean): Planned {
	const verdict = verifyAttempt(payload);
	return {
		category,
		payload,
		body: JSON.stringify(payload),
		expected: { status: verdict.status, passed: verdict.passed, stars: verdict.stars },
		assigned
	};
}

function levelPlans(r: Rng, assigned: Set<string>): Planned[] {
	const out: Planned[] = [];
	for (const level of LEVELS) {
		const isAssigned = assigned.has(`level:${level.id}`);
		out.push(plan('level: reference settings', levelPayload(level, level.reference), isAssigned));
		out.push(
			plan('level: intended failure', levelPayload(level, level.intendedFailure.run), isAssigned)
		);
		for (let made = 0, tries = 0; made < 6 && tries < 60; tries++) {
			const choice = ownChoice(level, r);
			const check = validateRun(level, { levelId: level.id, version: level.version, ...choice });
			if (!check.ok) continue;
			out.push(plan('level: own settings', levelPayload(level, choice), isAssigned));
			made++;
		}
	}
	return out;
}

/** Flips the sign of one or two backward fields (a sign slip), keeping the rest right. */
function slipped(puzzle: Puzzle, answers: Record<string, string>, r: Rng) {
	const backward = puzzle.fields.filter((f) => f.kind !== 'value' && f.expected !== 0);
	const candidates = backward.length ? backward : puzzle.fields.filter((f) => f.expected !== 0);
	const wrong = { ...answers };
	const count = Math.min(candidates.length, 1 + Math.floor(r() * 2));
	for (let k = 0; k < count; k++) {
		const field = candidates[Math.floor(r() * candidates.length)];
		wrong[field.key] = show(-field.expected, 6);
	}
	return wrong;
}

function puzzlePlans(r: Rng, assigned: Set<string>): Planned[] {
	const out: Planned[] = [];
	for (const tier of chain.TIERS) {
		const isAssigned = assigned.has(`puzzle:${tier.id}`);
		for (const def of tier.puzzles) {
			for (let k = 0; k < 3; k++) {
				const seed = k === 0 ? 0 : Math.floor(r() * 10_000);
				const puzzle = chain.makePuzzle(def.id, seed);
				const answers = Object.fromEntries(puzzle.fields.map((f) => [f.key, show(f.expected, 6)]));
				const hints = r() < 0.3 ? 1 : 0;
				const base = { kind: 'puzzle', item: def.id, version: def.version, seed, hints } as const;
				out.push(plan('puzzle: right', { ...base, answers, gaveUp: false }, isAssigned));
				const wrong = slipped(puzzle, answers, r);
				out.push(plan('puzzle: wrong', { ...base, answers: wrong, gaveUp: false }, isAssigned));
				if (k === 0)
					out.push(
						plan(
							'puzzle: old version',
							{ ...base, version: def.version + 1, answers, gaveUp: false },
							isAssigned
						)
					);
			}
		}
	}
	return out;
}

/** A wrong answer to the question, as a learner might give it (checked with the scorer). */
function wrongAnswer(q: quiz.Question, r: Rng): string | string[] | undefined {
	const candidates: (string | string[])[] = [];
	switch (q.kind) {
		case 'choice':
			candidates.push(...q.choices.map((c) => c.id).filter((id) => id !== q.answer));
			break;
		case 'numeric':
			candidates.push(
				show(q.answer * 2, 6),
				show(-q.answer, 6),
				show(q.answer + Math.max(1, Math.abs(q.answer)), 6)
			);
			break;
		case 'order': {
			const order = [...q.answer];
			const i = Math.floor(r() * (order.length - 1));
			[order[i], order[i + 1]] = [order[i + 1], order[i]];
			candidates.push(order, [...q.answer].reverse());
			break;
		}
	}
	const start = Math.floor(r() * candidates.length);
	for (let k = 0; k < candidates.length; k++) {
		const answer = candidates[(start + k) % candidates.length];
		if (quiz.judge(q, answer) === 'wrong') return answer;
	}
	return undefined;
}

function quizPlans(r: Rng, assigned: Set<string>): Planned[] {
	const out: Planned[] = [];
	const conceptOf = new Map(quiz.formConcepts().map((f) => [f.id, f.concept]));
	for (const id of quiz.questionForms()) {
		const isAssigned = assigned.has(`quiz:${conceptOf.get(id)}`);
		for (let k = 0; k < 2; k++) {
			const seed = Math.floor(r() * 100_000);
			const q = quiz.makeQuestion(id, seed);
			const right = q.kind === 'numeric' ? show(q.answer, 6) : q.answer;
			const answer = typeof right === 'string' ? right : [...right];
			out.push(plan('quiz: right', { kind: 'quiz', item: id, seed, answer }, isAssigned));
			const wrong = wrongAnswer(q, r);
			if (wrong !== undefined)
				out.push(plan('quiz: wrong', { kind: 'quiz', item: id, seed, answer: wrong }, isAssigned));
		}
	}
	return out;
}

/** Every planned attempt, grouped by category and by whether it is at an assigned item. */
export interface Pool {
	byCategory: Map<Category, { assigned: Planned[]; free: Planned[] }>;
	size: number;
	/** One reference run of every level: sent once before timing (the first re-play of an MLP
	 * level trains its network, as on a fresh server). */
	warmUp: Planned[];
}

export function makePool(seed = 8): Pool {
	const r = rng(seed);
	const assigned = new Set(assignmentsFor().map((i) => `${i.kind}:${i.id}`));
	const all = [...levelPlans(r, assigned), ...puzzlePlans(r, assigned), ...quizPlans(r, assigned)];
	const byCategory = new Map(
		CATEGORIES.map((c) => [c, { assigned: [], free: [] }] as const)
	) as Pool['byCategory'];
	for (const p of all) byCategory.get(p.category)![p.assigned ? 'assigned' : 'free'].push(p);
	const warmUp = all.filter((p) => p.category === 'level: reference settings');
	return { byCategory, size: all.length, warmUp };
}

/** Draws attempts in the mix's proportions, reproducibly from the seed. */
export function drawer(pool: Pool, seed = 88): () => Planned {
	const r = rng(seed);
	const cumulative: [number, Category][] = [];
	let sum = 0;
	for (const c of CATEGORIES) cumulative.push([(sum += MIX[c]), c]);
	return () => {
		const x = r() * sum;
		const category = cumulative.find(([edge]) => x < edge)?.[1] ?? CATEGORIES[0];
		const group = pool.byCategory.get(category)!;
		const list = group.free.length === 0 || r() < ASSIGNED_SHARE ? group.assigned : group.free;
		const from = list.length ? list : group.free;
		return from[Math.floor(r() * from.length)];
	};
}
