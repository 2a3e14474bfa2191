// Who a page acts for when it keeps finished work for a class. Normally the learner the server
// named in the root layout's data. But a page opened offline is the service worker's copy, made
// with nobody signed in; then it is the learner the server last named on this device (kept in
// localStorage), whose session the outbox will use once online — the server refuses it for anyone
// else, so nothing can land in another learner's name. Signing out or another person signing in
// happens online, where the server's word replaces what is kept.
import { servedFromCache } from '$lib/components/pwa/register';
import { learnerOf } from './payloads';

export const STORAGE_KEY = 'downhill-learner';

/** The learner a page acts for: the server's, or on its anonymous copy the device's last one. */
export function actingLearner(
	fromServer: number | null,
	anonymousCopy: boolean,
	remembered: number | null
): number | null {
	return fromServer ?? (anonymousCopy ? remembered : null);
}

/** Whether the layout data is the server's word on who is signed in (not the anonymous copy's). */
export const isServersWord = (fromServer: number | null, anonymousCopy: boolean): boolean =>
	fromServer !== null || !anonymousCopy;

function read(storage: Storage | undefined): number | null {
	try {
		const value = Number(storage?.getItem(STORAGE_KEY) ?? NaN);
		return Number.isSafeInteger(value) ? value : null;
	} catch {
		return null;
	}
}

class DeviceLearner {
	/** The last learner the server named on this device. */
	remembered: number | null = $state(null);
	/** This page's HTML is the service worker's anonymous copy. */
	anonymousCopy = $state(false);

	/** After hydration (so the server's HTML and the first render agree). */
	start(): void {
		this.remembered = read(globalThis.localStorage);
		this.anonymousCopy = servedFromCache();
	}

	/** The server said who is signed in (null: nobody, or not a learner). */
	heard(learnerId: number | null): void {
		this.remembered = learnerId;
		try {
			if (learnerId === null) localStorage.removeItem(STORAGE_KEY);
			else localStorage.setItem(STORAGE_KEY, String(learnerId));
		} catch {
			// No storage (a locked-down browser): this page still knows.
		}
	}

	/** The learner this page acts for, from the layout data. */
	actingFor(data: Record<string, unknown>): number | null {
		const fromServer = learnerOf(data)?.learnerId ?? null;
		return actingLearner(fromServer, this.anonymousCopy, this.remembered);
	}
}

export const device = new DeviceLearner();
