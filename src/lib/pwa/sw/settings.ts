// What the service worker remembers across its restarts and versions: the language the learner
// chose and the languages whose pages they have used. Kept in its own small cache (a worker's
// variables do not survive it being stopped), which no version's clean-up deletes.
import type { Locale } from '../../i18n/locale-choice';

export interface Settings {
	/** The language chosen with the switcher (the server's cookie): unprefixed pages open in it offline. */
	preferred: Locale | null;
	/** Languages whose pages are kept. */
	seen: Locale[];
}

const CACHE = 'downhill-settings';
const KEY = '/__downhill/settings.json';
const EMPTY: Settings = { preferred: null, seen: [] };

export function parseSettings(value: unknown): Settings {
	if (typeof value !== 'object' || value === null) return EMPTY;
	const raw = value as Record<string, unknown>;
	const locale = (v: unknown): v is Locale => v === 'en' || v === 'ko';
	return {
		preferred: locale(raw.preferred) ? raw.preferred : null,
		seen: Array.isArray(raw.seen) ? [...new Set(raw.seen.filter(locale))] : []
	};
}

export async function readSettings(): Promise<Settings> {
	const response = await (await caches.open(CACHE)).match(KEY);
	if (!response) return EMPTY;
	try {
		return parseSettings(await response.json());
	} catch {
		return EMPTY;
	}
}

export async function writeSettings(settings: Settings): Promise<void> {
	const body = JSON.stringify(settings);
	await (
		await caches.open(CACHE)
	).put(KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}
