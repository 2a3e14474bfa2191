// THE access table of src/routes/access.test.ts: one row per handler of every server route module.
// A row names the route id and handler, the rule (who may, see ./rules), the ids to try it with,
// the form it sends, and what an allowed call must return and do. The runner (./run) tries every
// role on every target, and checks refusals, leaks and untouched rows for all of them.
import { expect } from 'vitest';
import { getLevel } from '$lib/levels';
import { formatJoinCode, hashSignInCode, newSignInCode } from '../auth/codes';
import { hashToken } from '../auth/tokens';
import { itemKey, knownKeys } from '../classroom/catalogue';
import type { Outcome } from './invoke';
import {
	anyone,
	CLASS_ASSIGNMENTS,
	CLASS_LEARNERS,
	CLASS_WAITING,
	CLASSES,
	learnerApi,
	learnerSelf,
	notSignedInTeacher,
	teacherOwning
} from './rules';
import type { Ctx, Row } from './run';
import { ITEM } from './world';

/** The data a load or action returned (it must have returned some). */
function dataOf<T>(out: Outcome): T {
	expect(out.kind).toBe('data');
	return (out as { data: T }).data;
}

function responseOf(out: Outcome, status: number, type: RegExp) {
	expect(out.kind).toBe('response');
	const response = out as Extract<Outcome, { kind: 'response' }>;
	expect(response.status).toBe(status);
	expect(response.headers['content-type']).toMatch(type);
	return response.body;
}

/** The asker's own rows: a teacher's class and its learners; a learner themself and their class. */
function own(c: Ctx) {
	const party = c.me.party!;
	const names = Object.values(c.w.learners)
		.filter((l) => l.classId === c.w.classes[party].id)
		.map((l) => l.displayName)
		.sort();
	const self = c.me.learner ? c.w.learners[c.me.learner] : undefined;
	return { teacher: c.w.teachers[party], class: c.w.classes[party], names, self };
}

/** The teacher's approved learner (a1 or b1). */
const approvedOf = (c: Ctx) => (c.me.party === 'A' ? c.w.learners.a1 : c.w.learners.b1);

const learnerRow = (c: Ctx) =>
	c.db
		.selectFrom('learners')
		.selectAll()
		.where('id', '=', Number(c.ids.learner))
		.executeTakeFirst();
const classRow = (c: Ctx) =>
	c.db.selectFrom('classes').selectAll().where('id', '=', Number(c.ids.cls)).executeTakeFirst();
const fresh = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 9)}`;
const NEW_ITEM = [...knownKeys()].find((k) => k.startsWith('quiz:') && k !== itemKey(ITEM))!;
const inDays = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const level = getLevel('first-step');

export const TABLE: readonly Row[] = [
	// Every page: the signed-in learner's name and class, and nothing for anyone else.
	{
		route: '/',
		handler: 'layout',
		rule: anyone,
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				learner:
					c.me.principal === 'learner'
						? expect.objectContaining({
								learnerId: own(c).self!.id,
								displayName: own(c).self!.displayName,
								className: own(c).class.name
							})
						: null
			})
	},
	// Public files of the app (no data of anyone): the same for every role.
	{
		route: '/manifest.webmanifest',
		handler: 'GET',
		rule: anyone,
		ok: (out) =>
			expect(JSON.parse(responseOf(out, 200, /^application\/manifest\+json/)).name).toBeTruthy()
	},
	{
		route: '/offline/pages.json',
		handler: 'GET',
		rule: anyone,
		ok: (out) =>
			expect(JSON.parse(responseOf(out, 200, /^application\/json/)).paths).toContain('/play')
	},
	{
		route: '/api/attempts',
		handler: 'POST',
		rule: learnerApi,
		send: () => ({
			json: { kind: 'level', item: level.id, version: 1, run: level.reference },
			headers: { 'idempotency-key': fresh('access-key-') }
		}),
		ok: async (out, c) => {
			const body = JSON.parse(responseOf(out, 201, /^application\/json/));
			expect(body.attempt).toMatchObject({ status: 'accepted', stars: 3 });
			const rows = await c.db
				.selectFrom('attempts')
				.select('id')
				.where('learner_id', '=', own(c).self!.id)
				.execute();
			expect(rows).toHaveLength(2);
		}
	},
	{
		route: '/api/progress',
		handler: 'GET',
		rule: learnerApi,
		ok: (out, c) => {
			const body = responseOf(out, 200, /^application\/json/);
			expect(JSON.parse(body).items).toHaveLength(1);
			expect(body).toContain(c.w.markers[c.me.learner!]!.summary);
		}
	},
	{
		route: '/class',
		handler: 'load',
		rule: learnerSelf,
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				view: {
					className: own(c).class.name,
					displayName: own(c).self!.displayName,
					assignments: [expect.objectContaining({ item: ITEM, done: true })]
				}
			})
	},
	{
		route: '/class',
		handler: 'action:signout',
		rule: learnerSelf,
		ok: async (out, c) => {
			expect(out).toMatchObject({ kind: 'redirect', location: '/signin?signed-out' });
			const left = await c.db
				.selectFrom('sessions')
				.select('token_hash')
				.where('learner_id', '=', own(c).self!.id)
				.execute();
			expect(left).toEqual([]);
		}
	},
	{
		route: '/join',
		handler: 'load',
		rule: anyone,
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				code: '',
				signedInAs: c.me.principal === 'learner' ? own(c).self!.displayName : null
			})
	},
	{
		route: '/join',
		handler: 'action:join',
		rule: anyone,
		send: (c) => ({
			form: { code: formatJoinCode(c.w.classes.A.joinCode), displayName: fresh('Newbie-') }
		}),
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				joined: {
					displayName: c.sent.form!.displayName,
					signInCode: expect.stringMatching(/^[a-z]+(-[a-z]+){3}$/),
					approved: false
				}
			})
	},
	{
		route: '/signin',
		handler: 'load',
		rule: anyone,
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				signedOut: false,
				signedInAs: c.me.principal === 'learner' ? own(c).self!.displayName : null
			})
	},
	{
		route: '/signin',
		handler: 'action:signin',
		rule: anyone,
		send: () => ({ form: { code: newSignInCode() } }),
		ok: (out) =>
			expect(out).toMatchObject({ kind: 'fail', status: 400, data: { problem: { field: 'code' } } })
	},
	{
		route: '/teacher',
		handler: 'layout',
		rule: anyone,
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				teacherLogin: c.me.principal === 'teacher' ? own(c).teacher.login : null
			})
	},
	{
		route: '/teacher',
		handler: 'load',
		rule: teacherOwning,
		ok: (out, c) => {
			const { classes } = dataOf<{ classes: { id: number; name: string }[] }>(out);
			expect(classes.map((k) => [k.id, k.name])).toEqual([[own(c).class.id, own(c).class.name]]);
		}
	},
	{
		route: '/teacher',
		handler: 'action:create',
		rule: teacherOwning,
		send: () => ({ form: { name: fresh('Gamma ') } }),
		ok: async (out, c) => {
			expect(out).toMatchObject({
				kind: 'redirect',
				location: expect.stringMatching(/^\/teacher\/classes\/\d+$/)
			});
			const id = Number((out as { location: string }).location.split('/').pop());
			const made = await c.db
				.selectFrom('classes')
				.selectAll()
				.where('id', '=', id)
				.executeTakeFirst();
			expect(made).toMatchObject({ teacher_id: own(c).teacher.id, name: c.sent.form!.name });
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'load',
		rule: teacherOwning,
		targets: CLASSES,
		ok: (out, c) => {
			const data = dataOf<{
				class: { name: string };
				learners: { displayName: string }[];
				assignments: unknown[];
			}>(out);
			expect(data.class.name).toBe(own(c).class.name);
			expect(data.learners.map((l) => l.displayName)).toEqual(own(c).names);
			expect(data.assignments).toEqual([expect.objectContaining({ itemId: ITEM.id })]);
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'action:approve',
		rule: teacherOwning,
		targets: CLASS_WAITING,
		send: (c) => ({ form: { learnerId: c.ids.learner! } }),
		ok: async (out, c) => {
			expect(dataOf(out)).toEqual({ action: 'approve', done: true });
			expect((await learnerRow(c))?.status).toBe('approved');
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'action:renew',
		rule: teacherOwning,
		targets: CLASSES,
		send: () => ({ form: { newCode: 'on' } }),
		ok: async (out, c) => {
			expect(dataOf(out)).toEqual({ action: 'new-code', done: true });
			expect((await classRow(c))?.join_code).not.toBe(own(c).class.joinCode);
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'action:lock',
		rule: teacherOwning,
		targets: CLASSES,
		send: () => ({ form: { locked: 'on' } }),
		ok: async (out, c) => {
			expect(dataOf(out)).toEqual({ action: 'locked', done: true });
			expect((await classRow(c))?.locked).toBe(1);
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'action:approveJoins',
		rule: teacherOwning,
		targets: CLASSES,
		send: () => ({ form: {} }), // unticked: joins no longer wait (the fixture's classes wait)
		ok: async (out, c) => {
			expect(dataOf(out)).toEqual({ action: 'approve-joins', done: true });
			expect((await classRow(c))?.approve_joins).toBe(0);
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'action:addAssignment',
		rule: teacherOwning,
		targets: CLASSES,
		send: () => ({ form: { item: NEW_ITEM, due: inDays(30) } }),
		ok: async (out, c) => {
			expect(dataOf(out)).toEqual({ action: 'add', done: true });
			const rows = await c.db
				.selectFrom('assignments')
				.select('item_id')
				.where('class_id', '=', Number(c.ids.cls))
				.execute();
			expect(rows.map((r) => r.item_id).sort()).toEqual([ITEM.id, NEW_ITEM.split(':')[1]].sort());
		}
	},
	{
		route: '/teacher/classes/[id]',
		handler: 'action:removeAssignment',
		rule: teacherOwning,
		targets: CLASS_ASSIGNMENTS,
		send: (c) => ({ form: { assignmentId: c.ids.assignment! } }),
		ok: async (out, c) => {
			expect(dataOf(out)).toEqual({ action: 'remove-assignment', done: true });
			const left = await c.db
				.selectFrom('assignments')
				.select('id')
				.where('id', '=', Number(c.ids.assignment))
				.execute();
			expect(left).toEqual([]);
		}
	},
	{
		route: '/teacher/classes/[id]/cards',
		handler: 'load',
		rule: teacherOwning,
		targets: CLASSES,
		ok: (out, c) => {
			const data = dataOf<{ class: { name: string }; learners: { displayName: string }[] }>(out);
			expect(data.class.name).toBe(own(c).class.name);
			expect(data.learners.map((l) => l.displayName)).toEqual(own(c).names);
		}
	},
	{
		// Asks for cards for a1 AND b1: only the one in the teacher's class may get new words.
		route: '/teacher/classes/[id]/cards',
		handler: 'action:issue',
		rule: teacherOwning,
		targets: CLASSES,
		send: (c) => ({
			form: { learner: [String(c.w.learners.a1.id), String(c.w.learners.b1.id)], confirm: 'on' }
		}),
		ok: async (out, c) => {
			const mine = approvedOf(c);
			const { issued } = dataOf<{
				issued: { cards: { learnerId: number; signInCode: string }[]; className: string };
			}>(out);
			expect(issued.className).toBe(own(c).class.name);
			expect(issued.cards.map((k) => k.learnerId)).toEqual([mine.id]);
			const stored = await c.db
				.selectFrom('learners')
				.select('sign_in_code_hash')
				.where('id', '=', mine.id)
				.executeTakeFirst();
			expect(stored?.sign_in_code_hash).toBe(hashSignInCode(issued.cards[0].signInCode));
		}
	},
	{
		route: '/teacher/classes/[id]/delete',
		handler: 'load',
		rule: teacherOwning,
		targets: CLASSES,
		ok: (out, c) =>
			expect(dataOf(out)).toEqual({
				class: { id: own(c).class.id, name: own(c).class.name },
				learners: 2,
				assignments: 1
			})
	},
	{
		route: '/teacher/classes/[id]/delete',
		handler: 'action:delete',
		rule: teacherOwning,
		targets: CLASSES,
		ok: async (out, c) => {
			expect(out).toMatchObject({ kind: 'redirect', location: '/teacher?deleted' });
			expect(await classRow(c)).toBeUndefined();
		}
	},
	{
		route: '/teacher/classes/[id]/learners/[learnerId]',
		handler: 'load',
		rule: teacherOwning,
		targets: CLASS_LEARNERS,
		ok: async (out, c) => {
			const data = dataOf<{
				class: { name: string };
				learner: { displayName: string };
				attempts: number;
			}>(out);
			expect(data.class.name).toBe(own(c).class.name);
			expect(data.learner.displayName).toBe((await learnerRow(c))?.display_name);
			expect(data.attempts).toBe(1);
		}
	},
	{
		route: '/teacher/classes/[id]/learners/[learnerId]',
		handler: 'action:remove',
		rule: teacherOwning,
		targets: CLASS_LEARNERS,
		ok: async (out, c) => {
			expect(out).toMatchObject({
				kind: 'redirect',
				location: `/teacher/classes/${c.ids.cls}?removed`
			});
			expect(await learnerRow(c)).toBeUndefined();
		}
	},
	{
		route: '/teacher/classes/[id]/learners/[learnerId]/export.csv',
		handler: 'GET',
		rule: teacherOwning,
		targets: CLASS_LEARNERS,
		ok: async (out, c) => {
			const body = responseOf(out, 200, /^text\/csv/);
			expect(body).toContain((await learnerRow(c))!.display_name);
			expect(body).toContain(c.w.markers[c.target.learner as 'a1' | 'b1']!.sent);
		}
	},
	{
		route: '/teacher/classes/[id]/learners/[learnerId]/export.json',
		handler: 'GET',
		rule: teacherOwning,
		targets: CLASS_LEARNERS,
		ok: async (out, c) => {
			const body = responseOf(out, 200, /^application\/json/);
			const data = JSON.parse(body);
			expect(data.learner.displayName).toBe((await learnerRow(c))!.display_name);
			expect(data.attempts).toEqual([
				expect.objectContaining({
					submission: { note: c.w.markers[c.target.learner as 'a1' | 'b1']!.sent }
				})
			]);
		}
	},
	{
		// The dashboard: approved learners only (a1 or b1), the waiting one only counted.
		route: '/teacher/classes/[id]/progress',
		handler: 'load',
		rule: teacherOwning,
		targets: CLASSES,
		ok: (out, c) =>
			expect(dataOf(out)).toMatchObject({
				class: { id: own(c).class.id, name: own(c).class.name },
				learnerCount: 1,
				pending: 1,
				rows: [{ learner: { displayName: approvedOf(c).displayName }, cells: [{ status: 'done' }] }]
			})
	},
	{
		route: '/teacher/classes/[id]/progress.csv',
		handler: 'GET',
		rule: teacherOwning,
		targets: CLASSES,
		ok: (out, c) => {
			const lines = responseOf(out, 200, /^text\/csv/)
				.trim()
				.split('\r\n');
			expect(lines.slice(1)).toEqual([expect.stringContaining(`,${approvedOf(c).displayName},`)]);
		}
	},
	{
		route: '/teacher/login',
		handler: 'load',
		rule: notSignedInTeacher,
		ok: (out) => expect(out).toEqual({ kind: 'data', status: 200, data: undefined })
	},
	{
		route: '/teacher/login',
		handler: 'action:default',
		rule: anyone,
		send: () => ({
			form: { login: `${fresh('nobody-')}@school.example`, password: 'not the password' }
		}),
		ok: (out, c) =>
			expect(out).toMatchObject({ kind: 'fail', status: 400, data: { login: c.sent.form!.login } })
	},
	{
		route: '/teacher/logout',
		handler: 'load',
		rule: teacherOwning,
		ok: (out) => expect(out).toEqual({ kind: 'data', status: 200, data: undefined })
	},
	{
		// Anyone may sign out; it ends only the session of the cookie sent.
		route: '/teacher/logout',
		handler: 'action:default',
		rule: anyone,
		ok: async (out, c) => {
			expect(out).toMatchObject({ kind: 'redirect', location: '/teacher/login?out' });
			const token = c.w.tokens[c.role];
			if (!token) return;
			const left = await c.db
				.selectFrom('sessions')
				.select('token_hash')
				.where('token_hash', '=', hashToken(token))
				.execute();
			expect(left).toEqual([]);
		}
	},
	{
		route: '/teacher/signup',
		handler: 'load',
		rule: notSignedInTeacher,
		ok: (out) => expect(out).toEqual({ kind: 'data', status: 200, data: undefined })
	},
	{
		route: '/teacher/signup',
		handler: 'action:default',
		rule: anyone,
		send: () => ({
			form: { login: `${fresh('new-')}@school.example`, password: 'violet harbour lantern 42' }
		}),
		ok: async (out, c) => {
			expect(out).toMatchObject({ kind: 'redirect', location: '/teacher' });
			const made = await c.db
				.selectFrom('teachers')
				.select('id')
				.where('login', '=', String(c.sent.form!.login))
				.execute();
			expect(made).toHaveLength(1);
		}
	}
];
