// The manifest has what install prompts require (Chromium's installability and the W3C fields), in
// each language, and every icon it names is a committed PNG of the size it claims.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPng } from '../../../scripts/icons/png';
import { buildManifest, MANIFEST_ICONS } from './manifest';

const text = {
	name: 'Downhill: how neural networks learn',
	shortName: 'Downhill',
	description: 'A game.',
	shortcuts: [{ name: 'Play', path: '/play' }]
};

/** app.css's --bg in the light scheme, read from the stylesheet itself. */
function lightBackground(): string {
	const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
	return /:root\s*{[^}]*--bg:\s*(#[0-9a-f]{6})/i.exec(css)![1];
}

describe('buildManifest', () => {
	it('has every field an installable app needs', () => {
		const manifest = buildManifest('en', text);
		expect(manifest).toMatchObject({
			id: '/',
			name: text.name,
			short_name: 'Downhill',
			lang: 'en',
			start_url: '/play',
			scope: '/',
			display: 'standalone'
		});
		expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
		expect(manifest.background_color).toBe(lightBackground());
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('opens the Korean app on Korean pages, as the same app', () => {
		const en = buildManifest('en', text);
		const ko = buildManifest('ko', { ...text, shortcuts: [{ name: '플레이', path: '/play' }] });
		expect(ko.lang).toBe('ko');
		expect(ko.start_url).toBe('/ko/play');
		expect(ko.shortcuts[0].url).toBe('/ko/play');
		expect(ko.id).toBe(en.id);
		expect(ko.scope).toBe('/');
	});

	it('names 192 and 512 px icons, a maskable one among them', () => {
		const sizes = (purpose: string) =>
			MANIFEST_ICONS.filter((i) => i.purpose === purpose).map((i) => i.sizes);
		expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(sizes('maskable')).toContain('512x512');
	});

	it.each(MANIFEST_ICONS)('$src is a PNG of $sizes', ({ src, sizes, type }) => {
		expect(type).toBe('image/png');
		const png = readPng(readFileSync(new URL(`../../../static${src}`, import.meta.url)));
		expect(`${png.width}x${png.height}`).toBe(sizes);
	});
});
