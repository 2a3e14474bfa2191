// A separate process for the concurrency tests (run by children.ts with `node --import tsx`): it
// opens the database given as JSON, says "ready", waits for "go" on stdin so that all children start
// at the same moment, does its job, prints one JSON line and exits.
import { createInterface } from 'node:readline';
import { openDatabase } from '../index';
import type { DatabaseConfig } from '../config';
import * as idempotency from '../repos/idempotency';
import { incrementCounter } from './counter';

export type ChildJob =
	| { mode: 'migrate' }
	| { mode: 'increment'; times: number; subject: string }
	| { mode: 'begin'; learnerId: number; key: string; payloadHash: string };

async function main(): Promise<void> {
	const config = JSON.parse(process.argv[2] ?? '') as DatabaseConfig;
	const job = JSON.parse(process.argv[3] ?? '') as ChildJob;
	const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
	// Migrating is itself the job in 'migrate' mode, so that one must wait for "go" unopened.
	const opened =
		job.mode === 'migrate' ? undefined : await openDatabase(config, { migrate: false });
	process.stdout.write('ready\n');
	await lines.next();
	const startedAt = Date.now();
	const started = performance.now();
	let output: unknown;
	if (job.mode === 'migrate') {
		const db = await openDatabase(config);
		output = db.migration;
		await db.close();
	} else if (job.mode === 'increment') {
		for (let i = 0; i < job.times; i++) await incrementCounter(opened!.db, job.subject);
	} else {
		output = await idempotency.begin(opened!.db, job);
	}
	await opened?.close();
	process.stdout.write(
		JSON.stringify({ output, ms: performance.now() - started, startedAt, endedAt: Date.now() }) +
			'\n'
	);
	process.exit(0);
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
	process.exit(1);
});
