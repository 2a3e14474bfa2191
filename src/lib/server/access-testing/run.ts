// One row of the route access table, run for every role and every target: the answer must be the
// one the rule names (allowed → the row's own check of what came back), the reply must carry no
// string of a person or class the role may not see, and no row the role may not touch may change
// (a refusal changes nothing at all). A world that changed is built afresh for the next call.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Principal } from '../auth/tokens';
import { sessionHandle } from '../auth/session-handle';
import { eventOf, invoke, type Call, type Outcome } from './invoke';
import {
	idsOf,
	NO_IDS,
	PEOPLE,
	visibleTo,
	type Expected,
	type Person,
	type Rule,
	type Target
} from './rules';
import { snapshot, type Snapshot } from './snapshot';
import { buildWorld, ROLES, UNITS, type Role, type World } from './world';

export interface Ctx {
	w: World;
	db: Kysely<Database>;
	role: Role;
	me: Person;
	target: Target;
	ids: ReturnType<typeof idsOf>;
	/** What the row sent (its `send`), for its check to compare with. */
	sent: Sent;
}

export type Sent = Pick<Call, 'form' | 'json' | 'headers'>;

export interface Row {
	/** The route id, as SvelteKit names it: /teacher/classes/[id]. */
	route: string;
	/** `load`, `layout`, `action:<name>` or an HTTP verb. */
	handler: string;
	rule: Rule;
	/** The ids to try it with (default: none); [id] takes `cls`, [learnerId] takes `learner`. */
	targets?: readonly Target[];
	/** The form or JSON body, when the handler reads one. */
	send?: (c: Omit<Ctx, 'sent'>) => Sent;
	/** For an allowed call: what it must answer, and what it must have done. Throws if not. */
	ok: (out: Outcome, c: Ctx) => unknown;
}

export interface Env {
	db: Kysely<Database>;
	world: World;
	principals: Record<Role, Principal | null>;
	/** The world's rows as the last call left them (nothing else writes between calls). */
	last?: Snapshot;
}

/** What the session hook makes of a role's cookie, exactly as for a real request. */
async function principalOf(token: string | undefined): Promise<Principal | null> {
	if (!token) return null;
	const event = eventOf({
		route: '/',
		params: {},
		method: 'GET',
		principal: null,
		token,
		address: '127.0.0.1'
	});
	let found: Principal | null = null;
	const resolve = async (e: typeof event) => {
		found = e.locals.principal;
		return new Response();
	};
	await (sessionHandle as unknown as (input: object) => Promise<Response>)({ event, resolve });
	return found;
}

export async function freshEnv(db: Kysely<Database>): Promise<Env> {
	const world = await buildWorld(db);
	const found = await Promise.all(ROLES.map((role) => principalOf(world.tokens[role])));
	const principals = Object.fromEntries(ROLES.map((role, i) => [role, found[i]]));
	return { db, world, principals: principals as Env['principals'] };
}

const PARAM_TARGET: Record<string, 'cls' | 'learner'> = { id: 'cls', learnerId: 'learner' };

function paramsOf(route: string, ids: Ctx['ids']): Record<string, string> {
	const params: Record<string, string> = {};
	for (const [, name] of route.matchAll(/\[(\w+)\]/g)) {
		const value = PARAM_TARGET[name] && ids[PARAM_TARGET[name]];
		if (value === undefined)
			throw new Error(`${route}: give the row targets with an id for [${name}]`);
		params[name] = value;
	}
	return params;
}

const describeTarget = (t: Target) =>
	Object.entries(t)
		.map(([k, v]) => `${k}=${v}`)
		.join(',');
const describeOutcome = (out: Outcome) =>
	`${out.kind} ${out.status}${out.kind === 'redirect' ? ` → ${out.location}` : ''}`;

function answerProblem(expected: Expected, out: Outcome): string | undefined {
	if ('redirect' in expected) {
		const right =
			out.kind === 'redirect' && out.status === 303 && out.location === expected.redirect;
		return right ? undefined : `expected 303 → ${expected.redirect}, got ${describeOutcome(out)}`;
	}
	if ('status' in expected) {
		const right = out.kind !== 'data' && out.kind !== 'redirect' && out.status === expected.status;
		return right ? undefined : `expected ${expected.status}, got ${describeOutcome(out)}`;
	}
	return undefined;
}

let addresses = 0;
const nextAddress = () =>
	`10.${(++addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;

/** Strings of others in the reply, and rows changed that the role may not touch (or any, if refused). */
function sideEffects(c: Ctx, allowed: boolean, out: Outcome, before: Snapshot, after: Snapshot) {
	const problems: string[] = [];
	const reply = JSON.stringify(out);
	const visible = visibleTo(c.role, c.w);
	for (const unit of UNITS) {
		for (const secret of c.w.secrets[unit]) {
			if (!visible.has(secret) && reply.includes(secret))
				problems.push(`the reply shows ${unit}'s “${secret}”`);
		}
	}
	const writes: readonly string[] = allowed ? c.me.writes : [];
	for (const unit of UNITS) {
		if (before[unit] !== after[unit] && !writes.includes(unit))
			problems.push(`changed the rows of ${unit}`);
	}
	if (!allowed && before.rows !== after.rows)
		problems.push(`a refusal changed the tables (${before.rows} → ${after.rows})`);
	return problems;
}

/** One call: one role, one target. Returns its problems; leaves `env` ready for the next call. */
async function callOnce(row: Row, handler: unknown, env: Env, role: Role, target: Target) {
	const expected = row.rule(role, target);
	const ids = idsOf(target, env.world);
	const base = { w: env.world, db: env.db, role, me: PEOPLE[role], target, ids };
	const sent = row.send?.(base) ?? {};
	const c: Ctx = { ...base, sent };
	const reads = row.handler === 'load' || row.handler === 'layout' || row.handler === 'GET';
	const call: Call = {
		route: row.route,
		params: paramsOf(row.route, ids),
		method: reads ? 'GET' : 'POST',
		principal: env.principals[role],
		token: env.world.tokens[role],
		address: nextAddress(),
		...sent
	};
	const before = env.last ?? (await snapshot(env.db, env.world));
	env.last = undefined; // if the handler throws, the next call reads the rows afresh
	const out = await invoke(handler, call);
	const after = await snapshot(env.db, env.world);
	const problems: string[] = [];
	const wrong = answerProblem(expected, out);
	if (wrong) problems.push(wrong);
	else if ('allow' in expected) {
		try {
			await row.ok(out, c);
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			const first = text.split('\n').slice(0, 3).join(' ');
			problems.push(`allowed, but ${first} (${describeOutcome(out)})`);
		}
	}
	problems.push(...sideEffects(c, 'allow' in expected, out, before, after));
	const changed = [...UNITS, 'rows' as const].some((k) => before[k] !== after[k]);
	if (changed) Object.assign(env, await freshEnv(env.db));
	else env.last = after;
	return problems;
}

/** Runs the row for every role and target; returns what went wrong, one line each. */
export async function runRow(row: Row, handler: unknown, env: Env): Promise<string[]> {
	const problems: string[] = [];
	for (const role of ROLES) {
		for (const target of row.targets ?? NO_IDS) {
			const where = Object.keys(target).length ? ` @ ${describeTarget(target)}` : '';
			for (const problem of await callOnce(row, handler, env, role, target)) {
				problems.push(`${role}${where}: ${problem}`);
			}
		}
	}
	return problems;
}
