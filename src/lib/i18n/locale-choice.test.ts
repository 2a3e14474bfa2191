import { describe, expect, it } from 'vitest';
import { localeOfPath, pathInLocale, preferredLocale, redirectLocale } from './locale-choice';

describe('locale choice', () => {
	it('reads the prefix of a path', () => {
		expect(localeOfPath('/ko/guide')).toBe('ko');
		expect(localeOfPath('/ko')).toBe('ko');
		expect(localeOfPath('/guide')).toBeNull();
		expect(localeOfPath('/korea')).toBeNull();
		expect(localeOfPath('/en/guide')).toBeNull();
	});

	it('ranks Accept-Language by q and order', () => {
		expect(preferredLocale('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
		expect(preferredLocale('en-US,en;q=0.9,ko;q=0.8')).toBe('en');
		expect(preferredLocale('fr;q=1, ko;q=0.5, en;q=0.4')).toBe('ko');
		expect(preferredLocale('en;q=0.2, ko;q=0.9')).toBe('ko');
		expect(preferredLocale('fr, de')).toBeNull();
		expect(preferredLocale('ko;q=0')).toBeNull();
		expect(preferredLocale(null)).toBeNull();
	});

	it('lets a saved choice win over the browser', () => {
		expect(redirectLocale('ko', 'en-US')).toBe('ko');
		expect(redirectLocale('en', 'ko-KR')).toBeNull();
		expect(redirectLocale(undefined, 'ko-KR')).toBe('ko');
		expect(redirectLocale('xx', 'en')).toBeNull();
	});

	it('maps a page to its twin in the other language', () => {
		expect(pathInLocale('/', 'ko')).toBe('/ko');
		expect(pathInLocale('/guide', 'ko')).toBe('/ko/guide');
		expect(pathInLocale('/ko/guide', 'en')).toBe('/guide');
		expect(pathInLocale('/ko/', 'en')).toBe('/');
		expect(pathInLocale('/ko', 'en')).toBe('/');
		expect(pathInLocale('/ko/guide', 'ko')).toBe('/ko/guide');
	});
});
