// Whether a new version of Downhill is waiting, and taking it only when the learner says so.
// A new service worker installs in the background and then waits (it never skips waiting on its
// own); this watches for it, and `apply()` asks it to take over and reloads once it has. A page
// never reloads by itself: when another tab accepted the update, this page only offers to reload.

export type UpdateState = 'none' | 'ready' | 'elsewhere';

export interface WorkerLike extends EventTarget {
	readonly state: string;
	postMessage(message: unknown): void;
}

export interface RegistrationLike extends EventTarget {
	readonly waiting: WorkerLike | null;
	readonly installing: WorkerLike | null;
}

export interface ContainerLike extends EventTarget {
	readonly controller: unknown;
}

/** After Reload is pressed, reload even if the new worker never reports taking over. */
export const APPLY_TIMEOUT_MS = 4000;

export class UpdateWatch {
	state = $state<UpdateState>('none');
	#registration: RegistrationLike | null = null;
	#accepted = false;
	#controlled = false;
	readonly #reload: () => void;

	constructor(reload: () => void) {
		this.#reload = reload;
	}

	/** Starts watching `navigator.serviceWorker` and a registration; returns the function that stops. */
	watch(container: ContainerLike, registration: RegistrationLike): () => void {
		this.#registration = registration;
		this.#controlled = container.controller !== null;
		// A worker waiting with a controller in charge is an update; the very first install never waits.
		if (registration.waiting && this.#controlled) this.state = 'ready';

		const onInstalling = () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && container.controller !== null) this.state = 'ready';
			});
		};
		const onControllerChange = () => {
			if (this.#accepted) this.#reload();
			// The first install taking charge of this page is not an update; a later change is one
			// that another tab accepted.
			else if (this.#controlled) this.state = 'elsewhere';
			this.#controlled = true;
		};
		registration.addEventListener('updatefound', onInstalling);
		container.addEventListener('controllerchange', onControllerChange);
		return () => {
			registration.removeEventListener('updatefound', onInstalling);
			container.removeEventListener('controllerchange', onControllerChange);
		};
	}

	/** The learner pressed Reload. */
	apply(): void {
		const waiting = this.#registration?.waiting;
		if (this.state !== 'ready' || !waiting) {
			this.#reload();
			return;
		}
		this.#accepted = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
		setTimeout(() => this.#reload(), APPLY_TIMEOUT_MS);
	}

	/** The learner pressed Later: the update waits until Downhill is next opened. */
	dismiss(): void {
		this.state = 'none';
	}
}
