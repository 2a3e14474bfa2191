// validateLevel: the schema first (shapes and types, every issue at once), then the checks that need
// more than one field or the landscape itself. A broken level comes back with every problem listed,
// each as "path: what is wrong", so an author can fix them all in one go.
import * as v from 'valibot';
import type { Landscape } from '../landscapes';
import { exampleCount, levelBounds, levelLandscape } from './landscape';
import { issuesToProblems } from './problems';
import { choiceProblems } from './run-check';
import { LevelSchema, type Level } from './schema';

const CONCEPT = /^C([1-9]|1\d|2[0-5])$/;

export type LevelValidation = { ok: true; level: Level } | { ok: false; problems: string[] };

export function validateLevel(input: unknown): LevelValidation {
	const parsed = v.safeParse(LevelSchema, input);
	if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.issues) };
	const level = parsed.output;
	const problems = [...conceptProblems(level), ...starProblems(level), ...rangeProblems(level)];
	let landscape: Landscape | undefined;
	try {
		landscape = levelLandscape(level);
	} catch (error) {
		const field = level.landscape.kind === 'registry' ? 'landscape.id' : 'landscape.formula';
		problems.push(`${field}: ${(error as Error).message}`);
	}
	if (landscape) {
		const mapProblems = [...boundsProblems(level, landscape), ...startProblems(level, landscape)];
		problems.push(...mapProblems, ...goalProblems(level, landscape));
		problems.push(...methodProblems(level, landscape));
		// The runs are only worth checking on a sound map (their messages would repeat the above).
		if (mapProblems.length === 0) {
			problems.push(...choiceProblems(level, level.reference, 'reference'));
			problems.push(...choiceProblems(level, level.intendedFailure.run, 'intendedFailure.run'));
		}
	}
	return problems.length ? { ok: false, problems } : { ok: true, level };
}

function conceptProblems(level: Level): string[] {
	return level.concepts.flatMap((id, i) => {
		if (!CONCEPT.test(id)) return [`concepts.${i}: "${id}" is not a curriculum concept (C1–C25)`];
		return level.concepts.indexOf(id) < i ? [`concepts.${i}: "${id}" is listed twice`] : [];
	});
}

function starProblems({ stars, budget }: Level): string[] {
	const problems: string[] = [];
	if (stars.three > stars.two)
		problems.push(`stars.three: ${stars.three} must not exceed stars.two (${stars.two})`);
	const limit = stars.by === 'steps' ? budget.steps : budget.evaluations;
	if (limit === undefined) problems.push('stars.by: "evaluations" needs budget.evaluations');
	else if (stars.two > limit)
		problems.push(`stars.two: ${stars.two} is more than the budget (${limit} ${stars.by})`);
	return problems;
}

function rangeProblems(level: Level): string[] {
	const problems: string[] = [];
	level.optimizers.forEach((o, i) => {
		if (o.lr[0] <= 0) problems.push(`optimizers.${i}.lr: the lowest rate must be > 0`);
		if (level.optimizers.findIndex((other) => other.name === o.name) < i)
			problems.push(`optimizers.${i}.name: ${o.name} is listed twice`);
	});
	const batch = level.batchSize;
	if (batch && !(Number.isInteger(batch[0]) && Number.isInteger(batch[1]) && batch[0] >= 1))
		problems.push('batchSize: must be whole numbers from 1 up');
	return problems;
}

function boundsProblems(level: Level, landscape: Landscape): string[] {
	const names = landscape.objective.variables;
	const bounds = levelBounds(level, landscape);
	const problems = names
		.filter((name) => !bounds[name])
		.map((name) => `bounds.${name}: missing (the map has variable ${name})`);
	for (const name of Object.keys(bounds))
		if (!names.includes(name)) problems.push(`bounds.${name}: not a variable of the landscape`);
	return problems;
}

function outside(
	at: Record<string, number>,
	box: Record<string, readonly number[]>,
	names: readonly string[]
) {
	return names.filter(
		(name) => box[name] && !(at[name] >= box[name][0] && at[name] <= box[name][1])
	);
}

function startProblems(level: Level, landscape: Landscape): string[] {
	const names = landscape.objective.variables;
	const bounds = levelBounds(level, landscape);
	const { at } = level.start;
	const problems = names.filter((name) => !(name in at)).map((name) => `start.at.${name}: missing`);
	for (const name of outside(at, bounds, names))
		problems.push(`start.at.${name}: ${at[name]} is outside the map [${bounds[name].join(', ')}]`);
	if (level.start.kind === 'region') {
		const { region } = level.start;
		for (const name of names) {
			const r = region[name];
			if (!r) problems.push(`start.region.${name}: missing`);
			else if (bounds[name] && (r[0] < bounds[name][0] || r[1] > bounds[name][1]))
				problems.push(`start.region.${name}: [${r.join(', ')}] reaches off the map`);
		}
		for (const name of outside(at, region, names))
			problems.push(`start.at.${name}: ${at[name]} is outside the start region`);
	}
	return problems;
}

function goalProblems(level: Level, landscape: Landscape): string[] {
	const { goal } = level;
	if (goal.kind === 'loss') return [];
	const minima = landscape.critical.filter((c) => c.kind === 'minimum');
	const target = minima.find((c) => c.id === goal.minimum);
	if (!target) {
		const names = minima.map((c) => c.id).join(', ') || 'none listed; use a loss goal';
		return [`goal.minimum: "${goal.minimum}" is not a minimum of ${landscape.id} (${names})`];
	}
	if (level.start.kind !== 'region') return [];
	// The nearest point of the start region must be farther than the radius, or a drag wins.
	const { region } = level.start;
	const gap = Math.hypot(
		...landscape.objective.variables.map((name) => {
			const [lo, hi] = region[name] ?? [0, 0];
			const x = target.at[name];
			return x < lo ? lo - x : x > hi ? x - hi : 0;
		})
	);
	return gap <= goal.radius ? ['start.region: the goal lies inside the start region'] : [];
}

function methodProblems(level: Level, landscape: Landscape): string[] {
	const problems: string[] = [];
	level.optimizers.forEach((o, i) => {
		if (o.name === 'newton' && typeof landscape.objective.hessian !== 'function')
			problems.push(`optimizers.${i}.name: newton needs a Hessian, which ${landscape.id} has not`);
	});
	if (level.batchSize) {
		const n = exampleCount(landscape);
		if (n === undefined) problems.push(`batchSize: ${landscape.id} is not a loss over a data set`);
		else if (level.batchSize[1] > n)
			problems.push(`batchSize: at most ${n} (the data set's size), not ${level.batchSize[1]}`);
	}
	return problems;
}
