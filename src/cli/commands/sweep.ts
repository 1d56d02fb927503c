import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { defaultJobs } from '../../jobs/scheduler.ts';

/** Runs every background job once (for cron, or when the server is not running). */
export async function sweepCommand(config: Config): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    for (const job of defaultJobs) {
      const result = await job.run({ db, clock: systemClock });
      process.stdout.write(`${job.name}: ${JSON.stringify(result)}\n`);
    }
  } finally {
    await db.close();
  }
}
