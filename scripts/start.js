// `npm start`: build the app if the build is missing or older than the sources, make sure the data
// folder exists, then serve it with adapter-node on PORT (default 3000). HOST, ORIGIN, PORT and
// DATA_DIR are honoured; nothing else is needed (no database server, no network).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const buildEntry = join(root, 'build', 'index.js');
const sources = [
	'src',
	'static',
	'messages',
	'project.inlang',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'paraglide') continue; // generated during the build itself
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

function needsBuild() {
	if (!existsSync(buildEntry)) return true;
	const built = statSync(buildEntry).mtimeMs;
	return sources.some((source) => newestMtime(join(root, source)) > built);
}

if (needsBuild()) {
	console.log('Downhill: building the app (first start or changed sources)…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('Downhill: the build failed; see the messages above.');
		process.exit(result.status ?? 1);
	}
}

const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');
mkdirSync(dataDir, { recursive: true });
process.env.DATA_DIR = dataDir;
process.env.PORT ??= '3000';

console.log(`Downhill: data in ${dataDir}`);
console.log(`Downhill: serving on http://${process.env.HOST ?? 'localhost'}:${process.env.PORT}`);
await import(buildEntry);
