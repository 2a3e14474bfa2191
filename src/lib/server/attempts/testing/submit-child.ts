// A separate process for the cross-process test (like db/testing/child.ts): it opens the database
// given as JSON, says "ready", waits for "go" on stdin so that every child submits at the same
// moment, submits the attempt and prints the reply as one JSON line.
import { createInterface } from 'node:readline';
import { openDatabase } from '../../db/index';
import type { DatabaseConfig } from '../../db/config';
import type { Principal } from '../../auth/tokens';
import { submitAttempt } from '../submit';

export interface SubmitJob {
	principal: Principal;
	key: string;
	body: string;
}

async function main(): Promise<void> {
	const config = JSON.parse(process.argv[2] ?? '') as DatabaseConfig;
	const job = JSON.parse(process.argv[3] ?? '') as SubmitJob;
	const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
	const opened = await openDatabase(config, { migrate: false });
	process.stdout.write('ready\n');
	await lines.next();
	const reply = await submitAttempt(opened.db, job.principal, job.key, job.body);
	await opened.close();
	process.stdout.write(JSON.stringify(reply) + '\n');
	process.exit(0);
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
	process.exit(1);
});
