import { describe, expect, it } from 'vitest';
import { markFromCache, networkFirst, type NavigationSources } from './navigate';

const page = (body: string) => new Response(body, { status: 200 });
const after = <T>(ms: number, value: () => T | Promise<T>): Promise<T> =>
	new Promise<T>((resolve, reject) => {
		setTimeout(() => Promise.resolve().then(value).then(resolve, reject), ms);
	});

function sources(over: Partial<NavigationSources>) {
	const asked: string[] = [];
	const all: NavigationSources = {
		network: () => after(1, () => page('network')),
		saved: async (failed) => {
			asked.push(failed ? 'saved after failure' : 'saved after timeout');
			return page('saved');
		},
		offline: async () => {
			asked.push('offline');
			return page('offline');
		},
		timeoutMs: 40,
		...over
	};
	return { all, asked };
}

describe('networkFirst', () => {
	it('answers from the network when it is quick', async () => {
		const { all, asked } = sources({});
		expect(await (await networkFirst(all)).text()).toBe('network');
		expect(asked).toEqual([]);
	});

	it('answers with the kept copy when the network is slow', async () => {
		const { all, asked } = sources({ network: () => after(400, () => page('network')) });
		const started = Date.now();
		expect(await (await networkFirst(all)).text()).toBe('saved');
		expect(Date.now() - started).toBeLessThan(300);
		expect(asked).toEqual(['saved after timeout']);
	});

	it('keeps waiting for a slow network when nothing is kept', async () => {
		const { all } = sources({
			network: () => after(80, () => page('network')),
			saved: async () => undefined
		});
		expect(await (await networkFirst(all)).text()).toBe('network');
	});

	it('falls back to the kept copy, then the offline page, when the network fails', async () => {
		const fail = () => after(1, () => Promise.reject(new TypeError('Failed to fetch')));
		const kept = sources({ network: fail });
		expect(await (await networkFirst(kept.all)).text()).toBe('saved');
		expect(kept.asked).toEqual(['saved after failure']);

		const none = sources({ network: fail, saved: async () => undefined });
		expect(await (await networkFirst(none.all)).text()).toBe('offline');

		const nothing = sources({
			network: fail,
			saved: async () => undefined,
			offline: async () => undefined
		});
		expect((await networkFirst(nothing.all)).type).toBe('error');
	});

	it('falls back when a slow network then fails and nothing was kept', async () => {
		const { all, asked } = sources({
			network: () => after(80, () => Promise.reject(new TypeError('Failed to fetch'))),
			saved: async (failed) => {
				asked.push(String(failed));
				return undefined;
			}
		});
		expect(await (await networkFirst(all)).text()).toBe('offline');
		expect(asked).toEqual(['false', 'true', 'offline']);
	});

	it('returns the network’s error pages as they are (a 404 is an answer)', async () => {
		const { all } = sources({ network: async () => new Response('nope', { status: 404 }) });
		expect((await networkFirst(all)).status).toBe(404);
	});
});

describe('markFromCache', () => {
	it('adds a Server-Timing entry and keeps status, headers and body', async () => {
		const kept = new Response('<html>', {
			status: 200,
			headers: { 'Content-Type': 'text/html', 'Server-Timing': 'db;dur=3' }
		});
		const marked = markFromCache(kept, 'sw-cache');
		expect(marked.status).toBe(200);
		expect(marked.headers.get('Content-Type')).toBe('text/html');
		expect(marked.headers.get('Server-Timing')).toBe('db;dur=3, sw-cache');
		expect(await marked.text()).toBe('<html>');
	});
});
