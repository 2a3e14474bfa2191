import { describe, expect, it } from 'vitest';
import { barePath, isLegacyFont, isPrivate, route } from './route';

const origin = 'https://downhill.example';
const assets = new Set(['/_app/immutable/entry/app.abc.js', '/icons/icon-192.png', '/favicon.svg']);
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: origin + path, mode });

describe('route', () => {
	it('serves kept files from the cache', () => {
		expect(route(get('/_app/immutable/entry/app.abc.js'), origin, assets)).toBe('asset');
		expect(route(get('/icons/icon-192.png'), origin, assets)).toBe('asset');
		// A built file not kept at install (a legacy font format) still counts as one.
		expect(route(get('/_app/immutable/assets/KaTeX_Main.woff'), origin, assets)).toBe('asset');
	});

	it('plays every page network first, including ones never kept', () => {
		for (const path of ['/', '/play/xor?seed=1', '/ko/quiz', '/class', '/teacher'])
			expect(route(get(path, 'navigate'), origin, assets)).toBe('page');
	});

	it('stays out of the API, load data, version checks, other sites and anything but GET', () => {
		expect(route(get('/api/attempts'), origin, assets)).toBe('pass');
		expect(route(get('/api/progress'), origin, assets)).toBe('pass');
		expect(route(get('/play/xor/__data.json?x-sveltekit-invalidated=1'), origin, assets)).toBe(
			'pass'
		);
		expect(route(get('/_app/version.json'), origin, assets)).toBe('pass');
		expect(route(get('/robots.txt'), origin, assets)).toBe('pass');
		const post = { method: 'POST', url: `${origin}/favicon.svg`, mode: 'cors' };
		expect(route(post, origin, assets)).toBe('pass');
		const form = { method: 'POST', url: `${origin}/join`, mode: 'navigate' };
		expect(route(form, origin, assets)).toBe('pass');
		const foreign = { method: 'GET', url: 'https://cdn.example/favicon.svg', mode: 'cors' };
		expect(route(foreign, origin, assets)).toBe('pass');
	});
});

describe('isPrivate', () => {
	it('covers the API and the teachers’ pages in either language, and load data', () => {
		for (const path of ['/api', '/api/attempts', '/teacher', '/teacher/classes/3', '/ko/teacher'])
			expect(isPrivate(path)).toBe(true);
		expect(isPrivate('/ko/play/__data.json')).toBe(true);
		for (const path of ['/', '/play', '/ko/play/xor', '/teachers-guide', '/apiary'])
			expect(isPrivate(path)).toBe(false);
	});

	it('judges a Korean path by its page', () => {
		expect(barePath('/ko')).toBe('/');
		expect(barePath('/ko/teacher/login')).toBe('/teacher/login');
		expect(barePath('/korea')).toBe('/korea');
	});
});

describe('isLegacyFont', () => {
	it('leaves out .woff and .ttf, never .woff2', () => {
		expect(isLegacyFont('/_app/immutable/assets/KaTeX_Main-Regular.B22Nviop.woff')).toBe(true);
		expect(isLegacyFont('/_app/immutable/assets/KaTeX_Main-Regular.C5JV6ygq.ttf')).toBe(true);
		expect(isLegacyFont('/_app/immutable/assets/KaTeX_Main-Regular.BmGyl6sN.woff2')).toBe(false);
	});
});
