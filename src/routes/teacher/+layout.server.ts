// Who is signed in, for the teacher bar. Each page's own load still checks access first.
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	teacherLogin: locals.principal?.kind === 'teacher' ? locals.principal.login : null
});
