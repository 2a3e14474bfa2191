import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/** In the browser build, ./katex-ssr is an empty stand-in: KaTeX is lazy-loaded there (Math.svelte). */
function serverOnlyKatex(): Plugin {
	const stub = '\0katex-ssr-stub';
	return {
		name: 'downhill:server-only-katex',
		enforce: 'pre',
		resolveId(id, _importer, options) {
			if (!options?.ssr && /[\\/]katex-ssr(\.ts)?$/.test(id)) return stub;
		},
		load(id) {
			if (id === stub) return "export const renderTex = () => '';";
		}
	};
}

export default defineConfig({
	plugins: [
		serverOnlyKatex(),
		// Vitest does not need the compiler (it runs on `npm run i18n`), and its file watcher would keep
		// the test process alive after the run.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				// A shared /ko/… link opens in Korean; otherwise the learner's saved choice, then the browser's.
				strategy: ['url', 'cookie', 'preferredLanguage', 'baseLocale'],
				emitReadme: false
			}),
		sveltekit()
	],
	build: {
		// Fonts stay files (cacheable, and allowed by the CSP's font-src 'self'), never data: URIs.
		assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined)
	},
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Vitest leaves one core free by default: a worker on each (2 on a two-core CI machine) took the
		// unit run from about 3 min to 2 min 20 s.
		maxWorkers: '100%',
		testTimeout: 60_000
	}
});
