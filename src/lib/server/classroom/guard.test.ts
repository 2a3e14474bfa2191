import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { idParam, requireTeacher } from './guard';

/** What a guard threw: a redirect's status and target, or an HTTP error's status. */
function thrown(run: () => unknown) {
	try {
		run();
	} catch (error) {
		if (isRedirect(error)) return { redirect: error.status, to: error.location };
		if (isHttpError(error)) return { status: error.status };
		throw error;
	}
	throw new Error('nothing was thrown');
}

describe('who may see a teacher page', () => {
	it('sends nobody to the login page, answers a learner 404, and lets a teacher through', () => {
		expect(thrown(() => requireTeacher(null))).toEqual({ redirect: 303, to: '/teacher/login' });
		const learner = { kind: 'learner', learnerId: 4, classId: 2, displayName: 'A' } as const;
		expect(thrown(() => requireTeacher(learner))).toEqual({ status: 404 });
		expect(requireTeacher({ kind: 'teacher', teacherId: 7, login: 't@s.example' })).toBe(7);
	});

	it('takes only row ids from the URL', () => {
		expect(idParam('42')).toBe(42);
		for (const bad of ['0', '-1', '1e3', '4.5', 'abc', '', '99999999999', '2147483648']) {
			expect(
				thrown(() => idParam(bad)),
				bad
			).toEqual({ status: 404 });
		}
		expect(idParam('2147483647')).toBe(2 ** 31 - 1);
	});
});
