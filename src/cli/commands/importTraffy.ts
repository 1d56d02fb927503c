import { readFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { importTraffy } from '../../commands/complaints/importTraffy.ts';
import { loadClassifierModel } from '../../commands/complaints/loadClassifierModel.ts';
import { describeTraffyStates } from '../describeTraffyImport.ts';
import { createProgress } from '../progress.ts';

/** `tidtam import traffy FILE`: imports a Traffy Fondue export, with a progress bar, and says how long it took. */
export async function importTraffyCommand(config: Config, file: string): Promise<void> {
  const content = readFileSync(file);
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    await loadClassifierModel(db);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await importTraffy({ db, clock: systemClock }, content, { progress: createProgress() });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // CPU time beside wall time: on a busy machine the wall time says more about the neighbours than about the import.
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const offices = Object.keys(result.units).length;
    process.stdout.write(
      `${result.rows} rows: ${result.created} imported, ${result.alreadyImported} already there, ${result.errors.length} errors, ` +
        `to ${offices} offices, in ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s)\n`,
    );
    process.stdout.write(describeTraffyStates(result));
    for (const error of result.errors.slice(0, 50)) process.stdout.write(`  line ${error.line} ${error.ticketId}: ${error.problem}\n`);
    if (result.errors.length > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
}
