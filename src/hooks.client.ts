// Client hooks. `init` runs once, when every script of the page has been evaluated and before
// SvelteKit hydrates it. Yielding there splits what would be one long start-up task (evaluate the
// scripts, then hydrate the page) in two, so the browser can paint or take a tap in between; on a
// slow phone each half blocks input for less than the whole did.
import type { ClientInit } from '@sveltejs/kit';
import { yieldToMain } from '$lib/components/yield-to-main';

export const init: ClientInit = () => yieldToMain();
