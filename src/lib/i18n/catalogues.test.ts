// The message catalogues: Korean is never missing, placeholders agree, and no key is dead or unknown.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
// Every catalogue file of a locale, from the inlang project's pathPattern list, merged; a key may
// live in one file only.
const SETTINGS = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8'));
const PATTERNS: string[] = SETTINGS['plugin.inlang.messageFormat'].pathPattern;

/** A message with variants (plural forms): `[{ declarations, selectors, match }]`. */
type Variants = [{ match: Record<string, string> }];

/** A message's text: a plain message as it is, each variant of a plural one on a line of its own. */
const textOf = (message: string | Variants) =>
	typeof message === 'string' ? message : Object.values(message[0].match).join('\n');

const load = (locale: string): Record<string, string> => {
	const merged: Record<string, string> = {};
	for (const pattern of PATTERNS) {
		const file = join(root, pattern.replace('{locale}', locale));
		const { $schema: _schema, ...messages } = JSON.parse(readFileSync(file, 'utf8'));
		for (const [key, message] of Object.entries(messages)) {
			if (key in merged) throw new Error(`"${key}" is in more than one ${locale} catalogue`);
			merged[key] = textOf(message as string | Variants);
		}
	}
	return merged;
};
const en = load('en');
const ko = load('ko');

// Names that are the same in both languages (brands, and each language's own name).
const SAME_IN_BOTH = new Set([
	'site_name',
	'language_en',
	'language_ko',
	'opt_adagrad',
	'opt_rmsprop',
	'opt_adam'
]);
const placeholders = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'paraglide' || name === 'node_modules') return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('message catalogues', () => {
	it('have the same keys in English and Korean', () => {
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
	});

	it('have no empty message', () => {
		for (const [key, text] of [...Object.entries(en), ...Object.entries(ko)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('use the same placeholders in both languages', () => {
		for (const key of Object.keys(en))
			expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
	});

	it('are really translated: Korean text has Hangul', () => {
		for (const [key, text] of Object.entries(ko)) {
			if (!SAME_IN_BOTH.has(key)) expect(text, key).toMatch(/[\uac00-\ud7a3]/);
		}
	});

	it('has every key used by the code, and every key used somewhere', () => {
		// Only files that import the catalogue's `m` (elsewhere `m` may be any variable).
		const code = sourceFiles(join(root, 'src'))
			.map((file) => readFileSync(file, 'utf8'))
			.filter((text) => text.includes("from '$lib/paraglide/messages'"))
			.join('\n');
		const used = new Set([...code.matchAll(/\bm\.(\w+)/g)].map((match) => match[1]));
		for (const key of used) expect(en, `m.${key} is used but has no message`).toHaveProperty(key);
		for (const key of Object.keys(en)) expect(used.has(key), `${key} is never used`).toBe(true);
	});
});
