import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { exportOpenDataNow } from '../../jobs/exportOpenDataJob.ts';

/** Writes the open-data files now (the server does it daily), and prints each table's rows. */
export async function openDataExportCommand(config: Config): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    const started = Date.now();
    const result = await exportOpenDataNow({ db, clock: systemClock });
    for (const [table, rows] of Object.entries(result.rows)) process.stdout.write(`${table}: ${rows} rows\n`);
    process.stdout.write(`${result.files} files written (${result.changed} changed) in ${Date.now() - started} ms\n`);
  } finally {
    await db.close();
  }
}
