// `npm run bench:server`: the classroom server under load, on SQLite and on PostgreSQL, printed.
//   1. Builds the app if the build is missing or older than the sources (--no-build skips this).
//   2. Per back end (SQLite in a temporary DATA_DIR; PostgreSQL in a fresh schema of the test
//      database, dropped at the end; when PostgreSQL cannot be reached it says so and goes on):
//      a class of 40 approved learners with sessions and 30 assignments is made in the database,
//      then `node build` serves it on a free loopback port.
//   3. Warm-up: each level's reference run once (the first re-play of an MLP level trains it).
//   4. Load: --clients concurrent clients (default 16) on keep-alive connections POST attempts to
//      /api/attempts, each with a fresh Idempotency-Key, as a random learner of the class, drawn
//      from the mix in bench-server/payloads.ts: level runs the server re-plays, puzzle and quiz
//      answers right and wrong. At most --max submissions (default 2000) and --seconds (default 30).
//      Every reply must be 201 with the verdict the verifier gives (computed here beforehand); the
//      stored attempts are counted afterwards. Anything else is an error: listed, exit code 1.
//   5. Dashboard: the teacher's progress page of that class (40 learners × 30 assignments, now
//      full of attempts), --dashboard-gets sequential GETs (default 50), and dashboardOf() called
//      in this process on the same database, so page and query can be told apart.
// Figures: submissions/s, latency p50/p90/p99/max, the mix, the server's CPU and memory, the
// dashboard's latency and size. Written to bench/results/server.json too. Timings only, no asserts:
// a benchmark, never a test.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { StoredAttemptBody } from '../src/lib/classroom/attempt';
import { SESSION_COOKIE } from '../src/lib/server/auth/cookies';
import { openDatabase, type OpenDatabase } from '../src/lib/server/db';
import { redactUrl } from '../src/lib/server/db/config';
import type { Database } from '../src/lib/server/db/schema';
import { rng } from '../src/lib/puzzles/random';
import {
	DEFAULT_POSTGRES_URL,
	postgresBackend,
	seedClassroom,
	sqliteBackend,
	storedAttempts,
	type Backend,
	type Classroom
} from './bench-server/classroom';
import {
	commandCpu,
	commandCpuSince,
	httpClient,
	machineCpu,
	processUsage,
	startServer,
	summarise,
	type Client,
	type Server,
	type Summary
} from './bench-server/load';
import {
	assignmentsFor,
	CATEGORIES,
	drawer,
	makePool,
	type Category,
	type Planned,
	type Pool
} from './bench-server/payloads';

const root = resolve(import.meta.dirname, '..');

interface Options {
	build: boolean;
	clients: number;
	max: number;
	seconds: number;
	dashboardGets: number;
	backends: ('sqlite' | 'postgres')[];
	postgresUrl: string;
	/** Write the server's CPU profile (node --cpu-prof) to test-results/bench-server/. */
	cpuProf: boolean;
}

function readOptions(): Options {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			clients: { type: 'string', default: '16' },
			max: { type: 'string', default: '2000' },
			seconds: { type: 'string', default: '30' },
			'dashboard-gets': { type: 'string', default: '50' },
			only: { type: 'string' },
			'cpu-prof': { type: 'boolean', default: false }
		}
	});
	const whole = (name: string, text: string, min: number) => {
		const n = Number(text);
		if (!Number.isInteger(n) || n < min)
			throw new Error(`--${name} must be a whole number ≥ ${min}`);
		return n;
	};
	const only = values.only;
	if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
		throw new Error('--only must be sqlite or postgres');
	return {
		build: !values['no-build'],
		clients: whole('clients', values.clients, 1),
		max: whole('max', values.max, 1),
		seconds: whole('seconds', values.seconds, 1),
		dashboardGets: whole('dashboard-gets', values['dashboard-gets'], 1),
		backends: only ? [only] : ['sqlite', 'postgres'],
		postgresUrl: process.env.DATABASE_URL_TEST?.trim() || DEFAULT_POSTGRES_URL,
		cpuProf: values['cpu-prof']
	};
}

// --- The build (the same rule as scripts/start.js: rebuild when a source is newer) ---

const SOURCES = [
	'src',
	'static',
	'messages',
	'project.inlang',
	'svelte.config.js',
	'vite.config.ts'
];

function newestMtime(path: string): number {
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

function ensureBuild(): void {
	const entry = join(root, 'build', 'index.js');
	const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
	if (built && SOURCES.every((s) => newestMtime(join(root, s)) <= built)) {
		console.log('bench:server — the build is up to date');
		return;
	}
	console.log('bench:server — building…');
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
	if (result.status !== 0) throw new Error('the build failed (run `npx vite build` to see why)');
	console.log(`bench:server — built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// --- Submitting attempts ---

interface Tally {
	sent: Record<Category, number>;
	accepted: number;
	rejected: number;
	passed: number;
	errors: number;
	/** The first few distinct errors, with how often each happened. */
	errorKinds: Map<string, number>;
}

const newTally = (): Tally => ({
	sent: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
	accepted: 0,
	rejected: 0,
	passed: 0,
	errors: 0,
	errorKinds: new Map()
});

function noteError(tally: Tally, what: string): void {
	tally.errors++;
	if (tally.errorKinds.size < 8 || tally.errorKinds.has(what))
		tally.errorKinds.set(what, (tally.errorKinds.get(what) ?? 0) + 1);
}

const cookie = (token: string) => `${SESSION_COOKIE}=${token}`;

/** POSTs one attempt as the learner and checks the reply against the expected verdict. */
async function submit(
	client: Client,
	planned: Planned,
	token: string,
	tally: Tally
): Promise<number | undefined> {
	tally.sent[planned.category]++;
	let reply;
	try {
		reply = await client.send(
			'POST',
			'/api/attempts',
			{
				'content-type': 'application/json',
				'content-length': String(Buffer.byteLength(planned.body)),
				'idempotency-key': randomUUID(),
				cookie: cookie(token)
			},
			planned.body
		);
	} catch (error) {
		noteError(tally, `no reply: ${(error as Error).message}`);
		return undefined;
	}
	if (reply.status !== 201) {
		noteError(tally, `HTTP ${reply.status} for ${planned.category}: ${reply.body.slice(0, 160)}`);
		return reply.ms;
	}
	let attempt: StoredAttemptBody['attempt'];
	try {
		attempt = (JSON.parse(reply.body) as StoredAttemptBody).attempt;
	} catch {
		noteError(tally, `201 without JSON for ${planned.category}: ${reply.body.slice(0, 160)}`);
		return reply.ms;
	}
	const want = planned.expected;
	if (
		attempt.status !== want.status ||
		attempt.passed !== want.passed ||
		attempt.stars !== want.stars
	)
		noteError(
			tally,
			`verdict for ${planned.payload.kind} ${planned.payload.item}: ${attempt.status}/${attempt.stars}★, expected ${want.status}/${want.stars}★`
		);
	if (attempt.status === 'accepted') tally.accepted++;
	else tally.rejected++;
	if (attempt.passed) tally.passed++;
	return reply.ms;
}

interface LoadResult {
	submissions: number;
	seconds: number;
	perSecond: number;
	latency: Summary;
	byKind: Record<'level' | 'puzzle' | 'quiz', Summary>;
	tally: Tally;
	server?: { cpuCores: number; cpuMsPerSubmission: number; rssPeakMiB: number };
	loadGeneratorCpuCores: number;
	/** Cores busy on the whole machine, and how many of them PostgreSQL's processes and the rest. */
	machine?: { cores: number; busyCores: number; postgresCores: number; otherCores: number };
}

async function load(
	server: Server,
	client: Client,
	classroom: Classroom,
	pool: Pool,
	options: Options
): Promise<LoadResult> {
	const next = drawer(pool);
	const pickLearner = rng(888);
	const tally = newTally();
	const latencies: number[] = [];
	const byKind = { level: [] as number[], puzzle: [] as number[], quiz: [] as number[] };
	const pid = server.process.pid!;
	const before = processUsage(pid);
	let rssPeak = before?.rssMiB ?? 0;
	const sampler = setInterval(() => {
		rssPeak = Math.max(rssPeak, processUsage(pid)?.rssMiB ?? 0);
	}, 200);
	const cpuBefore = process.cpuUsage();
	const machineBefore = machineCpu();
	const postgresBefore = commandCpu('postgres');
	const started = performance.now();
	const deadline = started + options.seconds * 1000;
	let issued = 0;
	let finished = started;
	const worker = async () => {
		while (issued < options.max && performance.now() < deadline && !interrupted) {
			issued++;
			const planned = next();
			const learner = classroom.learners[Math.floor(pickLearner() * classroom.learners.length)];
			const ms = await submit(client, planned, learner.token, tally);
			if (ms !== undefined) {
				latencies.push(ms);
				byKind[planned.payload.kind].push(ms);
			}
			finished = performance.now();
		}
	};
	await Promise.all(Array.from({ length: options.clients }, worker));
	clearInterval(sampler);
	const seconds = (finished - started) / 1000;
	const after = processUsage(pid);
	const cpu = process.cpuUsage(cpuBefore);
	const machineAfter = machineCpu();
	const cores = (x: number) => Math.round((x / seconds) * 100) / 100;
	const serverCpu = before && after ? after.cpuSeconds - before.cpuSeconds : 0;
	const generatorCpu = (cpu.user + cpu.system) / 1e6;
	const postgresCpu = commandCpuSince(postgresBefore, commandCpu('postgres'));
	let machine: LoadResult['machine'];
	if (machineBefore && machineAfter) {
		const busy = machineAfter.busy - machineBefore.busy;
		const wall = (machineAfter.total - machineBefore.total) / seconds;
		machine = {
			cores: Math.round(wall),
			busyCores: cores(busy),
			postgresCores: cores(postgresCpu),
			otherCores: cores(Math.max(0, busy - serverCpu - generatorCpu - postgresCpu))
		};
	}
	return {
		submissions: issued,
		seconds: Math.round(seconds * 100) / 100,
		perSecond: Math.round((issued / seconds) * 10) / 10,
		latency: summarise(latencies),
		byKind: {
			level: summarise(byKind.level),
			puzzle: summarise(byKind.puzzle),
			quiz: summarise(byKind.quiz)
		},
		tally,
		server:
			before && after
				? {
						cpuCores: cores(serverCpu),
						cpuMsPerSubmission: Math.round((serverCpu * 1000 * 100) / issued) / 100,
						rssPeakMiB: Math.max(rssPeak, after.rssMiB)
					}
				: undefined,
		loadGeneratorCpuCores: cores(generatorCpu),
		machine
	};
}

// --- The dashboard ---

type DashboardPage =
	| { status: 'missing'; httpStatus: 404 }
	| { status: 'failed'; httpStatus: number }
	| {
			status: 'measured';
			gets: number;
			latency: Summary;
			htmlKiB: number;
			/** How many of the class's learner names the page shows. */
			learnersShown: number;
	  };

/**
 * The teacher's progress page of the class: one untimed GET, then `gets` in a row. A 404 means the
 * page is not there yet (reported, not an error); any other answer but 200 is an error.
 */
async function dashboardPage(
	client: Client,
	classroom: Classroom,
	names: string[],
	gets: number,
	tally: Tally
): Promise<DashboardPage> {
	const path = `/teacher/classes/${classroom.classId}/progress`;
	const headers = { accept: 'text/html', cookie: cookie(classroom.teacherToken) };
	const times: number[] = [];
	let html = '';
	for (let k = 0; k <= gets; k++) {
		const reply = await client.send('GET', path, headers);
		if (reply.status !== 200) {
			if (reply.status === 404 && k === 0) return { status: 'missing', httpStatus: 404 };
			noteError(tally, `dashboard: HTTP ${reply.status}: ${reply.body.slice(0, 160)}`);
			return { status: 'failed', httpStatus: reply.status };
		}
		if (k > 0) times.push(reply.ms);
		html = reply.body;
	}
	return {
		status: 'measured',
		gets,
		latency: summarise(times),
		htmlKiB: Math.round(Buffer.byteLength(html) / 102.4) / 10,
		learnersShown: names.filter((name) => html.includes(name)).length
	};
}

type DashboardQuery =
	{ status: 'missing'; reason: string } | { status: 'measured'; calls: number; latency: Summary };

interface DashboardModule {
	dashboardOf(
		db: Kysely<Database>,
		ref: { teacherId: number; classId: number },
		now?: Date
	): Promise<unknown>;
}

/** dashboardOf() in this process on the same database: the query and the computing, no page. */
async function dashboardQuery(
	db: Kysely<Database>,
	classroom: Classroom,
	calls: number
): Promise<DashboardQuery> {
	let module: DashboardModule;
	try {
		// A URL, not a literal path, so the type-checker does not require the module to exist yet.
		const url = new URL('../src/lib/server/classroom/dashboard.ts', import.meta.url);
		module = (await import(url.href)) as DashboardModule;
		if (typeof module.dashboardOf !== 'function') throw new Error('it exports no dashboardOf');
	} catch (error) {
		return { status: 'missing', reason: (error as Error).message.split('\n')[0] };
	}
	const ref = { teacherId: classroom.teacherId, classId: classroom.classId };
	const times: number[] = [];
	for (let k = 0; k < calls + 2; k++) {
		const started = performance.now();
		const found = await module.dashboardOf(db, ref, new Date());
		if (found === undefined) return { status: 'missing', reason: 'it found no such class' };
		if (k >= 2) times.push(performance.now() - started);
	}
	return { status: 'measured', calls, latency: summarise(times) };
}

// --- One back end ---

interface BackendResult {
	backend: 'sqlite' | 'postgres';
	description: string;
	skipped?: string;
	warmUp?: { submissions: number; seconds: number; slowestMs: number; slowestLevel: string };
	load?: LoadResult;
	stored?: { accepted: number; rejected: number };
	rssAfterMiB?: number;
	dashboard?: { page: DashboardPage; query: DashboardQuery };
	errors: number;
	errorKinds: [string, number][];
	/** The server's last lines of output, kept when something went wrong. */
	serverLog?: string;
}

/** What to undo when the bench is interrupted (Ctrl-C) in the middle of a back end. */
let cleanUpNow: (() => Promise<void>) | undefined;
/** Set on Ctrl-C: the load stops and the signal handler, not main, ends the process. */
let interrupted = false;

async function runBackend(backend: Backend, pool: Pool, options: Options): Promise<BackendResult> {
	console.log(`\n${backend.name}: ${backend.description}`);
	let opened: OpenDatabase | undefined;
	let server: Server | undefined;
	let client: Client | undefined;
	const cleanUp = async () => {
		cleanUpNow = undefined;
		client?.close();
		await server?.stop();
		await opened?.close();
		await backend.remove();
	};
	cleanUpNow = cleanUp;
	const tally = newTally();
	const result: BackendResult = {
		backend: backend.name,
		description: backend.description,
		errors: 0,
		errorKinds: []
	};
	try {
		opened = await openDatabase(backend.config);
		const classroom = await seedClassroom(opened.db, assignmentsFor());
		const names = (
			await opened.db
				.selectFrom('learners')
				.select('display_name')
				.where('class_id', '=', classroom.classId)
				.execute()
		).map((r) => r.display_name);
		const profile = ['--cpu-prof', `--cpu-prof-dir=${join(root, 'test-results', 'bench-server')}`];
		server = await startServer(root, backend.serverEnv, options.cpuProf ? profile : []);
		client = httpClient(server.origin, options.clients);
		console.log(`  serving on ${server.origin}; class ${classroom.classId} seeded`);

		// Warm-up: each level once, in order, one at a time (its first re-play on this server).
		const warmStarted = performance.now();
		let slowest = { ms: 0, level: '' };
		for (const [k, planned] of pool.warmUp.entries()) {
			const token = classroom.learners[k % classroom.learners.length].token;
			const ms = (await submit(client, planned, token, tally)) ?? 0;
			if (ms > slowest.ms) slowest = { ms, level: planned.payload.item };
		}
		result.warmUp = {
			submissions: pool.warmUp.length,
			seconds: Math.round((performance.now() - warmStarted) / 10) / 100,
			slowestMs: Math.round(slowest.ms),
			slowestLevel: slowest.level
		};
		const warmStored = { accepted: tally.accepted, rejected: tally.rejected };

		console.log(
			`  load: ${options.clients} clients, at most ${options.max} submissions or ${options.seconds} s…`
		);
		result.load = await load(server, client, classroom, pool, options);
		const t = result.load.tally;
		result.stored = await storedAttempts(opened.db, classroom.classId);
		const expected = {
			accepted: warmStored.accepted + t.accepted,
			rejected: warmStored.rejected + t.rejected
		};
		if (
			result.stored.accepted !== expected.accepted ||
			result.stored.rejected !== expected.rejected
		)
			noteError(
				tally,
				`stored attempts ${result.stored.accepted} accepted / ${result.stored.rejected} rejected, replies said ${expected.accepted} / ${expected.rejected}`
			);

		console.log(`  dashboard…`);
		const page = await dashboardPage(client, classroom, names, options.dashboardGets, tally);
		const query = await dashboardQuery(opened.db, classroom, 20);
		result.dashboard = { page, query };
		result.rssAfterMiB = processUsage(server.process.pid!)?.rssMiB;
	} finally {
		await cleanUp();
		const failed = tally.errors > 0 || (result.load?.tally.errors ?? 0) > 0;
		if (failed && server) result.serverLog = server.output().split('\n').slice(-15).join('\n');
	}
	const all = [tally, ...(result.load ? [result.load.tally] : [])];
	result.errors = all.reduce((sum, x) => sum + x.errors, 0);
	result.errorKinds = all.flatMap((x) => [...x.errorKinds]);
	return result;
}

// --- Printing ---

const pad = (text: string | number, width: number) => String(text).padStart(width);
const row = (name: string, s: Summary) =>
	`    ${name.padEnd(10)} ${pad(s.count, 6)} ${pad(s.p50, 8)} ${pad(s.p90, 8)} ${pad(s.p99, 8)} ${pad(s.max, 8)}`;

function print(results: BackendResult[], options: Options, pool: Pool): void {
	console.log(
		`\nSubmissions: ${options.clients} clients on loopback, at most ${options.max} or ${options.seconds} s per back end; ` +
			`${pool.size} distinct attempts drawn with fresh Idempotency-Keys`
	);
	for (const r of results) {
		console.log(`\n${r.backend === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (${r.description})`);
		if (r.skipped) {
			console.log(`  NOT MEASURED: ${r.skipped}`);
			continue;
		}
		if (r.warmUp)
			console.log(
				`  warm-up: ${r.warmUp.submissions} level runs (first re-play of each) in ${r.warmUp.seconds} s, slowest ${r.warmUp.slowestMs} ms (${r.warmUp.slowestLevel})`
			);
		const l = r.load;
		if (l) {
			console.log(`  ${l.submissions} submissions in ${l.seconds} s: ${l.perSecond} submissions/s`);
			console.log(`    latency ms  count      p50      p90      p99      max`);
			console.log(row('all', l.latency));
			for (const kind of ['level', 'puzzle', 'quiz'] as const)
				console.log(row(kind, l.byKind[kind]));
			console.log(
				`  verdicts: ${l.tally.accepted} accepted (${l.tally.passed} passed), ${l.tally.rejected} rejected; stored ${r.stored?.accepted} / ${r.stored?.rejected}`
			);
			console.log(`  mix: ${CATEGORIES.map((c) => `${c} ${l.tally.sent[c]}`).join(', ')}`);
			if (l.server)
				console.log(
					`  server: ${l.server.cpuCores} CPU cores busy (${l.server.cpuMsPerSubmission} ms CPU per submission), RSS peak ${l.server.rssPeakMiB} MiB` +
						(r.rssAfterMiB ? `, ${r.rssAfterMiB} MiB after the dashboard` : '') +
						`; load generator ${l.loadGeneratorCpuCores} cores`
				);
			const m = l.machine;
			if (m)
				console.log(
					`  machine: ${m.busyCores} of ${m.cores} cores busy` +
						(m.postgresCores > 0 ? `, PostgreSQL ${m.postgresCores}` : '') +
						`, other processes ${m.otherCores}` +
						(m.otherCores > 0.3 ? ' (the machine was not quiet: these figures are low)' : '')
				);
		}
		const d = r.dashboard;
		if (d) {
			if (d.page.status === 'missing')
				console.log(
					`  dashboard page: not there yet (HTTP 404 for /teacher/classes/<id>/progress)`
				);
			else if (d.page.status === 'failed')
				console.log(`  dashboard page: FAILED (HTTP ${d.page.httpStatus}; see the errors)`);
			else
				console.log(
					`  dashboard page (40 learners × 30 assignments, ${d.page.gets} GETs): p50 ${d.page.latency.p50} ms, p99 ${d.page.latency.p99} ms, max ${d.page.latency.max} ms; ${d.page.htmlKiB} KiB of HTML; ${d.page.learnersShown}/40 learners shown`
				);
			if (d.query.status === 'missing')
				console.log(`  dashboardOf(): not measured (${d.query.reason})`);
			else
				console.log(
					`  dashboardOf() in-process (${d.query.calls} calls): p50 ${d.query.latency.p50} ms, p99 ${d.query.latency.p99} ms`
				);
		}
		console.log(`  errors: ${r.errors}`);
		for (const [what, n] of r.errorKinds) console.log(`    ${n} × ${what}`);
		if (r.serverLog)
			console.log(`  the server's last lines:\n${r.serverLog.replace(/^/gm, '    ')}`);
	}
}

async function main(): Promise<number> {
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.once(signal, () => {
			interrupted = true;
			console.error(`\nbench:server — ${signal}: stopping the server and removing the database`);
			void (cleanUpNow?.() ?? Promise.resolve()).finally(() => process.exit(130));
		});
	const options = readOptions();
	if (options.build) ensureBuild();
	else if (!existsSync(join(root, 'build', 'index.js')))
		throw new Error('--no-build, but there is no build/ (run `npx vite build`)');
	const poolStarted = performance.now();
	const pool = makePool();
	console.log(
		`bench:server — ${pool.size} attempts planned and verified here in ${Math.round(performance.now() - poolStarted)} ms`
	);
	const results: BackendResult[] = [];
	for (const name of options.backends) {
		if (name === 'sqlite') {
			results.push(await runBackend(sqliteBackend(), pool, options));
			continue;
		}
		const made = await postgresBackend(options.postgresUrl);
		if (!made.ok) {
			console.log(`\npostgres: ${made.reason}; going on without it`);
			results.push({
				backend: 'postgres',
				description: redactUrl(options.postgresUrl),
				skipped: `${made.reason}. Start PostgreSQL or set DATABASE_URL_TEST.`,
				errors: 0,
				errorKinds: []
			});
			continue;
		}
		results.push(await runBackend(made.backend, pool, options));
	}
	print(results, options, pool);
	mkdirSync(join(root, 'bench', 'results'), { recursive: true });
	const json = results.map((r) => ({
		...r,
		load: r.load && { ...r.load, tally: { ...r.load.tally, errorKinds: undefined } }
	}));
	writeFileSync(
		join(root, 'bench', 'results', 'server.json'),
		JSON.stringify(
			{
				date: new Date().toISOString(),
				options: { ...options, postgresUrl: redactUrl(options.postgresUrl) },
				results: json
			},
			null,
			'\t'
		) + '\n'
	);
	return results.some((r) => r.errors > 0) ? 1 : 0;
}

main().then(
	(code) => {
		if (!interrupted) process.exit(code);
	},
	(error) => {
		if (interrupted) return;
		console.error(error);
		process.exit(1);
	}
);
