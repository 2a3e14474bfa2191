// Starts several child.ts processes, waits until every one has opened its database, then releases
// them together and collects what each printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../config';
import type { ChildJob } from './child';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

export interface ChildResult {
	output: unknown;
	ms: number;
	/** Wall-clock start and end of the job (ms since the epoch), to check that jobs overlapped. */
	startedAt: number;
	endedAt: number;
}

/** True when every job was still running when the last one started. */
export const overlapped = (results: readonly ChildResult[]): boolean =>
	Math.max(...results.map((r) => r.startedAt)) < Math.min(...results.map((r) => r.endedAt));

interface Running {
	child: ChildProcess;
	ready: Promise<void>;
	done: Promise<ChildResult>;
}

function start(config: DatabaseConfig, job: ChildJob): Running {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', CHILD, JSON.stringify(config), JSON.stringify(job)],
		{ stdio: ['pipe', 'pipe', 'pipe'] }
	);
	let stdout = '';
	let stderr = '';
	let markReady: () => void = () => {};
	const ready = new Promise<void>((resolve) => (markReady = resolve));
	child.stdout!.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
		if (stdout.startsWith('ready\n')) markReady();
	});
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const done = new Promise<ChildResult>((resolve, reject) => {
		child.on('exit', (code) => {
			const last = stdout.trim().split('\n').at(-1) ?? '';
			if (code === 0 && last !== 'ready') resolve(JSON.parse(last) as ChildResult);
			else reject(new Error(`child ${job.mode} exited with ${code}: ${stderr || stdout}`));
		});
	});
	// A child that dies before "ready" must not leave the others waiting for ever.
	done.catch(() => markReady());
	return { child, ready, done };
}

/** Starts the jobs in parallel processes and releases them at the same moment; `done` ends them. */
export async function startTogether(
	config: DatabaseConfig,
	jobs: readonly ChildJob[]
): Promise<{ done: Promise<ChildResult[]> }> {
	const running = jobs.map((job) => start(config, job));
	await Promise.all(running.map((r) => r.ready));
	for (const r of running) r.child.stdin!.end('go\n');
	return { done: Promise.all(running.map((r) => r.done)) };
}

export async function runTogether(
	config: DatabaseConfig,
	jobs: readonly ChildJob[]
): Promise<ChildResult[]> {
	return (await startTogether(config, jobs)).done;
}
