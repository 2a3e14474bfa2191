import { describe, expect, it } from 'vitest';
import { InstallOffer } from './install-offer.svelte';

/** Chromium's beforeinstallprompt: cancelable, with prompt() and the learner's choice. */
function offerEvent(outcome: 'accepted' | 'dismissed' = 'accepted') {
	const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
		prompt: () => Promise<void>;
		userChoice: Promise<{ outcome: string }>;
		prompted: number;
	};
	event.prompted = 0;
	event.prompt = async () => {
		event.prompted++;
	};
	event.userChoice = Promise.resolve({ outcome });
	return event;
}

describe('InstallOffer', () => {
	it('offers nothing until the browser does', () => {
		const offer = new InstallOffer();
		offer.listen(new EventTarget(), () => false);
		expect(offer.available).toBe(false);
	});

	it('keeps the browser’s offer for the button and shows its dialog once', async () => {
		const offer = new InstallOffer();
		const window = new EventTarget();
		offer.listen(window, () => false);
		const event = offerEvent();
		window.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
		expect(offer.available).toBe(true);
		await offer.install();
		await offer.install();
		expect(event.prompted).toBe(1);
		expect(offer.available).toBe(false);
	});

	it('offers nothing inside the installed app, and stops offering once installed', () => {
		const inApp = new InstallOffer();
		const appWindow = new EventTarget();
		inApp.listen(appWindow, () => true);
		appWindow.dispatchEvent(offerEvent());
		expect(inApp.available).toBe(false);

		const offer = new InstallOffer();
		const window = new EventTarget();
		offer.listen(window, () => false);
		window.dispatchEvent(offerEvent());
		window.dispatchEvent(new Event('appinstalled'));
		expect(offer.available).toBe(false);
	});

	it('stops listening when told', () => {
		const offer = new InstallOffer();
		const window = new EventTarget();
		offer.listen(window, () => false)();
		window.dispatchEvent(offerEvent());
		expect(offer.available).toBe(false);
	});
});
