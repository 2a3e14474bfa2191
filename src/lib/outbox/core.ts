// The attempt outbox: a finished attempt is first kept on the device (IndexedDB) with its own
// Idempotency-Key and its learner, then sent. A flush sends the waiting entries oldest first, one
// at a time, holding one lock for the whole site (tabs and service worker), and stops at the first
// answer that says "later", so the order holds. An entry leaves only when the server has stored it
// (201, or the replay of one) or has refused the attempt itself; a dropped connection leaves it to
// be sent again with the same key, which the server answers with the stored reply: exactly once.
// No DOM and no Svelte: the service worker runs this too (flushForSync, for Background Sync).
import type { AttemptPayload } from '../classroom/attempt';
import { isLater, type OutboxEntry, type StopReason } from './entry';
import { withLock, type LockManagerLike } from './lock';
import { postAttempt, type Outcome, type PostOptions } from './post';
import { openOutbox, type OutboxStore } from './store';

export const OUTBOX_LOCK = 'downhill-outbox';
/** The Background Sync tag the pages register and the service worker answers. */
export const OUTBOX_SYNC_TAG = 'downhill-outbox';
/** BroadcastChannel on which every change to the outbox is announced (tabs refresh their counts). */
export const OUTBOX_CHANNEL = 'downhill-outbox';

export interface FlushOptions extends PostOptions {
	/** Send only this learner's entries (the page's). Left out: each entry for its own learner, and
	 * the server refuses any whose learner is not the one signed in (the service worker). */
	learnerId?: number;
	/** The outbox; opened (and closed again) from `indexedDB` when left out. */
	store?: OutboxStore;
	indexedDB?: IDBFactory | null;
	/** null: this page's own queue instead of the site-wide Web Lock. */
	locks?: LockManagerLike | null;
	now?: () => Date;
	/** Told before each entry is sent, and after its answer. */
	onSending?: (entry: OutboxEntry) => void;
	onSettled?: (entry: OutboxEntry, outcome: Outcome) => void;
	/** Told after every change (default: a message on OUTBOX_CHANNEL). */
	announce?: () => void;
}

export interface FlushReport {
	sent: number;
	refused: number;
	/** Entries still waiting (of `learnerId`, or of everyone). */
	left: number;
	/** Why entries were left, or null when none were. */
	stopped: StopReason | null;
	/** How long the server asked to wait (429 Retry-After). */
	retryAfterMs?: number;
}

/** Tells every tab the outbox changed. */
export function announceChange(): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(OUTBOX_CHANNEL);
	channel.postMessage('changed');
	channel.close();
}

export const newKey = (): string => crypto.randomUUID();

/** Keeps the attempts on the device for this learner, each with a fresh key; all or none. */
export async function queueAttempts(
	store: OutboxStore,
	learnerId: number,
	payloads: readonly AttemptPayload[],
	options: { now?: Date; announce?: () => void } = {}
): Promise<OutboxEntry[]> {
	const createdAt = (options.now ?? new Date()).toISOString();
	const entries = await store.add(
		payloads.map((payload) => ({
			key: newKey(),
			learnerId,
			// A JSON copy: IndexedDB refuses Svelte state proxies, and the server receives JSON anyway.
			payload: JSON.parse(JSON.stringify(payload)) as AttemptPayload,
			createdAt,
			tries: 0,
			lastError: null,
			lastTriedAt: null,
			refused: null
		}))
	);
	(options.announce ?? announceChange)();
	return entries;
}

const waiting = (learnerId: number | undefined) => (entry: OutboxEntry) =>
	!entry.refused && (learnerId === undefined || entry.learnerId === learnerId);

/** What one answer does to the stored entry. */
async function settle(
	store: OutboxStore,
	entry: OutboxEntry,
	outcome: Outcome,
	at: string
): Promise<void> {
	if (outcome.kind === 'delivered') {
		const receipt = { key: entry.key, learnerId: entry.learnerId, at, attempt: outcome.attempt };
		return store.deliver(entry.seq, receipt);
	}
	const lastError = outcome.kind === 'refused' ? outcome.refusal.detail : outcome.reason;
	const refused = outcome.kind === 'refused' ? outcome.refusal : null;
	await store.update(entry.seq, (e) => ({
		...e,
		tries: e.tries + 1,
		lastError,
		lastTriedAt: at,
		refused
	}));
}

async function drain(store: OutboxStore, options: FlushOptions): Promise<FlushReport> {
	const now = options.now ?? (() => new Date());
	const announce = options.announce ?? announceChange;
	const report: FlushReport = { sent: 0, refused: 0, left: 0, stopped: null };
	/** Learners whose session this is not (only when the server decides who is signed in). */
	const skipped = new Set<number>();
	const mine = waiting(options.learnerId);
	for (;;) {
		const entry = await store.first((e) => mine(e) && !skipped.has(e.learnerId));
		if (!entry) break;
		options.onSending?.(entry);
		const outcome = await postAttempt(entry, options);
		await settle(store, entry, outcome, now().toISOString());
		options.onSettled?.(entry, outcome);
		announce();
		if (outcome.kind === 'delivered') report.sent++;
		else if (outcome.kind === 'refused') report.refused++;
		else {
			report.stopped = outcome.reason;
			if (outcome.kind === 'later') report.retryAfterMs = outcome.retryAfterMs;
			// Someone else's session: that learner's entries wait, the others may still go.
			const another = options.learnerId === undefined && outcome.reason !== 'signed-out';
			if (outcome.kind === 'held' && another) skipped.add(entry.learnerId);
			else break;
		}
	}
	report.left = (await store.all()).filter(mine).length;
	if (report.left === 0) report.stopped = null;
	return report;
}

/** Sends what waits, oldest first, one at a time, while no other tab or worker is doing so. */
export async function flushOutbox(options: FlushOptions = {}): Promise<FlushReport> {
	const store = options.store ?? (await openOutbox(options.indexedDB));
	try {
		return await withLock(OUTBOX_LOCK, () => drain(store, options), options.locks);
	} finally {
		if (!options.store) store.close();
	}
}

/**
 * For the service worker's `sync` event: a flush that fails while entries are left for a reason
 * that may pass by itself (no connection, a server error), so the browser tries the sync again.
 */
export async function flushForSync(options: FlushOptions = {}): Promise<FlushReport> {
	const report = await flushOutbox(options);
	if (isLater(report.stopped))
		throw new Error(`outbox: ${report.left} attempt(s) left (${report.stopped})`);
	return report;
}
