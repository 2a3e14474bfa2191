/// <reference types="vite/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Principal } from '$lib/server/auth/tokens';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The signed-in teacher or learner (hooks.server.ts), or null. */
			principal: Principal | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
