// Gives the browser its main thread back for a moment: the rest of the caller runs in a task of
// its own, after input, rendering and whatever else was waiting. `scheduler.yield()` (Chromium)
// puts the caller at the front of that queue; elsewhere a zero-delay timer puts it at the back.

interface WithScheduler {
	scheduler?: { yield?: () => Promise<void> };
}

export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as WithScheduler).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
