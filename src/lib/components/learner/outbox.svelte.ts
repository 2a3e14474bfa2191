// The outbox as a page sees it (rune state): how many of the signed-in learner's attempts wait to
// be sent, which the server refused, and why the last sync stopped. It queues a page's finished
// attempts (kept on the device first, then sent) and syncs: on start, on `online`, when the page
// becomes visible again, after a back-off while the connection is away, and through Background
// Sync where the browser has it (never relied on). Only the page's own learner's entries are sent.
// The sending itself is $lib/outbox (the service worker shares it); this file is only the page's.
import {
	announceChange,
	flushOutbox,
	OUTBOX_CHANNEL,
	OUTBOX_SYNC_TAG,
	queueAttempts,
	type FlushReport
} from '$lib/outbox/core';
import {
	entryStates,
	isLater,
	type EntryState,
	type OutboxEntry,
	type StopReason
} from '$lib/outbox/entry';
import type { LockManagerLike } from '$lib/outbox/lock';
import { memoryStore, openOutbox, type OutboxStore } from '$lib/outbox/store';
import type { AttemptPayload } from '$lib/classroom/attempt';

/** Waits before the next automatic try after the 1st, 2nd, … failed sync (the last one repeats). */
export const BACKOFF_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000] as const;

export interface OutboxDeps {
	indexedDB?: IDBFactory | null;
	fetch?: typeof fetch;
	locks?: LockManagerLike | null;
	/** Runs `task` after `ms`; returns a cancel. */
	schedule?: (task: () => void, ms: number) => () => void;
	/** Asks the browser to keep the site's storage (navigator.storage.persist): granted or not. */
	persist?: () => Promise<boolean>;
	/** Asks the service worker for a Background Sync. */
	registerSync?: () => void;
	online?: () => boolean;
}

const timer = (task: () => void, ms: number) => {
	const id = setTimeout(task, ms);
	return () => clearTimeout(id);
};

async function persistStorage(): Promise<boolean> {
	try {
		return (await globalThis.navigator?.storage?.persist?.()) === true;
	} catch {
		return false;
	}
}

/** Background Sync where there is a service worker with it (Chromium); nothing anywhere else. */
function registerBackgroundSync(): void {
	type WithSync = { sync?: { register(tag: string): Promise<void> } };
	void globalThis.navigator?.serviceWorker
		?.getRegistration()
		.then((registration) => (registration as WithSync | undefined)?.sync?.register(OUTBOX_SYNC_TAG))
		.catch(() => undefined);
}

export class Outbox {
	/** The learner signed in on this page (null: nobody), whose entries this page sends. */
	learnerId: number | null = $state(null);
	/** Their entries waiting to be sent. */
	waiting = $state(0);
	/** Their entries the server refused (kept to show, never sent again). */
	refused: OutboxEntry[] = $state([]);
	/** The key this page is sending right now. */
	sending: string | null = $state(null);
	/** Why the last sync left entries waiting (null: it did not). */
	stopped: StopReason | null = $state(null);
	/** False when the outbox lives only in this page's memory (no IndexedDB). */
	persistent = $state(true);

	private store: Promise<OutboxStore> | null = null;
	private running: Promise<void> | null = null;
	private again = false;
	private failures = 0;
	private cancelTimer: (() => void) | null = null;
	private listeners: (() => void)[] = [];
	private persistAsked: Promise<boolean> | null = null;

	constructor(private readonly deps: OutboxDeps = {}) {}

	private open(): Promise<OutboxStore> {
		return (this.store ??= openOutbox(this.deps.indexedDB));
	}

	/** The page's learner changed (sign-in, sign-out): show and send only theirs. */
	use(learnerId: number | null): void {
		if (!this.switchTo(learnerId)) return;
		void this.refresh();
		if (learnerId !== null) void this.flush();
	}

	private switchTo(learnerId: number | null): boolean {
		if (learnerId === this.learnerId) return false;
		this.learnerId = learnerId;
		this.failures = 0;
		this.stopped = null;
		return true;
	}

	/** Keeps the attempts on this device for the learner, then sends them; returns their keys. */
	async queue(learnerId: number, payloads: readonly AttemptPayload[]): Promise<string[]> {
		let entries: OutboxEntry[];
		try {
			entries = await queueAttempts(await this.open(), learnerId, payloads);
		} catch {
			// IndexedDB failed mid-visit (quota, a newer tab): this page carries on in memory.
			const memory = memoryStore();
			this.store = Promise.resolve(memory);
			entries = await queueAttempts(memory, learnerId, payloads);
		}
		void this.askPersistence();
		(this.deps.registerSync ?? registerBackgroundSync)();
		this.switchTo(learnerId);
		await this.refresh();
		void this.flush();
		return entries.map((e) => e.key);
	}

	/** Sends what waits now (coalesced: a flush asked for during one runs once right after it). */
	flush(): Promise<void> {
		if (this.learnerId === null) return Promise.resolve();
		if (this.running) {
			this.again = true;
			return this.running;
		}
		const run = async () => {
			do {
				this.again = false;
				await this.flushOnce();
			} while (this.again);
		};
		this.running = run().finally(() => (this.running = null));
		return this.running;
	}

	private async flushOnce(): Promise<void> {
		const learnerId = this.learnerId;
		if (learnerId === null) return;
		this.cancelTimer?.();
		this.cancelTimer = null;
		let report: FlushReport;
		try {
			report = await flushOutbox({
				store: await this.open(),
				learnerId,
				fetch: this.deps.fetch,
				locks: this.deps.locks,
				onSending: (entry) => {
					this.sending = entry.key;
					this.emit();
				},
				onSettled: () => (this.sending = null)
			});
		} catch {
			// The device's storage failed under the sync: nothing was lost, try again later.
			report = { sent: 0, refused: 0, left: this.waiting, stopped: 'offline' };
		} finally {
			this.sending = null;
		}
		if (learnerId !== this.learnerId) return;
		this.stopped = report.stopped;
		if (isLater(report.stopped)) this.later(report.retryAfterMs);
		else this.failures = 0;
		await this.refresh();
	}

	/** The next automatic try, later each time; none while the browser says it is offline. */
	private later(retryAfterMs = 0): void {
		this.failures++;
		(this.deps.registerSync ?? registerBackgroundSync)();
		const online = this.deps.online ?? (() => globalThis.navigator?.onLine !== false);
		if (!online()) return;
		const wait = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1];
		// ±20 % so that a class of tablets coming back online do not all knock at once.
		const ms = Math.max(retryAfterMs, wait * (0.8 + 0.4 * Math.random()));
		this.cancelTimer = (this.deps.schedule ?? timer)(() => void this.flush(), ms);
	}

	/** Re-reads the counts (after a change here, in another tab or in the service worker). */
	async refresh(): Promise<void> {
		const learnerId = this.learnerId;
		const store = await this.open();
		const mine =
			learnerId === null ? [] : (await store.all()).filter((e) => e.learnerId === learnerId);
		if (learnerId !== this.learnerId) return;
		this.waiting = mine.filter((e) => !e.refused).length;
		this.refused = mine.filter((e) => e.refused);
		this.persistent = store.persistent;
		this.emit();
	}

	/** Where each of these queued attempts is now. */
	async look(keys: readonly string[]): Promise<EntryState[]> {
		const store = await this.open();
		const [entries, receipts] = await Promise.all([store.all(), store.receipts(keys)]);
		return entryStates(keys, entries, receipts);
	}

	/** Removes a refused entry the learner has read about. */
	async dismiss(seq: number): Promise<void> {
		const store = await this.open();
		const entry = (await store.all()).find((e) => e.seq === seq);
		if (!entry?.refused) return;
		await store.remove(seq);
		announceChange();
		await this.refresh();
	}

	/** Told after every change this page sees. */
	subscribe(listener: () => void): () => void {
		this.listeners = [...this.listeners, listener];
		return () => (this.listeners = this.listeners.filter((l) => l !== listener));
	}

	private emit(): void {
		for (const listener of this.listeners) listener();
	}

	/**
	 * Once a page, when the learner first has something to keep: ask the browser not to clear the
	 * site's storage under pressure (Firefox asks the learner; Chromium decides by itself).
	 */
	askPersistence(): Promise<boolean> {
		return (this.persistAsked ??= (this.deps.persist ?? persistStorage)());
	}

	/** For the root layout: sync when the connection returns or the page is shown again. */
	connect(): () => void {
		const online = () => {
			this.failures = 0;
			void this.flush();
		};
		const visible = () => {
			if (document.visibilityState === 'visible') void this.flush();
		};
		const channel =
			typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(OUTBOX_CHANNEL);
		channel?.addEventListener('message', () => void this.refresh());
		addEventListener('online', online);
		document.addEventListener('visibilitychange', visible);
		return () => {
			removeEventListener('online', online);
			document.removeEventListener('visibilitychange', visible);
			channel?.close();
			this.cancelTimer?.();
		};
	}
}

/** The page's one outbox. */
export const outbox = new Outbox();
