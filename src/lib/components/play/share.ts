// A run or a race in the URL, so a link replays it exactly (DESIGN.md §6). Readable, in the spirit
// of tensorflow/playground's state.ts but through URLSearchParams:
//   ?v=1&seed=0&at=-3,0.5&r=gd;lr=0.1&r=adam;lr=0.01;beta1=0.8;batch=8;schedule=step:10:0.5
// v is the level's version, at the start in the landscape's variable order, one r per racer (1–4):
//   r      = <optimizer> (;<key>=<value>)*     keys: lr momentum beta1 beta2 alpha eps radius,
//                                              batch, schedule, switch
//   schedule = constant | step:<every>:<gamma> | cosine:<total>[:<minLr>]
//   switch   = <after>:<optimizer>(:<key>=<number>)*      e.g. switch=50:gd:lr=0.05
// Numbers are printed by JavaScript's Number→String, the shortest text that reads back as the same
// double, so a decoded link replays bit for bit. A link is untrusted input: decoding checks every
// racer against the level's rules and answers with one message per problem, never a throw.
import * as v from 'valibot';
import {
	levelLandscape,
	RunSettingsSchema,
	validateRun,
	type SettingsSchema,
	type Level,
	type RunSettings,
	type RunSpec
} from '$lib/levels';

export const MAX_RACERS = 4;

/** What a link carries: one seed and start shared by up to four racers. */
export interface Share {
	seed: number;
	start: Record<string, number>;
	racers: RunSettings[];
}

export type DecodedShare = { ok: true; share: Share } | { ok: false; problems: string[] };

const NUMERIC = ['lr', 'momentum', 'beta1', 'beta2', 'alpha', 'eps', 'radius'] as const;
type Numeric = (typeof NUMERIC)[number];
type Settings = v.InferOutput<typeof SettingsSchema>;
type Schedule = NonNullable<RunSettings['schedule']>;

/** The shortest text that reads back as the identical double; -0 keeps its sign. */
export function formatNumber(x: number): string {
	if (!Number.isFinite(x)) throw new Error(`cannot put ${x} in a link`);
	return Object.is(x, -0) ? '-0' : String(x);
}

/** Link text quoted in a message, cut short: a forged link may be long. */
const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite decimal number, or undefined (Number('') is 0 and Number('0x1') is 1: not here). */
export function parseNumber(text: string): number | undefined {
	const x = Number(text);
	return NUMBER.test(text) && Number.isFinite(x) ? x : undefined;
}

function readNumber(text: string, path: string, problems: string[]): number | undefined {
	const x = parseNumber(text);
	if (x !== undefined) return x;
	problems.push(`${path}: ${quote(text)} is not a number`);
	return undefined;
}

function readInteger(text: string | null, path: string, what: string, problems: string[]) {
	if (text === null) return void problems.push(`${path}: missing (${what})`);
	if (/^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
	problems.push(`${path}: ${quote(text)} is not an integer (${what})`);
}

function encodeSettings(s: Settings, separator: string): string[] {
	const fields = NUMERIC.filter((key) => s[key] !== undefined);
	return fields.map((key) => `${key}${separator}${formatNumber(s[key] as number)}`);
}

function encodeSchedule(schedule: Schedule): string {
	if (schedule.kind === 'constant') return 'constant';
	if (schedule.kind === 'step')
		return `step:${formatNumber(schedule.every)}:${formatNumber(schedule.gamma)}`;
	const tail = schedule.minLr === undefined ? '' : `:${formatNumber(schedule.minLr)}`;
	return `cosine:${formatNumber(schedule.total)}${tail}`;
}

/** One racer as `name;key=value;…` (fields in a fixed order, so a link is stable). */
export function encodeRacer(racer: RunSettings): string {
	const fields = [racer.name, ...encodeSettings(racer, '=')];
	if (racer.batchSize !== undefined) fields.push(`batch=${formatNumber(racer.batchSize)}`);
	if (racer.schedule) fields.push(`schedule=${encodeSchedule(racer.schedule)}`);
	if (racer.switchTo) {
		const { after, settings } = racer.switchTo;
		const spec = [formatNumber(after), settings.name, ...encodeSettings(settings, '=')];
		fields.push(`switch=${spec.join(':')}`);
	}
	return fields.join(';');
}

/** The link's parameters for a share on version `version` of a level with these variables. */
export function encodeShare(
	share: Share,
	version: number,
	variables: readonly string[]
): URLSearchParams {
	const { racers, start } = share;
	if (racers.length < 1 || racers.length > MAX_RACERS)
		throw new Error(`a link carries 1 to ${MAX_RACERS} racers (got ${racers.length})`);
	const params = new URLSearchParams();
	params.set('v', formatNumber(version));
	params.set('seed', formatNumber(share.seed));
	const at = variables.map((name) => {
		if (start[name] === undefined) throw new Error(`the start has no value for ${name}`);
		return formatNumber(start[name]);
	});
	params.set('at', at.join(','));
	for (const racer of racers) params.append('r', encodeRacer(racer));
	return params;
}

/** The query string with `;:,=` left readable (a value needs no escaping for them: only & + % #). */
export function shareQuery(params: URLSearchParams): string {
	const pairs = [...params].map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
	const readable = { '%3B': ';', '%3A': ':', '%2C': ',', '%3D': '=' } as Record<string, string>;
	return `?${pairs.join('&')}`.replace(/%3B|%3A|%2C|%3D/g, (code) => readable[code]);
}

/** How many numbers follow each schedule's name (fewest, most). */
const ARITY = new Map([
	['constant', [0, 0]],
	['step', [2, 2]],
	['cosine', [1, 2]]
]);

function readSchedule(text: string, path: string, problems: string[]): unknown {
	const [kind, ...rest] = text.split(':');
	const arity = ARITY.get(kind);
	if (!arity || rest.length < arity[0] || rest.length > arity[1])
		return void problems.push(
			`${path}: ${quote(text)} is not a schedule (constant, step:<every>:<gamma> or cosine:<total>[:<minLr>])`
		);
	const [a, b] = rest.map((part) => readNumber(part, path, problems));
	if (kind === 'constant') return { kind };
	if (kind === 'step') return { kind, every: a, gamma: b };
	return rest.length === 1 ? { kind, total: a } : { kind, total: a, minLr: b };
}

/** `key=value` fields as an object, each key at most once; a message for each bad field. */
function readFields(
	fields: string[],
	path: string,
	problems: string[],
	read: (key: string, value: string, at: string) => [string, unknown] | undefined
): Record<string, unknown> {
	const target: Record<string, unknown> = {};
	for (const field of fields) {
		const eq = field.indexOf('=');
		if (eq < 0) {
			problems.push(`${path}: ${quote(field)} is not key=value`);
			continue;
		}
		const text = field.slice(0, eq);
		const key = /^\w{1,20}$/.test(text) ? text : quote(text);
		const entry = read(key, field.slice(eq + 1), `${path}.${key}`);
		if (!entry) continue;
		if (Object.hasOwn(target, entry[0])) problems.push(`${path}.${key}: given twice`);
		else target[entry[0]] = entry[1];
	}
	return target;
}

function readNumeric(problems: string[]) {
	return (key: string, value: string, at: string): [string, unknown] | undefined => {
		if (NUMERIC.includes(key as Numeric)) return [key, readNumber(value, at, problems)];
		problems.push(`${at}: unknown setting (known: ${NUMERIC.join(', ')})`);
	};
}

function readSwitch(text: string, path: string, problems: string[]): unknown {
	const [after, name, ...fields] = text.split(':');
	if (name === undefined)
		return void problems.push(
			`${path}: ${quote(text)} is not <after>:<optimizer>(:<key>=<number>)*`
		);
	const settings = readFields(fields, path, problems, readNumeric(problems));
	return { after: readNumber(after, `${path}.after`, problems), settings: { name, ...settings } };
}

/** One `r` value into raw settings (the schema checks their types next). */
function readRacer(text: string, path: string, problems: string[]): Record<string, unknown> {
	const [name, ...fields] = text.split(';');
	const rest = readFields(fields, path, problems, (key, value, at) => {
		if (key === 'batch') return ['batchSize', readNumber(value, at, problems)];
		if (key === 'schedule') return ['schedule', readSchedule(value, at, problems)];
		if (key === 'switch') return ['switchTo', readSwitch(value, at, problems)];
		return readNumeric(problems)(key, value, at);
	});
	return { name, ...rest };
}

/** A settings path as the link spells it: settings.switchTo.settings.lr → switch.lr. */
function linkPath(path: string): string {
	return path
		.replace(/^settings\.?/, '')
		.replace(/^switchTo\.settings\./, 'switch.')
		.replace(/^switchTo/, 'switch')
		.replace(/^batchSize/, 'batch');
}

/** One racer checked: its syntax first, then (only if that is sound) the settings' types. */
function readChecked(text: string, path: string, problems: string[]): RunSettings | undefined {
	const syntax: string[] = [];
	const raw = readRacer(text, path, syntax);
	problems.push(...syntax);
	if (syntax.length) return undefined;
	const parsed = v.safeParse(RunSettingsSchema, raw);
	if (parsed.success) return parsed.output;
	for (const issue of parsed.issues) {
		const where = linkPath(v.getDotPath(issue) ?? '');
		// Only known keys are ever set, so a key issue with no input is a setting left out.
		const missing =
			issue.kind === 'schema' && issue.type === 'strict_object' && issue.input === undefined;
		problems.push(`${path}${where ? `.${where}` : ''}: ${missing ? 'missing' : issue.message}`);
	}
}

function readRacers(texts: string[], problems: string[]): (RunSettings | undefined)[] {
	if (texts.length === 0) problems.push('r: missing (no racer)');
	if (texts.length > MAX_RACERS) {
		problems.push(`r: at most ${MAX_RACERS} racers (got ${texts.length})`);
		return [];
	}
	return texts.map((text, i) => readChecked(text, `r${i + 1}`, problems));
}

function readStart(text: string | null, variables: readonly string[], problems: string[]) {
	if (text === null) return void problems.push('at: missing (the start point)');
	const parts = text.split(',');
	if (parts.length !== variables.length)
		return void problems.push(
			`at: expected ${variables.length} number(s) (${variables.join(', ')}), got ${parts.length}`
		);
	const before = problems.length;
	const values = parts.map((part, i) => readNumber(part, `at.${variables[i]}`, problems));
	if (problems.length > before) return undefined;
	return Object.fromEntries(variables.map((name, i) => [name, values[i] as number]));
}

function checkVersion(text: string | null, level: Level, problems: string[]): void {
	const version = readInteger(text, 'v', "the level's version", problems);
	if (version !== undefined && version !== level.version)
		problems.push(
			`v: this link is for version ${version} of level "${level.id}"; the level is now at version ${level.version}`
		);
}

/** The level's own rules for each racer, in the link's words (settings.lr → r2.lr, start.x → at.x). */
function ruleProblems(level: Level, racers: (RunSettings | undefined)[], start?: Share['start']) {
	const problems = new Set<string>();
	racers.forEach((settings, i) => {
		if (!settings) return;
		const run = { levelId: level.id, version: level.version, settings, seed: 0 };
		const check = validateRun(level, { ...run, start: start ?? level.reference.start });
		for (const problem of check.ok ? [] : check.problems) {
			const cut = problem.indexOf(': ');
			const [path, message] = [problem.slice(0, cut), problem.slice(cut + 2)];
			if (path.startsWith('start')) {
				if (start) problems.add(`at${path.slice('start'.length)}: ${message}`);
			} else problems.add(`r${i + 1}.${linkPath(path)}: ${message}`);
		}
	});
	return [...problems];
}

/** A link's share for `level`, checked against the level's rules; every problem is listed. */
export function decodeShare(
	params: URLSearchParams,
	level: Level,
	variables: readonly string[] = levelLandscape(level).objective.variables
): DecodedShare {
	const problems: string[] = [];
	checkVersion(params.get('v'), level, problems);
	const seed = readInteger(params.get('seed'), 'seed', 'the random seed', problems);
	const start = readStart(params.get('at'), variables, problems);
	const racers = readRacers(params.getAll('r'), problems);
	problems.push(...ruleProblems(level, racers, start));
	if (problems.length || seed === undefined || !start) return { ok: false, problems };
	return { ok: true, share: { seed, start, racers: racers as RunSettings[] } };
}

/** Each racer of a (decoded) share as the run the game plays and the server re-plays. */
export function shareRuns(share: Share, level: Pick<Level, 'id' | 'version'>): RunSpec[] {
	const { seed, start } = share;
	return share.racers.map((settings) => ({
		levelId: level.id,
		version: level.version,
		settings,
		start: { ...start },
		seed
	}));
}
