// ESLint: the recommended rules for TypeScript and Svelte, Prettier for layout, and the import table
// of DESIGN.md ("which layer may import which") enforced per folder.
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignore = fileURLToPath(new URL('./.gitignore', import.meta.url));

/** `no-restricted-imports` with path patterns, each with the reason shown to whoever breaks it. */
const restrict = (files, patterns, ignores = []) => ({
	files,
	// Tests may use their runner and dev-only references (TensorFlow.js); the rule guards shipped code.
	ignores: ['**/*.test.ts', ...ignores],
	rules: { 'no-restricted-imports': ['error', { patterns }] }
});
const rule = (group, message) => ({ group, message });
const regex = (pattern, message) => ({ regex: pattern, message });

const NOT_SERVER = rule(
	['$lib/server', '$lib/server/**', '**/server/**'],
	'Server code is imported only by +page.server.ts, +server.ts and hooks (DESIGN.md).'
);
const NOT_UI = [
	rule(
		['$app/*', 'svelte', 'svelte/*', '*.svelte'],
		'This layer is pure TypeScript: no Svelte or SvelteKit (DESIGN.md).'
	),
	rule(['phaser', 'phaser/*'], 'Phaser belongs to src/lib/game only (DESIGN.md).')
];
const layer = (names) =>
	rule(
		names.flatMap((n) => [`$lib/${n}`, `$lib/${n}/**`, `**/${n}/**`, `../${n}`]),
		`Not allowed from this layer: ${names.join(', ')} (DESIGN.md).`
	);

export default ts.config(
	includeIgnoreFile(gitignore),
	{ ignores: ['bench/results/**', 'src/lib/paraglide/**'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Internal links go through Paraglide's localizeHref (which keeps /ko/), not $app/paths.resolve.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// The engine imports nothing outside itself: relative imports only, never escaping src/lib/engine.
	restrict(
		['src/lib/engine/*.ts'],
		[
			regex(
				'^(?!\\./)',
				'src/lib/engine imports only its own files, by relative path (DESIGN.md, CONTRACT.md).'
			)
		]
	),
	restrict(
		['src/lib/engine/*/*.ts'],
		[
			regex(
				'^(?!\\.\\.?/)|^\\.\\./\\.\\./',
				'src/lib/engine imports only its own files, by relative path (DESIGN.md, CONTRACT.md).'
			)
		]
	),
	// Landscapes and optimizers: the engine only (optimizers relatively, so a plain TS runner can load them).
	restrict(
		['src/lib/optimizers/**/*.ts'],
		[
			regex('^(?!\\.\\.?/)', 'src/lib/optimizers uses relative imports only (CONTRACT.md).'),
			layer([
				'landscapes',
				'levels',
				'puzzles',
				'game',
				'components',
				'server',
				'i18n',
				'paraglide'
			])
		]
	),
	restrict(
		['src/lib/landscapes/**/*.ts'],
		[...NOT_UI, NOT_SERVER, layer(['levels', 'puzzles', 'game', 'components'])]
	),
	restrict(
		['src/lib/levels/**/*.ts', 'src/lib/puzzles/**/*.ts', 'src/lib/classroom/**/*.ts'],
		[...NOT_UI, NOT_SERVER, layer(['game', 'components'])]
	),
	restrict(
		['src/lib/game/**/*.ts'],
		[
			rule(
				['$app/*', 'svelte', 'svelte/*', '*.svelte'],
				'The game never imports Svelte or SvelteKit (DESIGN.md).'
			),
			NOT_SERVER,
			layer(['components'])
		]
	),
	// The attempt outbox runs in the service worker too: no Svelte, no components, no server code.
	restrict(['src/lib/outbox/**/*.ts'], [...NOT_UI, NOT_SERVER, layer(['game', 'components'])]),
	restrict(['src/lib/server/**/*.ts'], [layer(['game', 'components'])]),
	// Components and routes may use everything but server code, except the server-only route files.
	restrict(
		['src/lib/components/**', 'src/lib/i18n/**', 'src/routes/**', 'src/hooks.ts'],
		[NOT_SERVER],
		['src/routes/**/+page.server.ts', 'src/routes/**/+layout.server.ts', 'src/routes/**/+server.ts']
	)
);
