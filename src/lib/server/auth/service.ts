// The account and classroom-access operations the pages call (`import * as auth from
// '$lib/server/auth/service'`). Each takes an AuthContext (database, client address, clock),
// parses its form input with valibot, and answers with a typed result; bad input never throws.
// Pages set or clear the cookie with ./cookies and read the signed-in person with
// tokens.validateSession in hooks.server.ts.
export type { AuthContext, Failure } from './context';
export { logInTeacher, logOut, signUpTeacher } from './teacher-accounts';
export type { LogInResult, SignedInTeacher, SignUpResult } from './teacher-accounts';
export { joinClass, signInLearner } from './learner-access';
export type { JoinClassResult, LearnerInfo, SignInLearnerResult } from './learner-access';
export {
	approveLearner,
	createClass,
	regenerateSignInCode,
	renewJoinCode,
	setApproveJoins,
	setClassLocked
} from './class-admin';
export type { CreateClassResult, RegenerateResult, RenewResult } from './class-admin';
export { purgeExpired as purgeExpiredSessions, validateSession } from './tokens';
export type { IssuedSession, LiveSession, Principal } from './tokens';
export { purge as purgeThrottle } from './throttle';
