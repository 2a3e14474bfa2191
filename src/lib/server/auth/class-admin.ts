// What a signed-in teacher does about access to their classes: make a class (with a join code that
// expires in 14 days), renew or replace its code, lock it, choose whether joins need approval,
// approve a learner, and print a learner a new sign-in card. `teacherId` comes from the validated
// session; everything else comes from a form and is parsed. A teacher can only touch their own.
import * as access from '../db/repos/access';
import * as classes from '../db/repos/classes';
import * as learners from '../db/repos/learners';
import * as codes from './codes';
import { clock, fail, type AuthContext, type Failure } from './context';
import * as inputs from './inputs';
import { MESSAGES } from './messages';
import * as tokens from './tokens';

type NotFound = Failure<'not-found'>;
const notFound = (): NotFound => fail('not-found', MESSAGES.notFound);
/** A fresh random code clashes with 2^-40 odds per class; a few tries are plenty. */
const TRIES = 5;

export type CreateClassResult =
	{ ok: true; class: classes.ClassInfo; joinCodeShown: string } | Failure<'invalid-name'>;

export async function createClass(
	ctx: AuthContext,
	teacherId: number,
	input: unknown
): Promise<CreateClassResult> {
	const form = inputs.parse(inputs.NewClassInput, input);
	const name = inputs.parse(inputs.ClassName, form?.name);
	if (!form || !name) return fail('invalid-name', MESSAGES.classNameInvalid, { field: 'name' });
	const now = clock(ctx);
	for (let tries = 0; tries < TRIES; tries++) {
		const made = await classes.create(ctx.db, {
			teacherId,
			name,
			joinCode: codes.newJoinCode(),
			joinCodeExpiresAt: codes.joinCodeExpiry(now),
			approveJoins: form.approveJoins,
			now
		});
		if (made) return { ok: true, class: made, joinCodeShown: codes.formatJoinCode(made.joinCode) };
	}
	throw new Error('Could not make an unused join code');
}

export type RenewResult =
	{ ok: true; joinCode: string; joinCodeShown: string; expiresAt: Date } | NotFound;

/** Another 14 days from now; with `newCode`, a new code too (the old one stops working). */
export async function renewJoinCode(
	ctx: AuthContext,
	teacherId: number,
	input: unknown
): Promise<RenewResult> {
	const form = inputs.parse(inputs.RenewInput, input);
	if (!form) return notFound();
	const expiresAt = codes.joinCodeExpiry(clock(ctx));
	const { classId } = form;
	for (let tries = 0; tries < TRIES; tries++) {
		const newCode = form.newCode ? codes.newJoinCode() : undefined;
		const done = await access.renewJoinCode(ctx.db, {
			classId,
			teacherId,
			expiresAt,
			joinCode: newCode
		});
		if (done === 'not-found') return notFound();
		if (done !== 'code-taken') {
			const { joinCode } = done;
			return { ok: true, joinCode, joinCodeShown: codes.formatJoinCode(joinCode), expiresAt };
		}
	}
	throw new Error('Could not make an unused join code');
}

export async function setClassLocked(
	ctx: AuthContext,
	teacherId: number,
	input: unknown
): Promise<{ ok: true } | NotFound> {
	const form = inputs.parse(inputs.LockInput, input);
	const done = form && (await classes.setLocked(ctx.db, { ...form, teacherId }));
	return done ? { ok: true } : notFound();
}

export async function setApproveJoins(
	ctx: AuthContext,
	teacherId: number,
	input: unknown
): Promise<{ ok: true } | NotFound> {
	const form = inputs.parse(inputs.ApproveJoinsInput, input);
	const done = form && (await access.setApproveJoins(ctx.db, { ...form, teacherId }));
	return done ? { ok: true } : notFound();
}

export async function approveLearner(
	ctx: AuthContext,
	teacherId: number,
	input: unknown
): Promise<{ ok: true } | NotFound> {
	const form = inputs.parse(inputs.LearnerRef, input);
	const done = form && (await learners.approve(ctx.db, { ...form, teacherId }));
	return done ? { ok: true } : notFound();
}

export type RegenerateResult = { ok: true; signInCode: string } | NotFound;

/**
 * A new sign-in card for a learner (lost or seen by others): the old code stops working and every
 * session of that learner ends. Show or print the code now; only its hash is kept.
 */
export async function regenerateSignInCode(
	ctx: AuthContext,
	teacherId: number,
	input: unknown
): Promise<RegenerateResult> {
	const form = inputs.parse(inputs.LearnerRef, input);
	if (!form) return notFound();
	for (let tries = 0; tries < TRIES; tries++) {
		const signInCode = codes.newSignInCode();
		const signInCodeHash = codes.hashSignInCode(signInCode);
		const { learnerId } = form;
		const done = await access.replaceSignInCodeHash(ctx.db, {
			learnerId,
			teacherId,
			signInCodeHash
		});
		if (done === 'not-found') return notFound();
		if (done === 'replaced') {
			await tokens.revokeAllFor(ctx.db, { learnerId: form.learnerId });
			return { ok: true, signInCode };
		}
	}
	throw new Error('Could not make an unused sign-in code');
}
