import { describe, expect, it } from 'vitest';
import { backends } from '../db/testing/backends';
import { aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import * as auth from '../auth/service';
import { issueCards } from './cards';

const T0 = new Date('2030-03-01T08:00:00.000Z');
let n = 0;

describe.each(backends)('sign-in cards on $name', (backend) => {
	const db = useDatabase(backend);
	const ctx = () => ({ db: db(), address: `203.0.113.${++n % 250}`, now: T0 });

	async function classWith(teacherId: number, names: string[]) {
		const made = await auth.createClass(ctx(), teacherId, { name: '4-1' });
		if (!made.ok) throw new Error('class not made');
		const joined = [];
		for (const displayName of names) {
			const j = await auth.joinClass(ctx(), { code: made.joinCodeShown, displayName });
			if (!j.ok) throw new Error(`not joined: ${j.reason}`);
			joined.push(j);
		}
		return { classId: made.class.id, joined };
	}

	const signIn = async (code: string) => (await auth.signInLearner(ctx(), { code })).ok;

	it('issues new codes for the chosen learners of the class; old cards and sessions end', async () => {
		const teacher = await aTeacher(db());
		const { classId, joined } = await classWith(teacher.id, ['민준', 'Ada', 'Zoë']);
		const elsewhere = await classWith(teacher.id, ['Other']);
		const [minjun, ada, zoe] = joined;
		const chosen = [zoe.learner.id, minjun.learner.id, elsewhere.joined[0].learner.id, 999_999];
		const cards = await issueCards(ctx(), { teacherId: teacher.id, classId }, chosen);
		// Roster order (by name), only this class's learners.
		expect(cards.map((c) => c.displayName)).toEqual(['Zoë', '민준'].sort());
		for (const card of cards) expect(card.signInCode).toMatch(/^[a-z]+(-[a-z]+){3}$/);
		for (const card of cards) expect(await signIn(card.signInCode)).toBe(true);
		expect(await signIn(minjun.signInCode)).toBe(false);
		expect(await signIn(zoe.signInCode)).toBe(false);
		expect(await auth.validateSession(db(), minjun.session!.token, T0)).toBeNull();
		// Those not chosen keep their cards and sessions.
		expect(await signIn(ada.signInCode)).toBe(true);
		expect(await auth.validateSession(db(), ada.session!.token, T0)).not.toBeNull();
		expect(await signIn(elsewhere.joined[0].signInCode)).toBe(true);
	});

	it('issues nothing for another teacher’s class and leaves its cards working', async () => {
		const owner = await aTeacher(db());
		const stranger = await aTeacher(db());
		const { classId, joined } = await classWith(owner.id, ['Kim']);
		const ids = joined.map((j) => j.learner.id);
		expect(await issueCards(ctx(), { teacherId: stranger.id, classId }, ids)).toEqual([]);
		expect(await signIn(joined[0].signInCode)).toBe(true);
	});
});
