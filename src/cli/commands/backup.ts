import { accessSync, constants, createReadStream, createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { backupDatabase } from '../../commands/backup/backupDatabase.ts';
import { restoreDatabase } from '../../commands/backup/restoreDatabase.ts';
import { activeClassifier } from '../../commands/complaints/activeClassifier.ts';
import { forgetComplaintConfig } from '../../commands/complaints/complaintConfig.ts';
import { loadClassifierModel } from '../../commands/complaints/loadClassifierModel.ts';
import { BackupRefusal } from '../../domain/backup/backupRefusal.ts';
import type { CommandOutput } from '../adminChannel/adminRequest.ts';
import { runOnDataFolder } from '../adminChannel/runOnDataFolder.ts';

const refusalLine = (refusal: BackupRefusal) => `${refusal.th} (${refusal.message})\n`;
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fsReason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

/**
 * Writes a backup to `file` (by the process that holds the database): first to `file.partial`,
 * renamed when whole, so a failed backup never leaves a file that looks like one. Mode 0600: a
 * backup holds every citizen's complaint and contact.
 */
export async function runBackup(deps: { db: Database; clock: Clock }, file: string, out: CommandOutput): Promise<number> {
  const partial = `${file}.partial`;
  const started = performance.now();
  let manifest;
  try {
    const stream = createWriteStream(partial, { mode: 0o600 });
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject)).catch((error: unknown) => {
      throw BackupRefusal.unwritable(file, fsReason(error));
    });
    manifest = await backupDatabase(deps.db, stream);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof BackupRefusal) {
      out.stderr(refusalLine(error));
      return 2;
    }
    throw error;
  }
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out.stdout(
    `Backed up ${manifest.tables.length} tables, ${rows} rows (${manifest.engine}, ${manifest.migrations.length} migrations) ` +
      `to ${file}: ${megabytes(statSync(file).size)} MB in ${seconds} s\n`,
  );
  return 0;
}

/** Restores `file` into the database this process holds, then drops what this process had cached of the old data. */
export async function runRestore(
  deps: { db: Database; clock: Clock },
  file: string,
  options: { replace: boolean },
  out: CommandOutput,
): Promise<number> {
  const started = performance.now();
  let result;
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    out.stderr(refusalLine(BackupRefusal.unreadable(file, fsReason(error))));
    return 2;
  }
  try {
    result = await restoreDatabase(deps.db, () => createReadStream(file), options);
  } catch (error) {
    if (error instanceof BackupRefusal) {
      out.stderr(refusalLine(error));
      return 2;
    }
    throw error;
  }
  // A running server's caches: the complaint configuration and the classifier model it had loaded.
  forgetComplaintConfig(deps.db);
  activeClassifier.reset();
  await loadClassifierModel(deps.db);
  const { manifest, upgradedWith } = result;
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const largest = [...manifest.tables].sort((a, b) => b.rows - a.rows).slice(0, 5);
  out.stdout(
    `Restored ${manifest.tables.length} tables, ${rows} rows, every table's checksum matching, from a backup of ` +
      `${manifest.createdAt} (${manifest.engine}, Tidtam ${manifest.appVersion}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  out.stdout(`  ${largest.map((table) => `${table.name} ${table.rows}`).join(', ')}\n`);
  if (upgradedWith.length > 0) out.stdout(`Then applied ${upgradedWith.length} newer migrations: ${upgradedWith.join(', ')}\n`);
  out.stdout(
    'Next: restart every `tidtam serve` on this database so each process reads the restored data afresh, ' +
      'then sign in with an account from the backup.\n',
  );
  return 0;
}

/** `tidtam backup FILE`; while a server holds the embedded folder, the server writes FILE. */
export async function backupCommand(config: Config, file: string): Promise<void> {
  const absolute = path.resolve(file);
  await runOnDataFolder(config, { command: 'backup', file: absolute }, (deps, out) => runBackup(deps, absolute, out), { prepare: false });
}

/** `tidtam restore FILE [--replace]`; while a server holds the embedded folder, the server reads FILE and restores it. */
export async function restoreCommand(config: Config, file: string, options: { replace: boolean }): Promise<void> {
  const absolute = path.resolve(file);
  await runOnDataFolder(
    config,
    { command: 'restore', file: absolute, replace: options.replace },
    (deps, out) => runRestore(deps, absolute, options, out),
    { prepare: false },
  );
}
