import { afterEach, describe, expect, it, vi } from 'vitest';
import * as runtime from '$lib/paraglide/runtime';
import { rememberLocalePerAddress } from './locale-per-address';

const original = runtime.getLocale;
afterEach(() => runtime.overwriteGetLocale(original));

describe('rememberLocalePerAddress', () => {
	it('works the locale out once per address, through Paraglide’s own getLocale', () => {
		let address = 'https://downhill.test/play';
		const resolve = vi.fn(() => (address.includes('/ko/') ? 'ko' : 'en') as runtime.Locale);
		rememberLocalePerAddress(resolve, () => address);

		expect(runtime.getLocale()).toBe('en');
		expect(runtime.getLocale()).toBe('en');
		expect(runtime.getLocale()).toBe('en');
		expect(resolve).toHaveBeenCalledTimes(1);

		address = 'https://downhill.test/ko/play';
		expect(runtime.getLocale()).toBe('ko');
		expect(runtime.getLocale()).toBe('ko');
		expect(resolve).toHaveBeenCalledTimes(2);

		address = 'https://downhill.test/play?lang=en';
		expect(runtime.getLocale()).toBe('en');
		expect(resolve).toHaveBeenCalledTimes(3);
	});

	it('messages follow the remembered locale', async () => {
		const { m } = await import('$lib/paraglide/messages');
		let address = 'https://downhill.test/ko/quiz';
		rememberLocalePerAddress(
			() => (address.includes('/ko/') ? 'ko' : 'en'),
			() => address
		);
		const korean = m.nav_play();
		address = 'https://downhill.test/quiz';
		const english = m.nav_play();
		expect(english).toBe('Play');
		expect(korean).not.toBe(english);
		expect(korean).toMatch(/[\uac00-\ud7af]/);
	});
});
