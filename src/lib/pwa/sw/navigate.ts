// A page (navigation) network-first: the network's answer when it comes within `timeoutMs`; after
// that the saved copy if there is one (the network keeps its chance when there is none); when the
// network fails, the saved copy, then the offline page. The network's answer is never saved: it may
// carry a signed-in learner's name, and the saved copies are the anonymous ones kept at install.

export interface NavigationSources {
	network: () => Promise<Response>;
	/** The kept copy; `failed`: the network failed (rather than being slow). */
	saved: (failed: boolean) => Promise<Response | undefined>;
	offline: () => Promise<Response | undefined>;
	timeoutMs: number;
}

const TIMED_OUT = Symbol('timed out');

function timer(ms: number): { done: Promise<typeof TIMED_OUT>; cancel: () => void } {
	let id: ReturnType<typeof setTimeout> | undefined;
	const done = new Promise<typeof TIMED_OUT>((resolve) => {
		id = setTimeout(() => resolve(TIMED_OUT), ms);
	});
	return { done, cancel: () => clearTimeout(id) };
}

export async function networkFirst(sources: NavigationSources): Promise<Response> {
	const network = sources.network();
	// Until the race is decided, a failure is handled below, not reported as unhandled.
	network.catch(() => undefined);
	const clock = timer(sources.timeoutMs);
	try {
		const first = await Promise.race([network, clock.done]);
		if (first !== TIMED_OUT) return first;
		const saved = await sources.saved(false);
		return saved ?? (await network);
	} catch {
		return (await sources.saved(true)) ?? (await sources.offline()) ?? Response.error();
	} finally {
		clock.cancel();
	}
}

/** A saved page, marked (Server-Timing) so the page knows its data may be out of date. */
export function markFromCache(response: Response, name: string): Response {
	const headers = new Headers(response.headers);
	headers.append('Server-Timing', name);
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
