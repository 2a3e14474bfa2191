import { describe, expect, it } from 'vitest';
import { keep, keepAll, keepMissing, type Fetcher } from './precache';

/** The part of the Cache API the precache uses, in memory. */
class MemoryCache {
	readonly entries = new Map<string, Response>();
	async match(path: string) {
		return this.entries.get(path);
	}
	async put(path: string, response: Response) {
		this.entries.set(path, response);
	}
	asCache(): Cache {
		return this as unknown as Cache;
	}
}

function server(status: (path: string) => number = () => 200) {
	const calls: { path: string; init: RequestInit }[] = [];
	const fetcher: Fetcher = async (path, init) => {
		calls.push({ path, init });
		return new Response(`body of ${path}`, { status: status(path) });
	};
	return { fetcher, calls };
}

describe('keep', () => {
	it('fetches without credentials or a redirect, and keeps the answer', async () => {
		const cache = new MemoryCache();
		const { fetcher, calls } = server();
		await keep(cache.asCache(), '/play', fetcher);
		expect(calls[0].init).toMatchObject({ credentials: 'omit', redirect: 'error' });
		expect(await cache.entries.get('/play')!.text()).toBe('body of /play');
	});

	it('refuses to keep the API or the teachers’ pages, without asking the server', async () => {
		const cache = new MemoryCache();
		const { fetcher, calls } = server();
		await expect(keep(cache.asCache(), '/api/progress', fetcher)).rejects.toThrow('never kept');
		await expect(keep(cache.asCache(), '/ko/teacher', fetcher)).rejects.toThrow('never kept');
		expect(calls).toEqual([]);
		expect(cache.entries.size).toBe(0);
	});

	it('fails on anything but a 2xx, naming the path', async () => {
		const cache = new MemoryCache();
		const { fetcher } = server(() => 404);
		await expect(keep(cache.asCache(), '/play/gone', fetcher)).rejects.toThrow(
			'/play/gone: HTTP 404'
		);
		expect(cache.entries.size).toBe(0);
	});
});

describe('keepAll and keepMissing', () => {
	it('keepAll rejects when one path cannot be kept (an install must not half-succeed)', async () => {
		const { fetcher } = server((path) => (path === '/b' ? 500 : 200));
		await expect(
			keepAll(new MemoryCache().asCache(), ['/a', '/b', '/c'], 2, fetcher)
		).rejects.toThrow('/b: HTTP 500');
	});

	it('keepMissing fetches only what the cache lacks', async () => {
		const cache = new MemoryCache();
		await cache.put('/ko', new Response('kept'));
		const { fetcher, calls } = server();
		const fetched = await keepMissing(cache.asCache(), ['/ko', '/ko/play', '/ko/quiz'], 2, fetcher);
		expect(fetched).toBe(2);
		expect(calls.map((c) => c.path).sort()).toEqual(['/ko/play', '/ko/quiz']);
		expect(await cache.entries.get('/ko')!.text()).toBe('kept');
	});
});
