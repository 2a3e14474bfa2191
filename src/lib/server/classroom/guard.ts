// The first line of every teacher load and action: who is asking? Nobody → the login page (in the
// page's language); a learner → 404, the same answer as for a class that is not yours, so a page
// never confirms that something exists to someone who may not see it.
import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Principal } from '../auth/tokens';

/** The signed-in teacher's id; otherwise redirects (303) or throws a 404. */
export function requireTeacher(principal: Principal | null): number {
	if (!principal) redirect(303, localizeHref('/teacher/login'));
	if (principal.kind !== 'teacher') error(404, 'Not found');
	return principal.teacherId;
}

/** A route parameter that must be a row id; anything else is a 404 like any unknown id. */
export function idParam(value: string): number {
	if (!/^\d{1,10}$/.test(value)) error(404, 'Not found');
	const id = Number(value);
	if (id < 1 || id > 2 ** 31 - 1) error(404, 'Not found');
	return id;
}

/** A 404 for something that is not among the teacher's classes or learners. */
export function notFound(): never {
	error(404, 'Not found');
}
