/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Downhill's service worker (SvelteKit's own, no plugin). At install it keeps, in a cache named by
// the build's version: every built file but KaTeX's legacy font formats, the static files (icons),
// and the pages that play every built-in level, puzzle tier and quiz, fetched WITHOUT credentials
// so no learner's name is ever kept (the list comes from the server: /offline/pages.json). Korean
// pages are kept once a Korean page is open. Built files: cache first. Pages: network first, the
// kept copy after 3 s or when offline, else the offline page. Never /api, /teacher, load data or a
// non-GET. A new version waits until the learner accepts the update (SKIP_WAITING). Background
// Sync (Chromium) sends the attempt outbox; pages also send it themselves, so nothing relies on it.
import { build, files, version } from '$service-worker';
import {
	LOCALES,
	isLocale,
	localeOfPath,
	pathInLocale,
	SWITCH_PARAM
} from '$lib/i18n/locale-choice';
import type { Locale } from '$lib/i18n/locale-choice';
import {
	FROM_CACHE_TIMING,
	FROM_PARAM,
	MANIFEST_PATH,
	OFFLINE_PATH,
	PAGES_ENDPOINT,
	isPageMessage,
	pagesIn
} from '$lib/pwa/offline-pages';
import { markFromCache, networkFirst } from '$lib/pwa/sw/navigate';
import { keep, keepAll, keepMissing, type Fetcher } from '$lib/pwa/sw/precache';
import { isLegacyFont, isPrivate, route } from '$lib/pwa/sw/route';
import { readSettings, writeSettings, type Settings } from '$lib/pwa/sw/settings';
import { OUTBOX_SYNC_TAG, flushForSync } from '$lib/outbox/core';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'downhill-app-';
const CACHE = `${PREFIX}${version}`;
const NAVIGATION_TIMEOUT_MS = 3000;
const FILES = [...build.filter((path) => !isLegacyFont(path)), ...files];
const ASSETS = new Set([...FILES, ...LOCALES.map((l) => pathInLocale(MANIFEST_PATH, l))]);

const fetcher: Fetcher = (input, init) => fetch(input, init);

async function keptPaths(cache: Cache): Promise<string[]> {
	const response = await cache.match(PAGES_ENDPOINT);
	if (!response) throw new Error(`${PAGES_ENDPOINT} is not kept`);
	const { paths } = (await response.json()) as { paths: string[] };
	return paths;
}

/** The pages of every language the learner has used, and both offline pages and manifests. */
function pagesFor(paths: string[], settings: Settings): string[] {
	const used = new Set<Locale>(['en', ...settings.seen]);
	return LOCALES.flatMap((locale) =>
		used.has(locale) ? pagesIn(paths, locale) : pagesIn([], locale)
	);
}

async function install(): Promise<void> {
	const cache = await caches.open(CACHE);
	await keepAll(cache, FILES, 6, fetcher);
	await keep(cache, PAGES_ENDPOINT, fetcher);
	const pages = pagesFor(await keptPaths(cache), await readSettings());
	await keepAll(cache, pages, 4, fetcher);
}

sw.addEventListener('install', (event) => event.waitUntil(install()));

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

const keeping = new Map<Locale, Promise<void>>();

/** A page in `locale` is open: remember it, and keep that language's pages (two at a time). */
function keepLocale(locale: Locale, preferred: Locale | null): Promise<void> {
	const running = keeping.get(locale);
	if (running) return running;
	const task = (async () => {
		const settings = await readSettings();
		const seen = settings.seen.includes(locale) ? settings.seen : [...settings.seen, locale];
		await writeSettings({ preferred, seen });
		const cache = await caches.open(CACHE);
		await keepMissing(cache, pagesIn(await keptPaths(cache), locale), 2, fetcher);
	})().finally(() => keeping.delete(locale));
	keeping.set(locale, task);
	return task;
}

sw.addEventListener('message', (event) => {
	const message: unknown = event.data;
	if (!isPageMessage(message)) return;
	if (message.type === 'SKIP_WAITING') void sw.skipWaiting();
	else event.waitUntil(keepLocale(message.locale, message.preferred));
});

async function asset(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request, { ignoreVary: true });
	if (hit) return hit;
	const response = await fetch(request);
	// A hashed built file never changes: safe to keep the first time it is used.
	if (response.ok && new URL(request.url).pathname.startsWith('/_app/immutable/'))
		await cache.put(request, response.clone());
	return response;
}

/** Where an offline address leads: a language switch, or an unprefixed page of a Korean learner. */
function offlineRedirect(url: URL, settings: Settings): string | null {
	const switched = url.searchParams.get(SWITCH_PARAM);
	if (isLocale(switched)) {
		const rest = new URLSearchParams(url.search);
		rest.delete(SWITCH_PARAM);
		const query = rest.toString() ? `?${rest}` : '';
		return pathInLocale(url.pathname, switched) + query;
	}
	if (!localeOfPath(url.pathname) && settings.preferred && settings.preferred !== 'en')
		return pathInLocale(url.pathname, settings.preferred) + url.search;
	return null;
}

async function savedPage(url: URL, failed: boolean): Promise<Response | undefined> {
	if (isPrivate(url.pathname)) return undefined;
	const cache = await caches.open(CACHE);
	if (url.searchParams.has(SWITCH_PARAM) && !failed) return undefined;
	if (failed) {
		const settings = await readSettings();
		const target = offlineRedirect(url, settings);
		const switched = url.searchParams.get(SWITCH_PARAM);
		if (isLocale(switched)) await writeSettings({ ...settings, preferred: switched });
		if (target && (await cache.match(new URL(target, url).pathname, { ignoreVary: true })))
			return Response.redirect(new URL(target, url).href, 303);
	}
	const hit = await cache.match(url.pathname, { ignoreVary: true });
	return hit && markFromCache(hit, FROM_CACHE_TIMING);
}

/**
 * Neither the network nor a kept copy: send the learner to the offline page, which keeps the
 * address they asked for (`from`) to try again. A redirect, not that page's HTML at this address:
 * the page's relative asset paths only resolve at its own depth.
 */
async function offlinePage(url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const locale = localeOfPath(url.pathname) ?? (await readSettings()).preferred ?? 'en';
	for (const path of [pathInLocale(OFFLINE_PATH, locale), OFFLINE_PATH])
		if (await cache.match(path, { ignoreVary: true })) {
			const target = new URL(path, url);
			target.searchParams.set(FROM_PARAM, url.pathname + url.search);
			return Response.redirect(target.href, 303);
		}
	return undefined;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const kind = route(request, sw.location.origin, ASSETS);
	if (kind === 'asset') event.respondWith(asset(request));
	else if (kind === 'page') {
		const url = new URL(request.url);
		event.respondWith(
			networkFirst({
				network: () => fetch(request),
				saved: (failed) => savedPage(url, failed),
				offline: () => offlinePage(url),
				timeoutMs: NAVIGATION_TIMEOUT_MS
			})
		);
	}
});

/** Background Sync's event (not in TypeScript's webworker library). */
interface SyncEvent extends ExtendableEvent {
	readonly tag: string;
}

sw.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
	const sync = event as SyncEvent;
	// flushForSync rejects while attempts are left for a passing reason, so the browser retries.
	if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(flushForSync());
});
