// The server process and the load generator of `npm run bench:server`: `node build` on a free
// loopback port, a keep-alive HTTP client (node:http), percentiles, and the server's memory and CPU
// read from /proc while it works, with PostgreSQL's and the whole machine's (Linux; elsewhere they
// are left out).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';

export interface Reply {
	status: number;
	body: string;
	ms: number;
}

export interface Client {
	send(
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply>;
	close(): void;
}

/** A keep-alive client for one origin with at most `connections` sockets. */
export function httpClient(origin: string, connections: number): Client {
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const { hostname, port } = new URL(origin);
	return {
		send(method, path, headers, body) {
			return new Promise((resolve, reject) => {
				const started = performance.now();
				const req = request({ agent, host: hostname, port, method, path, headers }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('error', reject);
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							body: Buffer.concat(chunks).toString('utf8'),
							ms: performance.now() - started
						})
					);
				});
				req.on('error', reject);
				req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
				req.end(body);
			});
		},
		close: () => agent.destroy()
	};
}

export interface Summary {
	count: number;
	p50: number;
	p90: number;
	p99: number;
	max: number;
	mean: number;
}

/** Nearest-rank percentile of sorted values. */
const rank = (sorted: readonly number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

const ms = (x: number) => Math.round(x * 100) / 100;

export function summarise(values: readonly number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return { count: 0, p50: NaN, p90: NaN, p99: NaN, max: NaN, mean: NaN };
	return {
		count: sorted.length,
		p50: ms(rank(sorted, 50)),
		p90: ms(rank(sorted, 90)),
		p99: ms(rank(sorted, 99)),
		max: ms(sorted[sorted.length - 1]),
		mean: ms(sorted.reduce((a, b) => a + b, 0) / sorted.length)
	};
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

export interface Server {
	origin: string;
	process: ChildProcess;
	/** The server's last lines of output (for a failure's message). */
	output(): string;
	stop(): Promise<void>;
}

/**
 * Starts `node build` with the environment given and waits until it answers. `nodeArgs` go before
 * `build` (e.g. `--cpu-prof`).
 */
export async function startServer(
	root: string,
	env: Record<string, string>,
	nodeArgs: string[] = []
): Promise<Server> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const clean = { ...process.env };
	delete clean.DATABASE_URL;
	delete clean.DATA_DIR;
	const child = spawn(process.execPath, [...nodeArgs, 'build'], {
		cwd: root,
		env: { ...clean, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const lines: string[] = [];
	const keep = (chunk: Buffer) => {
		lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
		lines.splice(0, Math.max(0, lines.length - 40));
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	let exited = false;
	const gone = new Promise<void>((resolve) =>
		child.once('exit', () => {
			exited = true;
			resolve();
		})
	);
	const server: Server = {
		origin,
		process: child,
		output: () => lines.join('\n'),
		async stop() {
			if (exited) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await gone;
			clearTimeout(timer);
		}
	};
	const until = Date.now() + 20_000;
	while (Date.now() < until && !exited) {
		try {
			// Any answer will do: the database is opened and migrated before the first one (init).
			await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
			return server;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	await server.stop();
	throw new Error(`the server did not start:\n${server.output()}`);
}

const TICKS_PER_SECOND = 100; // Linux's USER_HZ, in which /proc/<pid>/stat counts CPU time

/** The process's resident memory (MiB) and CPU seconds so far, or undefined off Linux. */
export function processUsage(pid: number): { rssMiB: number; cpuSeconds: number } | undefined {
	if (!existsSync(`/proc/${pid}/stat`)) return undefined;
	try {
		// The fields after the command name, which is in parentheses and may hold spaces.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
		const rssKiB = Number(
			/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
		);
		return { rssMiB: Math.round(rssKiB / 102.4) / 10, cpuSeconds };
	} catch {
		return undefined;
	}
}

/** CPU seconds of every process whose command is `name` (e.g. the PostgreSQL back ends), by pid. */
export function commandCpu(name: string): Map<number, number> {
	const found = new Map<number, number>();
	if (!existsSync('/proc')) return found;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
			if (text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')) !== name) continue;
			const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
			found.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
		} catch {
			// the process ended meanwhile
		}
	}
	return found;
}

/** CPU seconds `name` processes used between two readings (processes new since count in full). */
export function commandCpuSince(before: Map<number, number>, after: Map<number, number>): number {
	let sum = 0;
	for (const [pid, seconds] of after) sum += seconds - (before.get(pid) ?? 0);
	return sum;
}

/** The whole machine's busy and total CPU seconds so far (all cores), or undefined off Linux. */
export function machineCpu(): { busy: number; total: number } | undefined {
	if (!existsSync('/proc/stat')) return undefined;
	const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9);
	const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks.map(Number);
	const total = user + nice + system + idle + iowait + irq + softirq + steal;
	return { busy: (total - idle - iowait) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}
