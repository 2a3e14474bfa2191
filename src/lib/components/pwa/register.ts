// The page's side of the service worker: register it (production builds only, after the page has
// loaded, so it never competes with the first paint), look for a new version now and then, tell it
// which language's pages to keep, and notice when this page came from its cache.
import { FROM_CACHE_TIMING, type PageMessage } from '$lib/pwa/offline-pages';
import { LOCALE_COOKIE, isLocale, type Locale } from '$lib/i18n/locale-choice';

/** How often an open page asks whether a new version was deployed. */
export const UPDATE_CHECK_MS = 30 * 60 * 1000;

export function whenLoaded(run: () => void): () => void {
	if (document.readyState === 'complete') {
		run();
		return () => {};
	}
	addEventListener('load', run, { once: true });
	return () => removeEventListener('load', run);
}

export function register(): Promise<ServiceWorkerRegistration> {
	return navigator.serviceWorker.register('/service-worker.js', { updateViaCache: 'none' });
}

/** Checks for a new version every half hour and whenever the page comes back into view. */
export function checkForUpdates(registration: ServiceWorkerRegistration): () => void {
	const check = () => void registration.update().catch(() => undefined);
	const onVisible = () => {
		if (document.visibilityState === 'visible') check();
	};
	const timer = setInterval(check, UPDATE_CHECK_MS);
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}

/** The language the learner chose with the switcher (the cookie the server redirects by). */
export function preferredLocale(): Locale | null {
	const entry = document.cookie.split('; ').find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
	const value = entry?.slice(LOCALE_COOKIE.length + 1);
	return isLocale(value) ? value : null;
}

/** Asks the active worker to keep this language's pages. */
export async function keepPages(locale: Locale): Promise<void> {
	const registration = await navigator.serviceWorker.ready;
	const message: PageMessage = { type: 'KEEP_PAGES', locale, preferred: preferredLocale() };
	registration.active?.postMessage(message);
}

/** True when this page's HTML was the service worker's kept (anonymous) copy. */
export function servedFromCache(): boolean {
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return entry?.serverTiming?.some((t) => t.name === FROM_CACHE_TIMING) ?? false;
}
