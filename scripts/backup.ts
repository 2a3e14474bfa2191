// `npm run backup`: an online backup of the configured database into DATA_DIR/backups (default
// ./data/backups), checked before it is reported. Exits non-zero when anything is wrong.
import { resolve } from 'node:path';
import { backupPostgres, backupSqlite } from '../src/lib/server/db/backup';
import { databaseConfig, describeConfig } from '../src/lib/server/db/config';

async function main(): Promise<void> {
	const config = databaseConfig(process.env);
	const backupsDir = resolve(process.env.DATA_DIR?.trim() || 'data', 'backups');
	console.log(`Downhill: backing up ${describeConfig(config)}`);
	const report =
		config.kind === 'sqlite'
			? await backupSqlite(config.file, backupsDir)
			: backupPostgres(config.url, backupsDir);
	const check = config.kind === 'sqlite' ? 'integrity_check: ok' : 'pg_restore --list: ok';
	console.log(
		`Downhill: ${report.file} (${(report.bytes / 1024).toFixed(0)} KiB, ${report.ms.toFixed(0)} ms; ${check})`
	);
}

main().catch((error: unknown) => {
	console.error(`Downhill: backup failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
});
