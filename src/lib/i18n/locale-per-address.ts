// The browser's locale, worked out once per address instead of once per message.
//
// Paraglide's `getLocale()` runs its whole strategy on every call: it reads `location.href` and
// parses it as a URL, then (on an English address, which has no locale prefix) reads
// `document.cookie` and `navigator.languages`. Every message and every localized link calls it, so
// hydrating the world map (47 links, some 60 messages) called it well over a hundred times: 7 % of
// the hydration's JavaScript in a CPU profile. In the browser the answer only changes with the
// address (a language switch reloads the page, with its cookie already written), so it is kept for
// as long as the address stays the same. On the server Paraglide's middleware sets the locale per request; this is for
// the client only (hooks.client.ts).
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * Makes `getLocale()` answer from a memo kept per address. `resolve` is Paraglide's own
 * `getLocale` (captured before it is replaced); `address` reads where the page is now.
 */
export function rememberLocalePerAddress(
	resolve: () => Locale = getLocale,
	address: () => string = () => location.href
): void {
	let lastAddress: string | undefined;
	let last: Locale | undefined;
	overwriteGetLocale(() => {
		const now = address();
		if (now !== lastAddress || last === undefined) {
			last = resolve();
			lastAddress = now;
		}
		return last;
	});
}
