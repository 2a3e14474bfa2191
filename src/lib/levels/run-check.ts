// Checks a run against its level's rules: an allowed optimizer, every setting inside the level's
// range (defaults included: an unset momentum of 0.9 must also be allowed), the advanced controls
// only where the level offers them, and a start the level permits. The server refuses a posted run
// that fails here, so each problem names its field.
import * as v from 'valibot';
import { resolveSettings, type OptimizerSettings, type ResolvedSettings } from '../optimizers';
import { exampleCount, levelBounds, levelLandscape } from './landscape';
import { RunSpecSchema, type Level, type RunChoice, type RunSpec } from './schema';
import { issuesToProblems } from './problems';

const RANGED = ['lr', 'momentum', 'beta1', 'beta2', 'alpha', 'eps', 'radius'] as const;

const fmt = (x: number) => String(Number(x.toPrecision(6)));
const inside = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;

function checkSettings(level: Level, s: OptimizerSettings, path: string): string[] {
	const allowed = level.optimizers.find((o) => o.name === s.name);
	if (!allowed) {
		const names = level.optimizers.map((o) => o.name).join(', ');
		return [`${path}.name: ${s.name} is not allowed here (allowed: ${names})`];
	}
	let resolved: ResolvedSettings;
	try {
		resolved = resolveSettings(s);
	} catch (error) {
		return [`${path}.${(error as Error).message}`];
	}
	const problems: string[] = [];
	for (const key of RANGED) {
		const range = allowed[key];
		const value = resolved[key];
		if (range && !inside(value, range))
			problems.push(
				`${path}.${key}: ${fmt(value)} is outside [${fmt(range[0])}, ${fmt(range[1])}]`
			);
		else if (!range && key !== 'lr' && s[key] !== undefined && s[key] !== defaultOf(s, key))
			problems.push(`${path}.${key}: this level does not let you change ${key}`);
	}
	return problems;
}

function defaultOf(s: OptimizerSettings, key: (typeof RANGED)[number]): number {
	return resolveSettings({ name: s.name, lr: s.lr })[key];
}

function checkAdvanced(level: Level, choice: RunChoice, path: string): string[] {
	const { batchSize, schedule, switchTo } = choice.settings;
	const problems: string[] = [];
	if (batchSize !== undefined) {
		const n = exampleCount(levelLandscape(level));
		if (!level.batchSize) problems.push(`${path}.batchSize: this level has no mini-batches`);
		else if (!inside(batchSize, level.batchSize) || (n !== undefined && batchSize > n))
			problems.push(
				`${path}.batchSize: ${batchSize} is outside [${level.batchSize[0]}, ${level.batchSize[1]}]`
			);
	}
	if (schedule && schedule.kind !== 'constant' && !level.schedule)
		problems.push(`${path}.schedule: this level has no learning-rate schedules`);
	if (switchTo) {
		if (!level.switchTo) problems.push(`${path}.switchTo: this level does not allow a switch`);
		else problems.push(...checkSettings(level, switchTo.settings, `${path}.switchTo.settings`));
	}
	return problems;
}

function checkStart(level: Level, start: RunChoice['start'], path: string): string[] {
	const landscape = levelLandscape(level);
	const names = landscape.objective.variables;
	const missing = names.filter((name) => !(name in start));
	if (missing.length) return missing.map((name) => `${path}.${name}: missing`);
	const extra = Object.keys(start).filter((name) => !names.includes(name));
	if (extra.length) return extra.map((name) => `${path}.${name}: not a variable of this map`);
	if (level.start.kind === 'fixed') {
		const fixed = level.start.at;
		const moved = names.filter((name) => start[name] !== fixed[name]);
		return moved.map((name) => `${path}.${name}: this level starts at ${fixed[name]}`);
	}
	const region = { ...levelBounds(level, landscape), ...level.start.region };
	return names
		.filter((name) => !inside(start[name], region[name]))
		.map((name) => `${path}.${name}: ${fmt(start[name])} is outside the start region`);
}

/** Problems of a player's choice on a (valid) level; `path` prefixes every message. */
export function choiceProblems(level: Level, choice: RunChoice, path = ''): string[] {
	const at = (field: string) => (path ? `${path}.${field}` : field);
	return [
		...checkSettings(level, choice.settings, at('settings')),
		...checkAdvanced(level, choice, at('settings')),
		...checkStart(level, choice.start, at('start'))
	];
}

/** Whether `run` may be played on `level`; every problem is listed with its field. */
export function validateRun(
	level: Level,
	run: unknown
): { ok: true; run: RunSpec } | { ok: false; problems: string[] } {
	const parsed = v.safeParse(RunSpecSchema, run);
	if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.issues) };
	const spec = parsed.output;
	const problems: string[] = [];
	if (spec.levelId !== level.id)
		problems.push(`levelId: this run is for "${spec.levelId}", not "${level.id}"`);
	if (spec.version !== level.version)
		problems.push(
			`version: the run is for version ${spec.version}; the level is at ${level.version}`
		);
	problems.push(...choiceProblems(level, spec));
	return problems.length ? { ok: false, problems } : { ok: true, run: spec };
}
