// Runs several submit-child.ts processes, releases them together once each has opened the
// database, and collects their replies.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../../db/config';
import type { Reply } from '../request';
import type { SubmitJob } from './submit-child';

const CHILD = fileURLToPath(new URL('./submit-child.ts', import.meta.url));

export async function submitTogether(
	config: DatabaseConfig,
	jobs: readonly SubmitJob[]
): Promise<Reply[]> {
	const running = jobs.map((job) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', CHILD, JSON.stringify(config), JSON.stringify(job)],
			{ stdio: ['pipe', 'pipe', 'pipe'] }
		);
		let stdout = '';
		let stderr = '';
		let markReady: () => void = () => {};
		const ready = new Promise<void>((resolve) => (markReady = resolve));
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (stdout.startsWith('ready\n')) markReady();
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const done = new Promise<Reply>((resolve, reject) =>
			child.on('exit', (code) => {
				const last = stdout.trim().split('\n').at(-1) ?? '';
				if (code === 0 && last !== 'ready') resolve(JSON.parse(last) as Reply);
				else reject(new Error(`submit child exited with ${code}: ${stderr || stdout}`));
			})
		);
		// A child that dies before "ready" must not leave the others waiting for ever.
		done.catch(() => markReady());
		return { child, ready, done };
	});
	await Promise.all(running.map((r) => r.ready));
	for (const r of running) r.child.stdin.end('go\n');
	return Promise.all(running.map((r) => r.done));
}
