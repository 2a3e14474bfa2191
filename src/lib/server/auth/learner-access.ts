// Learners join a class with its code and a display name (nothing else is asked or kept), get a
// sign-in code of four words, and later sign in with those words alone. Every look-up of a code
// counts against the address first; a code that turns out right hands its count back, so only
// wrong guesses add up.
import type { LearnerStatus } from '../db/schema';
import * as learners from '../db/repos/learners';
import * as codes from './codes';
import { clock, fail, type AuthContext, type Failure } from './context';
import { DisplayName, JoinInput, parse, SignInInput } from './inputs';
import { MESSAGES } from './messages';
import * as throttle from './throttle';
import * as tokens from './tokens';

export interface LearnerInfo {
	id: number;
	classId: number;
	displayName: string;
	status: LearnerStatus;
}

const infoOf = (l: learners.Learner): LearnerInfo => ({
	id: l.id,
	classId: l.classId,
	displayName: l.displayName,
	status: l.status
});

export type JoinClassResult =
	| {
			ok: true;
			learner: LearnerInfo;
			/** Show it once (the teacher can print a new one); only its hash is stored. */
			signInCode: string;
			/** Null while the learner waits for the teacher's approval. */
			session: tokens.IssuedSession | null;
	  }
	| Failure<
			| 'invalid-name'
			| 'no-such-code'
			| 'code-expired'
			| 'class-locked'
			| 'name-taken'
			| 'rate-limited'
	  >;

/** A new learner row with a fresh sign-in code (a fresh code again in the rare case of a clash). */
async function joinWithNewCode(ctx: AuthContext, joinCode: string, displayName: string) {
	for (let tries = 0; ; tries++) {
		const signInCode = codes.newSignInCode();
		const signInCodeHash = codes.hashSignInCode(signInCode);
		const now = clock(ctx);
		const joined = await learners.join(ctx.db, { joinCode, displayName, signInCodeHash, now });
		if (joined.ok || joined.reason !== 'code-taken' || tries >= 4) return { joined, signInCode };
	}
}

export async function joinClass(
	ctx: AuthContext,
	input: unknown,
	previousToken?: string
): Promise<JoinClassResult> {
	const form = parse(JoinInput, input);
	const displayName = parse(DisplayName, form?.displayName);
	if (!displayName) {
		return fail('invalid-name', MESSAGES.displayNameInvalid, { field: 'displayName' });
	}
	const joinCode = codes.normaliseJoinCode(form?.code);
	if (!joinCode) return fail('no-such-code', MESSAGES.joinCodeUnknown, { field: 'code' });
	const gate = await throttle.beginCodeGuess(ctx.db, ctx.address, clock(ctx));
	if (!gate.allowed) {
		const { retryAfterSeconds } = gate;
		return fail('rate-limited', MESSAGES.tooManyTries, { retryAfterSeconds });
	}
	const { joined, signInCode } = await joinWithNewCode(ctx, joinCode, displayName);
	if (!joined.ok && joined.reason === 'no-such-code') {
		return fail('no-such-code', MESSAGES.joinCodeUnknown, { field: 'code' });
	}
	await throttle.succeeded(ctx.db, gate.taken); // the code was right: not a guess
	if (!joined.ok) {
		if (joined.reason === 'code-expired') return fail('code-expired', MESSAGES.joinCodeExpired);
		if (joined.reason === 'class-locked') return fail('class-locked', MESSAGES.classLocked);
		if (joined.reason === 'name-taken') {
			return fail('name-taken', MESSAGES.displayNameTaken, { field: 'displayName' });
		}
		throw new Error('Could not make an unused sign-in code'); // five clashes in 2^32: a bug
	}
	const { learner } = joined;
	const session =
		learner.status === 'approved'
			? await tokens.rotate(ctx.db, previousToken, { learnerId: learner.id }, clock(ctx))
			: null;
	return { ok: true, learner: infoOf(learner), signInCode, session };
}

export type SignInLearnerResult =
	| { ok: true; learner: LearnerInfo; session: tokens.IssuedSession }
	| Failure<'invalid-code' | 'no-such-code' | 'pending' | 'rate-limited'>;

export async function signInLearner(
	ctx: AuthContext,
	input: unknown,
	previousToken?: string
): Promise<SignInLearnerResult> {
	const code = codes.normaliseSignInCode(parse(SignInInput, input)?.code);
	// Words that are not on the list are a typo, not a guess worth counting.
	if (!code) return fail('invalid-code', MESSAGES.signInCodeInvalid, { field: 'code' });
	const gate = await throttle.beginCodeGuess(ctx.db, ctx.address, clock(ctx));
	if (!gate.allowed) {
		const { retryAfterSeconds } = gate;
		return fail('rate-limited', MESSAGES.tooManyTries, { retryAfterSeconds });
	}
	const learner = await learners.findBySignInCodeHash(ctx.db, codes.hashSignInCode(code));
	if (!learner) return fail('no-such-code', MESSAGES.signInCodeUnknown, { field: 'code' });
	await throttle.succeeded(ctx.db, gate.taken);
	if (learner.status !== 'approved') return fail('pending', MESSAGES.approvalPending);
	const owner = { learnerId: learner.id };
	const session = await tokens.rotate(ctx.db, previousToken, owner, clock(ctx));
	return { ok: true, learner: infoOf(learner), session };
}
