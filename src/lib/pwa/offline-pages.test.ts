import { describe, expect, it } from 'vitest';
import {
	MANIFEST_PATH,
	OFFLINE_PATH,
	isPageMessage,
	offlinePaths,
	pagesIn,
	retryTarget
} from './offline-pages';

describe('offlinePaths and pagesIn', () => {
	it('makes a page per level and per puzzle beside the section pages', () => {
		const paths = offlinePaths(['a', 'b'], ['gates.add']);
		expect(paths).toEqual(expect.arrayContaining(['/play/a', '/play/b', '/puzzles/gates.add']));
		expect(paths).toEqual(
			expect.arrayContaining(['/', '/play', '/play/sandbox', '/puzzles/which-derivative'])
		);
		expect(paths).toEqual(expect.arrayContaining(['/quiz', '/quiz/round', '/guide', '/lab']));
		expect(paths).toHaveLength(12);
	});

	it('puts Korean pages under /ko and adds each language its offline page and manifest', () => {
		expect(pagesIn(['/', '/play/a'], 'ko')).toEqual([
			'/ko',
			'/ko/play/a',
			'/ko/offline',
			'/ko/manifest.webmanifest'
		]);
		expect(pagesIn(['/', '/play/a'], 'en')).toEqual(['/', '/play/a', OFFLINE_PATH, MANIFEST_PATH]);
	});
});

describe('isPageMessage', () => {
	it('accepts the two messages and nothing else', () => {
		expect(isPageMessage({ type: 'SKIP_WAITING' })).toBe(true);
		expect(isPageMessage({ type: 'KEEP_PAGES', locale: 'ko', preferred: null })).toBe(true);
		expect(isPageMessage({ type: 'KEEP_PAGES', locale: 'ko', preferred: 'en' })).toBe(true);
		expect(isPageMessage({ type: 'KEEP_PAGES', locale: 'fr', preferred: null })).toBe(false);
		expect(isPageMessage({ type: 'KEEP_PAGES', locale: 'ko' })).toBe(false);
		expect(isPageMessage({ type: 'CLEAR' })).toBe(false);
		expect(isPageMessage('SKIP_WAITING')).toBe(false);
		expect(isPageMessage(null)).toBe(false);
	});
});

describe('retryTarget', () => {
	const origin = 'https://downhill.example';

	it('returns a path of this site with its query', () => {
		expect(retryTarget('/class', origin)).toBe('/class');
		expect(retryTarget('/ko/play/xor?seed=3', origin)).toBe('/ko/play/xor?seed=3');
	});

	it('never leads to another site or back to the offline page', () => {
		for (const from of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'class'])
			expect(retryTarget(from, origin)).toBeNull();
		expect(retryTarget('/offline?from=/x', origin)).toBeNull();
		expect(retryTarget('/ko/offline', origin)).toBeNull();
		expect(retryTarget(null, origin)).toBeNull();
	});
});
