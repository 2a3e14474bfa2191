import { describe, expect, it } from 'vitest';
import { backends } from './testing/backends';
import { aClass, aLearner, aTeacher, unique } from './testing/fixtures';
import { useDatabase } from './testing/use-database';

/** What each back end's error looks like for a broken constraint. */
const CONSTRAINT = /constraint|violates/i;

describe.each(backends)('schema constraints on $name', (backend) => {
	const db = useDatabase(backend);
	const now = new Date().toISOString();

	it('refuses a learner in a class that does not exist (foreign keys are on)', async () => {
		await expect(
			db()
				.insertInto('learners')
				.values({
					class_id: 987_654,
					display_name: 'x',
					sign_in_code_hash: unique('h'),
					status: 'approved',
					created_at: now
				})
				.execute()
		).rejects.toThrow(CONSTRAINT);
	});

	it('refuses a session with no subject or with two', async () => {
		const teacher = await aTeacher(db());
		const learner = await aLearner(db(), (await aClass(db(), teacher.id)).joinCode);
		const session = (teacher_id: number | null, learner_id: number | null) =>
			db()
				.insertInto('sessions')
				.values({
					token_hash: unique('t'),
					teacher_id,
					learner_id,
					created_at: now,
					expires_at: now
				})
				.execute();
		await expect(session(null, null)).rejects.toThrow(CONSTRAINT);
		await expect(session(teacher.id, learner.id)).rejects.toThrow(CONSTRAINT);
		await expect(session(teacher.id, null)).resolves.toBeDefined();
	});

	it('refuses unknown item kinds, statuses and star counts', async () => {
		const learner = await aLearner(db(), (await aClass(db(), (await aTeacher(db())).id)).joinCode);
		const attempt = (changes: Record<string, unknown>) =>
			db()
				.insertInto('attempts')
				.values({
					learner_id: learner.id,
					item_kind: 'level',
					item_id: 'w1-l1',
					item_version: 1,
					submission: '{}',
					status: 'accepted',
					created_at: now,
					...changes
				})
				.execute();
		await expect(attempt({ item_kind: 'video' })).rejects.toThrow(CONSTRAINT);
		await expect(attempt({ status: 'maybe' })).rejects.toThrow(CONSTRAINT);
		await expect(attempt({ stars: 4 })).rejects.toThrow(CONSTRAINT);
		await expect(attempt({ stars: 3 })).resolves.toBeDefined();
	});
});
