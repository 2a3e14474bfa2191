// KaTeX in the browser: loaded once, on demand (./katex-render). Once it is here, `katexNow()` hands
// it over at once, so a formula that appears later (the next quiz question) is rendered in the same
// frame as its text instead of one frame after.
type Render = typeof import('./katex-render');

let loaded: Render | undefined;

/** Loads KaTeX (once; a failed load is tried again on the next call). */
export async function loadKatex(): Promise<Render> {
	loaded ??= await import('./katex-render');
	return loaded;
}

/** KaTeX if it has already loaded, else undefined. */
export const katexNow = (): Render | undefined => loaded;
