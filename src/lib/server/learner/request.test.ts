import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../auth/messages';
import { failWith, requireLearner } from './request';

const learner = { kind: 'learner' as const, learnerId: 4, classId: 2, displayName: 'Mina' };

describe('learner requests', () => {
	it('lets a learner through and sends anyone else to the sign-in page', () => {
		expect(requireLearner({ principal: learner })).toBe(learner);
		for (const principal of [null, { kind: 'teacher' as const, teacherId: 1, login: 'a@b.c' }]) {
			try {
				requireLearner({ principal });
				expect.unreachable('should have redirected');
			} catch (thrown) {
				expect(isRedirect(thrown) && thrown.status).toBe(303);
				expect(isRedirect(thrown) && thrown.location).toMatch(/\/signin$/);
			}
		}
	});

	it('answers the rate limit with 429 and Retry-After, other failures with 400 beside a field', () => {
		const headers: Record<string, string> = {};
		const event = { setHeaders: (h: Record<string, string>) => Object.assign(headers, h) };
		const limited = failWith(
			event,
			{ ok: false, reason: 'rate-limited', message: MESSAGES.tooManyTries, retryAfterSeconds: 42 },
			{ code: 'XYZ' },
			'code'
		);
		expect(limited.status).toBe(429);
		expect(headers).toEqual({ 'Retry-After': '42' });
		expect(limited.data.problem).toEqual({
			field: 'code',
			message: MESSAGES.tooManyTries.en,
			values: { code: 'XYZ' },
			retryAfterSeconds: 42
		});
		const taken = failWith(
			{ setHeaders: () => expect.unreachable('no header for a plain failure') },
			{ ok: false, reason: 'name-taken', message: MESSAGES.displayNameTaken, field: 'displayName' },
			{ code: 'C', displayName: 'Mina' },
			'code'
		);
		expect(taken.status).toBe(400);
		expect(taken.data.problem.field).toBe('displayName');
	});
});
