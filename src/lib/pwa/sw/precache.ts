// Fetching files and pages into a cache. Pages are fetched without credentials, so what is kept is
// the page as anyone sees it, never a signed-in learner's own copy (it carries their name).
import { forEachLimited } from './pool';
import { isPrivate } from './route';

export type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

/** Fetches one path and puts it in the cache; throws (naming the path) if it is not a plain 200. */
export async function keep(cache: Cache, path: string, fetcher: Fetcher): Promise<void> {
	if (isPrivate(path)) throw new Error(`${path} is never kept offline`);
	// 'no-cache' revalidates a static file that has no hash in its name; 'error' refuses a redirect
	// (a redirected response cannot answer a navigation).
	const response = await fetcher(path, {
		credentials: 'omit',
		cache: 'no-cache',
		redirect: 'error'
	});
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	await cache.put(path, response);
}

/** Keeps every path, `limit` at a time; rejects if any cannot be kept. */
export function keepAll(
	cache: Cache,
	paths: readonly string[],
	limit: number,
	fetcher: Fetcher
): Promise<void> {
	return forEachLimited(paths, limit, (path) => keep(cache, path, fetcher));
}

/** Keeps the paths the cache does not have yet; returns how many were fetched. */
export async function keepMissing(
	cache: Cache,
	paths: readonly string[],
	limit: number,
	fetcher: Fetcher
): Promise<number> {
	const missing: string[] = [];
	for (const path of paths) if (!(await cache.match(path))) missing.push(path);
	await keepAll(cache, missing, limit, fetcher);
	return missing.length;
}
