// The people of the route access test (src/routes/access.test.ts): teacher A with class A (a1
// approved, a2 waiting) and teacher B with class B (b1 approved, b2 waiting), each class with an
// assignment and each approved learner with an attempt and an idempotency key; a live session for
// everyone but b2. Every name is random and distinctive, so finding one in a reply means the reply
// carries that row.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import * as assignmentsRepo from '../db/repos/assignments';
import * as attemptsRepo from '../db/repos/attempts';
import * as classesRepo from '../db/repos/classes';
import * as idempotency from '../db/repos/idempotency';
import * as learnersRepo from '../db/repos/learners';
import * as teachersRepo from '../db/repos/teachers';
import * as codes from '../auth/codes';
import * as sessionTokens from '../auth/tokens';

export type Party = 'A' | 'B';
export type LearnerKey = 'a1' | 'a2' | 'b1' | 'b2';
export type Unit = `teacher:${Party}` | `class:${Party}` | `learner:${LearnerKey}`;
export const UNITS: readonly Unit[] = [
	...(['A', 'B'] as const).flatMap((p) => [`teacher:${p}` as const, `class:${p}` as const]),
	...(['a1', 'a2', 'b1', 'b2'] as const).map((l) => `learner:${l}` as const)
];

/** Who asks: nobody, or the holder of one of the world's sessions (a2's names no one: pending). */
export const ROLES = [
	'anonymous',
	'teacherA',
	'teacherB',
	'learnerA1',
	'learnerA2',
	'learnerB1'
] as const;
export type Role = (typeof ROLES)[number];

export const ITEM = { kind: 'level', id: 'first-step', version: 1 } as const;
const FAKE_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';

export interface World {
	teachers: Record<Party, teachersRepo.Teacher>;
	classes: Record<Party, classesRepo.ClassInfo>;
	learners: Record<LearnerKey, learnersRepo.Learner>;
	assignments: Record<Party, assignmentsRepo.Assignment>;
	/** The session token each role's browser holds. */
	tokens: Partial<Record<Role, string>>;
	/** What only this person or class has: names, codes, markers stored in attempts. */
	secrets: Record<Unit, string[]>;
	/** The markers in a1's and b1's attempts: what they sent, and the server's summary. */
	markers: Partial<Record<LearnerKey, { sent: string; summary: string }>>;
}

const tag = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 9)}`;

async function aClass(db: Kysely<Database>, teacherId: number, name: string) {
	const made = await classesRepo.create(db, {
		teacherId,
		name,
		joinCode: codes.newJoinCode(),
		joinCodeExpiresAt: codes.joinCodeExpiry(new Date()),
		approveJoins: true
	});
	if (!made) throw new Error('join code clash in the fixture');
	return made;
}

async function aLearner(db: Kysely<Database>, joinCode: string, displayName: string) {
	const signInCodeHash = codes.hashSignInCode(codes.newSignInCode());
	const joined = await learnersRepo.join(db, { joinCode, displayName, signInCodeHash });
	if (!joined.ok) throw new Error(`fixture learner not joined: ${joined.reason}`);
	return joined.learner;
}

async function aParty(db: Kysely<Database>, p: Party, names: [string, string, string]) {
	const teacher = await teachersRepo.create(db, {
		login: `${tag(`teacher-${p}-`)}@school.example`,
		passwordHash: FAKE_HASH
	});
	if (!teacher) throw new Error('teacher login clash in the fixture');
	const made = await aClass(db, teacher.id, names[0]);
	const [approved, waiting] = await Promise.all([
		aLearner(db, made.joinCode, names[1]),
		aLearner(db, made.joinCode, names[2])
	]);
	const markers = { sent: tag('sent-'), summary: tag('summary-') };
	const [, assignment] = await Promise.all([
		learnersRepo.approve(db, { learnerId: approved.id, teacherId: teacher.id }),
		assignmentsRepo.create(db, { classId: made.id, item: ITEM }),
		attemptsRepo.insert(db, {
			learnerId: approved.id,
			item: ITEM,
			submission: { note: markers.sent },
			result: { passed: true, summary: { en: markers.summary, ko: markers.summary } },
			score: 80,
			stars: 2,
			status: 'accepted'
		}),
		idempotency.begin(db, { learnerId: approved.id, key: tag('key-'), payloadHash: 'p' })
	]);
	if (!assignment) throw new Error('fixture assignment clash');
	const learners = [{ ...approved, status: 'approved' as const }, waiting] as const;
	return { teacher, class: made, learners, assignment, markers };
}

export async function buildWorld(db: Kysely<Database>): Promise<World> {
	const [A, B] = await Promise.all([
		aParty(db, 'A', [tag('Alpha '), tag('Ada-'), tag('Abe-')]),
		aParty(db, 'B', [tag('Beta '), tag('Bea-'), tag('Bo-')])
	]);
	const [a1, a2] = A.learners;
	const [b1, b2] = B.learners;
	const session = async (owner: sessionTokens.SessionOwner) =>
		(await sessionTokens.createSession(db, owner)).token;
	const sessions = await Promise.all([
		session({ teacherId: A.teacher.id }),
		session({ teacherId: B.teacher.id }),
		session({ learnerId: a1.id }),
		session({ learnerId: a2.id }),
		session({ learnerId: b1.id })
	]);
	const tokens = Object.fromEntries(
		(['teacherA', 'teacherB', 'learnerA1', 'learnerA2', 'learnerB1'] as const).map((role, i) => [
			role,
			sessions[i]
		])
	);
	const classSecrets = (c: classesRepo.ClassInfo) => [
		c.name,
		c.joinCode,
		codes.formatJoinCode(c.joinCode)
	];
	return {
		teachers: { A: A.teacher, B: B.teacher },
		classes: { A: A.class, B: B.class },
		learners: { a1, a2, b1, b2 },
		assignments: { A: A.assignment, B: B.assignment },
		tokens,
		secrets: {
			'teacher:A': [A.teacher.login],
			'teacher:B': [B.teacher.login],
			'class:A': classSecrets(A.class),
			'class:B': classSecrets(B.class),
			'learner:a1': [a1.displayName, A.markers.sent, A.markers.summary],
			'learner:a2': [a2.displayName],
			'learner:b1': [b1.displayName, B.markers.sent, B.markers.summary],
			'learner:b2': [b2.displayName]
		},
		markers: { a1: A.markers, b1: B.markers }
	};
}
