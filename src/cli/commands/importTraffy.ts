import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { importTraffy } from '../../commands/complaints/importTraffy.ts';
import { loadClassifierModel } from '../../commands/complaints/loadClassifierModel.ts';
import type { CommandOutput } from '../adminChannel/adminRequest.ts';
import { runOnDataFolder } from '../adminChannel/runOnDataFolder.ts';
import { describeTraffyStates } from '../describeTraffyImport.ts';
import { createProgress } from '../progress.ts';

/** Imports the file at `file` (read by the process that holds the database), with a progress bar, and says how long it took. */
export async function runImportTraffy(deps: { db: Database; clock: Clock }, file: string, out: CommandOutput): Promise<number> {
  const content = readFileSync(file);
  await loadClassifierModel(deps.db);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await importTraffy(deps, content, { progress: createProgress(out.progressStream) });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time beside wall time: on a busy machine the wall time says more about the neighbours than about the import.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const offices = Object.keys(result.units).length;
  out.stdout(
    `${result.rows} rows: ${result.created} imported, ${result.alreadyImported} already there, ${result.errors.length} errors, ` +
      `to ${offices} offices, in ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s)\n`,
  );
  out.stdout(describeTraffyStates(result));
  for (const error of result.errors.slice(0, 50)) out.stdout(`  line ${error.line} ${error.ticketId}: ${error.problem}\n`);
  return result.errors.length > 0 ? 1 : 0;
}

/** `tidtam import traffy FILE`: imports a Traffy Fondue export; while the server runs, the server reads FILE and imports it. */
export async function importTraffyCommand(config: Config, file: string): Promise<void> {
  const absolute = path.resolve(file);
  // Read here first: a missing or unreadable file is said at once, before any database or server is asked.
  accessSync(absolute, constants.R_OK);
  await runOnDataFolder(config, { command: 'import-traffy', file: absolute }, (deps, out) => runImportTraffy(deps, absolute, out));
}
