// Client hooks. `init` runs once, when every script of the page has been evaluated and before
// SvelteKit hydrates it. Yielding there splits what would be one long start-up task (evaluate the
// scripts, then hydrate the page) in two, so the browser can paint or take a tap in between; on a
// slow phone each half blocks input for less than the whole did. Before hydrating, the locale is
// made to be worked out once per address rather than once per message (locale-per-address.ts).
import type { ClientInit } from '@sveltejs/kit';
import { yieldToMain } from '$lib/components/yield-to-main';
import { rememberLocalePerAddress } from '$lib/i18n/locale-per-address';

export const init: ClientInit = () => {
	rememberLocalePerAddress();
	return yieldToMain();
};
