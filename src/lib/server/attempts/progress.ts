// A learner's verified progress: their best accepted attempt at each item (highest score, the
// earliest of equals, as attempts.best picks for one item). The browser merges this with what it
// holds offline; only the server's numbers are shown to a teacher.
import type { Kysely } from 'kysely';
import type {
	LevelAttempt,
	LevelDetails,
	ProgressBody,
	ProgressEntry,
	Verdict
} from '../../classroom/attempt';
import type { Principal } from '../auth/tokens';
import type { Database } from '../db/schema';
import { toAttempt } from '../db/repos/attempts';
import { learnerOnly, type Reply } from './request';

/** The learner's best accepted attempt per item, in the order the items were first bested. */
export async function bestPerItem(
	db: Kysely<Database>,
	learnerId: number
): Promise<ProgressEntry[]> {
	const ranked = db
		.selectFrom('attempts')
		.selectAll()
		.select((eb) =>
			eb.fn
				.agg<number>('row_number')
				.over((ob) =>
					ob
						.partitionBy(['item_kind', 'item_id', 'item_version'])
						.orderBy('score', 'desc')
						.orderBy('created_at')
						.orderBy('id')
				)
				.as('rank')
		)
		.where('learner_id', '=', learnerId)
		.where('status', '=', 'accepted')
		.where('score', 'is not', null);
	const rows = await db
		.selectFrom(ranked.as('ranked'))
		.selectAll()
		.where('rank', '=', 1)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((row) => {
		const attempt = toAttempt(row);
		const verdict = attempt.result as Partial<Verdict> | null;
		return {
			item: attempt.item,
			attemptId: attempt.id,
			score: attempt.score ?? 0,
			stars: attempt.stars ?? 0,
			passed: verdict?.passed === true,
			summary: verdict?.summary ?? null,
			createdAt: attempt.createdAt,
			...whatWasSent(attempt.item.kind, attempt.submission, verdict)
		};
	});
}

/** What another device needs to rebuild its local progress: a level's run and counts, a puzzle's seed. */
function whatWasSent(
	kind: string,
	submission: unknown,
	verdict: Partial<Verdict> | null
): Pick<ProgressEntry, 'level' | 'puzzle'> {
	const sent = submission as Partial<LevelAttempt> & { seed?: unknown };
	if (kind === 'puzzle' && typeof sent?.seed === 'number') return { puzzle: { seed: sent.seed } };
	const details = verdict?.details as LevelDetails | undefined;
	if (kind !== 'level' || !sent?.run || details?.kind !== 'level') return {};
	const { stepsUsed, evaluationsUsed } = details;
	if (typeof stepsUsed !== 'number' || typeof evaluationsUsed !== 'number') return {};
	const { settings, start, seed } = sent.run;
	return { level: { run: { settings, start, seed }, stepsUsed, evaluationsUsed } };
}

/** GET /api/progress: the signed-in learner's own progress; nobody else's, ever. */
export async function learnerProgress(
	db: Kysely<Database>,
	principal: Principal | null
): Promise<Reply> {
	const who = learnerOnly(principal);
	if (!who.ok) return who.reply;
	const body: ProgressBody = { items: await bestPerItem(db, who.learnerId) };
	return { status: 200, body };
}
