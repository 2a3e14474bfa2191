// The list of pages the service worker keeps: every path is one the app really renders (checked by
// running the route's own load), nothing private is on it, and every built-in level and puzzle is.
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '$lib/levels';
import { TIERS } from '$lib/puzzles/chain';
import { load as loadLevel } from '../../play/[level]/+page';
import { load as loadPuzzle } from '../../puzzles/[id]/+page';
import { GET } from './+server';

type LevelEvent = Parameters<typeof loadLevel>[0];
type PuzzleEvent = Parameters<typeof loadPuzzle>[0];

async function paths(): Promise<string[]> {
	const response = await GET({} as RequestEvent as Parameters<typeof GET>[0]);
	expect(response.status).toBe(200);
	return ((await response.json()) as { paths: string[] }).paths;
}

describe('GET /offline/pages.json', () => {
	it('lists every built-in level and every puzzle, each once', async () => {
		const list = await paths();
		expect(new Set(list).size).toBe(list.length);
		for (const level of LEVELS) expect(list).toContain(`/play/${level.id}`);
		for (const tier of TIERS)
			for (const puzzle of tier.puzzles) expect(list).toContain(`/puzzles/${puzzle.id}`);
		for (const page of ['/', '/play', '/puzzles', '/puzzles/which-derivative', '/quiz'])
			expect(list).toContain(page);
		expect(list).toContain('/quiz/round');
	});

	it('every level and puzzle path is one its route loads (no 404 kept offline)', async () => {
		const url = new URL('http://localhost/');
		for (const path of await paths()) {
			const [, section, id] = path.split('/');
			if (section === 'play' && id && id !== 'sandbox') {
				const data = loadLevel({ params: { level: id }, url } as unknown as LevelEvent);
				expect((data as { level: { id: string } }).level.id).toBe(id);
			} else if (section === 'puzzles' && id && id !== 'which-derivative') {
				const data = await loadPuzzle({ params: { id }, url } as unknown as PuzzleEvent);
				expect((data as { def: { id: string } }).def.id).toBe(id);
			}
		}
	});

	it('holds nothing private and nothing in another language', async () => {
		for (const path of await paths()) {
			expect(path.startsWith('/')).toBe(true);
			expect(path).not.toMatch(/^\/(api|teacher|class|join|signin|ko)(\/|$)/);
		}
	});
});
