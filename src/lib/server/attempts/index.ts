// Verified attempts on the server: submitting one (idempotent, re-computed, stored) and reading a
// learner's best per item. The endpoints in src/routes/api call these.
export { submitAttempt } from './submit';
export { bestPerItem, learnerProgress } from './progress';
export {
	MAX_BODY_BYTES,
	KEY_PATTERN,
	readBody,
	refuseEarly,
	payloadHash,
	type Reply
} from './request';
export { respond } from './http';
