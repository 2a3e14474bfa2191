// Who may do what, for the route access test: each role's principal and party, what it may change
// and see, the ids a route is tried with (own / the other party's / nonexistent / not an id), and
// the access rules that turn (role, ids) into the answer the route must give.
import type { LearnerKey, Party, Role, Unit, World } from './world';

export interface Person {
	/** What the session hook makes of the role's cookie (a waiting learner's session names no one). */
	principal: 'teacher' | 'learner' | null;
	party: Party | null;
	learner?: LearnerKey;
	/** The rows an allowed request of this role may change. */
	writes: readonly Unit[];
}

export const PEOPLE: Record<Role, Person> = {
	anonymous: { principal: null, party: null, writes: [] },
	teacherA: {
		principal: 'teacher',
		party: 'A',
		writes: ['teacher:A', 'class:A', 'learner:a1', 'learner:a2']
	},
	teacherB: {
		principal: 'teacher',
		party: 'B',
		writes: ['teacher:B', 'class:B', 'learner:b1', 'learner:b2']
	},
	learnerA1: { principal: 'learner', party: 'A', learner: 'a1', writes: ['learner:a1'] },
	learnerA2: { principal: null, party: 'A', learner: 'a2', writes: ['learner:a2'] },
	learnerB1: { principal: 'learner', party: 'B', learner: 'b1', writes: ['learner:b1'] }
};

/** The strings a role may find in a reply: a teacher their whole party, a learner their own rows. */
export function visibleTo(role: Role, w: World): Set<string> {
	const person = PEOPLE[role];
	if (person.principal === 'teacher') return new Set(person.writes.flatMap((u) => w.secrets[u]));
	if (!person.learner || !person.party) return new Set();
	const own = w.secrets[`learner:${person.learner}`];
	return new Set(person.principal ? [...own, w.classes[person.party].name] : own);
}

/** The ids a request names, by whose they are; `junk` is not an id at all. */
export interface Target {
	cls?: Party | 'missing' | 'junk';
	learner?: LearnerKey | 'missing';
	assignment?: Party | 'missing';
}

export const MISSING_ID = 2 ** 31 - 1;
export const NO_IDS: readonly Target[] = [{}];
export const CLASSES: readonly Target[] = [
	{ cls: 'A' },
	{ cls: 'B' },
	{ cls: 'missing' },
	{ cls: 'junk' }
];
export const CLASS_LEARNERS: readonly Target[] = [
	{ cls: 'A', learner: 'a1' },
	{ cls: 'B', learner: 'b1' },
	{ cls: 'A', learner: 'b1' },
	{ cls: 'B', learner: 'a1' },
	{ cls: 'A', learner: 'missing' },
	{ cls: 'missing', learner: 'a1' }
];
export const CLASS_WAITING: readonly Target[] = [
	{ cls: 'A', learner: 'a2' },
	{ cls: 'B', learner: 'b2' },
	{ cls: 'A', learner: 'b2' },
	{ cls: 'B', learner: 'a2' },
	{ cls: 'A', learner: 'missing' }
];
export const CLASS_ASSIGNMENTS: readonly Target[] = [
	{ cls: 'A', assignment: 'A' },
	{ cls: 'B', assignment: 'B' },
	{ cls: 'A', assignment: 'B' },
	{ cls: 'B', assignment: 'A' },
	{ cls: 'A', assignment: 'missing' }
];

/** The target's ids as a request carries them (all strings). */
export function idsOf(t: Target, w: World) {
	const cls =
		t.cls && { A: w.classes.A.id, B: w.classes.B.id, missing: MISSING_ID, junk: 'x7' }[t.cls];
	const learner = t.learner && (t.learner === 'missing' ? MISSING_ID : w.learners[t.learner].id);
	const assignment =
		t.assignment && (t.assignment === 'missing' ? MISSING_ID : w.assignments[t.assignment].id);
	return {
		cls: cls === undefined ? undefined : String(cls),
		learner: learner === undefined ? undefined : String(learner),
		assignment: assignment === undefined ? undefined : String(assignment)
	};
}

const partyOf = (key: string): Party | null =>
	key === 'A' || key === 'a1' || key === 'a2'
		? 'A'
		: key === 'B' || key === 'b1' || key === 'b2'
			? 'B'
			: null;

export type Expected = { allow: true } | { status: number } | { redirect: string };
export type Rule = (role: Role, target: Target) => Expected;

const ALLOW: Expected = { allow: true };

/** Anyone: a page of the public site, or a form whose effect is the caller's own (join, log in). */
export const anyone: Rule = () => ALLOW;

/** A signed-in teacher, and every id in the request is theirs; nobody → log in; else 404. */
export const teacherOwning: Rule = (role, target) => {
	const { principal, party } = PEOPLE[role];
	if (principal === null) return { redirect: '/teacher/login' };
	if (principal !== 'teacher') return { status: 404 };
	const owns = Object.values(target).every((key) => partyOf(key) === party);
	return owns ? ALLOW : { status: 404 };
};

/** The signed-in learner's own page; anyone else → the learners' sign-in page. */
export const learnerSelf: Rule = (role) =>
	PEOPLE[role].principal === 'learner' ? ALLOW : { redirect: '/signin' };

/** The learners' JSON API: nobody 401, a teacher 403, a learner their own data. */
export const learnerApi: Rule = (role) => {
	const { principal } = PEOPLE[role];
	return principal === 'learner' ? ALLOW : { status: principal === 'teacher' ? 403 : 401 };
};

/** Log-in and sign-up pages: a teacher already signed in goes to their classes. */
export const notSignedInTeacher: Rule = (role) =>
	PEOPLE[role].principal === 'teacher' ? { redirect: '/teacher' } : ALLOW;
