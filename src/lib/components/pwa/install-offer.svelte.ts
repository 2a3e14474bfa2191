// The browser's offer to install Downhill (Chromium's `beforeinstallprompt`), kept until the learner
// presses Install. Nothing is offered where the browser offers nothing, or in the installed app.

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export class InstallOffer {
	available = $state(false);
	#event: BeforeInstallPromptEvent | null = null;

	/** Listens on `target` (the window); returns the function that stops. */
	listen(target: EventTarget, standalone: () => boolean): () => void {
		const offered = (event: Event) => {
			// Keep the offer for the button instead of the browser's own banner.
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
			this.available = !standalone();
		};
		const installed = () => {
			this.#event = null;
			this.available = false;
		};
		target.addEventListener('beforeinstallprompt', offered);
		target.addEventListener('appinstalled', installed);
		return () => {
			target.removeEventListener('beforeinstallprompt', offered);
			target.removeEventListener('appinstalled', installed);
		};
	}

	/** Shows the browser's install dialog (once per offer). */
	async install(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		this.#event = null;
		this.available = false;
		await event.prompt();
		await event.userChoice;
	}
}

/** One offer for the whole page, listening from the moment this module loads (with the layout). */
export const installOffer = new InstallOffer();
if (typeof window !== 'undefined')
	installOffer.listen(window, () => matchMedia('(display-mode: standalone)').matches);
