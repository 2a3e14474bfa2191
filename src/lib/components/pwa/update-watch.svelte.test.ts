import { afterEach, describe, expect, it, vi } from 'vitest';
import { APPLY_TIMEOUT_MS, UpdateWatch, type WorkerLike } from './update-watch.svelte';

/** A service worker, its registration and navigator.serviceWorker, as plain event targets. */
class FakeWorker extends EventTarget implements WorkerLike {
	state = 'installing';
	readonly messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	/** A new version is found and installs; it then waits. */
	deploy(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = worker;
		worker.become('installed');
		return worker;
	}
}

class FakeContainer extends EventTarget {
	constructor(public controller: unknown) {
		super();
	}
	takeOver() {
		this.controller = {};
		this.dispatchEvent(new Event('controllerchange'));
	}
}

function setUp(controlled = true) {
	const reloads: number[] = [];
	const watch = new UpdateWatch(() => reloads.push(Date.now()));
	const container = new FakeContainer(controlled ? {} : null);
	const registration = new FakeRegistration();
	const stop = watch.watch(container, registration);
	return { watch, container, registration, reloads, stop };
}

afterEach(() => vi.useRealTimers());

describe('UpdateWatch', () => {
	it('offers a new version once it has installed, and never reloads by itself', () => {
		const { watch, container, registration, reloads } = setUp();
		expect(watch.state).toBe('none');
		const worker = registration.deploy();
		expect(watch.state).toBe('ready');
		expect(worker.messages).toEqual([]);
		container.dispatchEvent(new Event('controllerchange'));
		expect(reloads).toEqual([]);
	});

	it('finds a version already waiting when the page opens', () => {
		const reloads: number[] = [];
		const watch = new UpdateWatch(() => reloads.push(1));
		const registration = new FakeRegistration();
		registration.waiting = new FakeWorker();
		watch.watch(new FakeContainer({}), registration);
		expect(watch.state).toBe('ready');
	});

	it('Reload asks the waiting worker to take over, and reloads when it has', () => {
		const { watch, container, registration, reloads } = setUp();
		const worker = registration.deploy();
		watch.apply();
		expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reloads).toHaveLength(0);
		container.takeOver();
		expect(reloads).toHaveLength(1);
	});

	it('reloads after a while even if the new worker never reports taking over', () => {
		vi.useFakeTimers();
		const { watch, registration, reloads } = setUp();
		registration.deploy();
		watch.apply();
		vi.advanceTimersByTime(APPLY_TIMEOUT_MS - 1);
		expect(reloads).toHaveLength(0);
		vi.advanceTimersByTime(1);
		expect(reloads).toHaveLength(1);
	});

	it('the first install taking charge of the page is not an update', () => {
		const { watch, container, reloads } = setUp(false);
		container.takeOver();
		expect(watch.state).toBe('none');
		expect(reloads).toEqual([]);
	});

	it('a first-installed page still hears of a later update accepted in another tab', () => {
		const { watch, container, reloads } = setUp(false);
		container.takeOver();
		container.takeOver();
		expect(watch.state).toBe('elsewhere');
		expect(reloads).toEqual([]);
	});

	it('an update accepted in another tab is offered here, not applied', () => {
		const { watch, container, registration, reloads } = setUp();
		registration.deploy();
		container.takeOver();
		expect(watch.state).toBe('elsewhere');
		expect(reloads).toEqual([]);
		watch.apply();
		expect(reloads).toHaveLength(1);
	});

	it('Later hides the offer; stopping stops listening', () => {
		const { watch, registration, stop } = setUp();
		registration.deploy();
		watch.dismiss();
		expect(watch.state).toBe('none');
		stop();
		registration.deploy();
		expect(watch.state).toBe('none');
	});
});
