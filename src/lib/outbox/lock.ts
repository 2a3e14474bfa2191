// One sync at a time: the Web Locks API (shared by every tab and the service worker of the site)
// where the browser has it, else a queue within this page. Each waits its turn rather than giving
// up, so an entry queued while another sync was finishing is still picked up by the next one.

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
	request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

function inPage<T>(name: string, task: () => Promise<T>): Promise<T> {
	const before = queues.get(name) ?? Promise.resolve();
	const run = before.then(task, task);
	queues.set(
		name,
		run.catch(() => undefined)
	);
	return run;
}

/** The page's or worker's lock manager, when there is one. */
export function defaultLocks(): LockManagerLike | null {
	const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
	return locks ?? null;
}

/** Runs `task` holding the lock `name` (waiting for it); `locks` null: this page's own queue. */
export function withLock<T>(
	name: string,
	task: () => Promise<T>,
	locks: LockManagerLike | null = defaultLocks()
): Promise<T> {
	return locks ? locks.request(name, () => task()) : inPage(name, task);
}
