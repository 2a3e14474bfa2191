// Printable sign-in cards. Only hashes of the codes are kept, so printing issues NEW codes for the
// learners chosen here: their old cards stop working and their sessions end. The form says so and
// needs an explicit confirmation; the codes exist only in this one response.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import * as classroom from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

async function who(event: RequestEvent<{ id: string }>) {
	const teacherId = classroom.requireTeacher(event.locals.principal);
	const classId = classroom.idParam(event.params.id);
	const ctx = await classroom.contextOf(event);
	return { ctx, ref: { teacherId, classId } };
}

export const load: PageServerLoad = async (event) => {
	const { ctx, ref } = await who(event);
	const found = await classroom.classOf(ctx.db, ref);
	if (!found) classroom.notFound();
	const learners = await classroom.rosterOf(ctx.db, ref);
	return { class: { id: found.id, name: found.name }, learners };
};

export const actions: Actions = {
	issue: async (event) => {
		const { ctx, ref } = await who(event);
		const found = await classroom.classOf(ctx.db, ref);
		if (!found) classroom.notFound();
		const form = await event.request.formData();
		const chosen = classroom.parseLearnerIds(form.getAll('learner'));
		const confirmed = form.get('confirm') === 'on';
		if (chosen.length === 0 || !confirmed) {
			const errors = {
				learners: chosen.length === 0 ? m.teacher_cards_choose_someone() : undefined,
				confirm: confirmed ? undefined : m.teacher_cards_confirm_missing()
			};
			return fail(400, { refused: { chosen, confirmed, errors } });
		}
		// Personal codes: this response must not be kept by any cache.
		event.setHeaders({ 'cache-control': 'no-store' });
		const cards = await classroom.issueCards(ctx, ref, chosen);
		const signInUrl = `${event.url.origin}${localizeHref('/signin')}`;
		return { issued: { cards, className: found.name, signInUrl } };
	}
};
